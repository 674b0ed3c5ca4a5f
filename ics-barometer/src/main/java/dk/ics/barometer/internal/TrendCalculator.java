package dk.ics.barometer.internal;

import dk.ics.barometer.AimPoint;
import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.Answer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.Direction;
import dk.ics.barometer.GroupScore;
import dk.ics.barometer.Respondent;
import dk.ics.barometer.Role;
import dk.ics.barometer.RoleTrend;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.ScoreTrend;
import dk.ics.barometer.Statement;
import dk.ics.barometer.StatementChange;
import dk.ics.barometer.Trend;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Compares scored rounds of one municipality. */
public final class TrendCalculator {

    private TrendCalculator() {
    }

    /** Compares rounds (already checked against the catalogue), sorted oldest first. */
    public static Trend compare(List<Round> given, Catalogue catalogue, int margin) {
        if (given.size() < 2) {
            throw new IcsInvalidDataException(Location.UNKNOWN, "a trend needs at least two rounds; got "
                    + given.size());
        }
        List<Round> rounds = new ArrayList<>(given);
        rounds.sort(Comparator.comparing(Round::date));
        String municipality = rounds.get(0).municipality();
        for (int i = 1; i < rounds.size(); i++) {
            if (!rounds.get(i).municipality().equals(municipality)) {
                throw new IcsInvalidDataException(Location.UNKNOWN,
                        "the rounds are from different municipalities; a trend compares one municipality's rounds");
            }
        }
        List<RoundScore> scores = rounds.stream().map(r -> Scorer.score(r, catalogue)).toList();
        ScoreTrend overall = trend("overall", scores, RoundScore::overall, margin);
        List<ScoreTrend> aimPoints = new ArrayList<>();
        for (AimPoint a : catalogue.aimPoints()) {
            aimPoints.add(trend(a.id(), scores, s -> s.aimPoint(a.id()).orElseThrow().score(), margin));
        }
        List<RoleTrend> byRole = new ArrayList<>();
        for (Role role : Role.values()) {
            if (scores.stream().anyMatch(s -> s.role(role).isPresent())) {
                byRole.add(roleTrend(role, scores, catalogue, margin));
            }
        }
        List<StatementChange> statements = new ArrayList<>();
        Round first = rounds.get(0);
        Round last = rounds.get(rounds.size() - 1);
        for (AimPoint a : catalogue.aimPoints()) {
            for (Statement s : a.statements()) {
                statements.add(change(s, a, first, last));
            }
        }
        return new Trend(municipality, rounds.stream().map(Round::date).toList(), margin, overall, aimPoints,
                byRole, statements, scores);
    }

    private static RoleTrend roleTrend(Role role, List<RoundScore> scores, Catalogue catalogue, int margin) {
        ScoreTrend overall = trend("overall", scores, s -> s.role(role).map(GroupScore::overall).orElse(null),
                margin);
        List<ScoreTrend> aimPoints = new ArrayList<>();
        for (AimPoint a : catalogue.aimPoints()) {
            aimPoints.add(trend(a.id(), scores, s -> s.role(role).flatMap(g -> g.aimPoint(a.id()))
                    .map(AimPointScore::score).orElse(null), margin));
        }
        return new RoleTrend(role, overall, aimPoints);
    }

    private static ScoreTrend trend(String id, List<RoundScore> scores, Function<RoundScore, Integer> score,
            int margin) {
        List<Integer> values = new ArrayList<>();
        scores.forEach(s -> values.add(score.apply(s)));
        Integer a = values.get(0);
        Integer b = values.get(values.size() - 1);
        if (a == null || b == null) {
            return new ScoreTrend(id, values, null, Direction.NOT_COMPARABLE);
        }
        int change = b - a;
        Direction d = change > margin ? Direction.IMPROVING : change < -margin ? Direction.DECLINING
                : Direction.STABLE;
        return new ScoreTrend(id, values, change, d);
    }

    private static StatementChange change(Statement s, AimPoint a, Round first, Round last) {
        long[] f = sum(s, first);
        long[] l = sum(s, last);
        Double mf = f[1] == 0 ? null : (double) f[0] / f[1];
        Double ml = l[1] == 0 ? null : (double) l[0] / l[1];
        Double change = mf == null || ml == null ? null : ml - mf;
        return new StatementChange(s.id(), a.id(), mf, ml, change, (int) f[1], (int) l[1]);
    }

    private static long[] sum(Statement s, Round round) {
        long total = 0;
        long n = 0;
        for (Respondent r : round.respondents()) {
            Answer ans = r.answer(s.id());
            if (ans != null && ans.hasValue()) {
                total += ans.value();
                n++;
            }
        }
        return new long[] {total, n};
    }
}
