package dk.ics.barometer.internal;

import dk.ics.barometer.AimPoint;
import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.Answer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.GroupScore;
import dk.ics.barometer.Respondent;
import dk.ics.barometer.Role;
import dk.ics.barometer.RoleSpread;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Statement;
import dk.ics.barometer.Status;
import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scoring rules of the barometer (see {@link AimPointScore} and {@link GroupScore} for the rules in words).
 * Scores are computed in whole-number arithmetic and rounded half up, so a figure does not depend on the order of
 * respondents or on floating-point noise.
 */
public final class Scorer {

    /** The basis named in the barometer's findings. */
    public static final String BASIS = "ICS-implementeringsbarometret (scoring: ics-java)";

    private static final Logger LOG = LoggerFactory.getLogger(Scorer.class);

    private Scorer() {
    }

    /** Scores a round that has been checked against the catalogue. */
    public static RoundScore score(Round round, Catalogue catalogue) {
        Answers answers = Answers.of(catalogue, round.respondents());
        GroupScore total = group(null, answers.rows(), answers, catalogue);
        List<GroupScore> byRole = new ArrayList<>();
        for (Role role : Role.values()) {
            List<Answer[]> members = new ArrayList<>();
            for (int i = 0; i < round.respondents().size(); i++) {
                if (round.respondents().get(i).role() == role) {
                    members.add(answers.rows().get(i));
                }
            }
            if (!members.isEmpty()) {
                byRole.add(group(role, members, answers, catalogue));
            }
        }
        List<RoleSpread> spreads = spreads(catalogue, byRole);
        List<Finding> findings = new ArrayList<>();
        for (RoleSpread s : spreads) {
            if (s.spread() >= catalogue.roleGapThreshold()) {
                findings.add(gapFinding(s, catalogue));
            }
        }
        for (int i = 0; i < total.aimPoints().size(); i++) {
            AimPointScore a = total.aimPoints().get(i);
            if (!a.isScored()) {
                findings.add(insufficientFinding(a, i, catalogue));
            }
        }
        LOG.debug("scored a round of {} respondents in {} roles: {} findings", round.respondents().size(),
                byRole.size(), findings.size());
        return new RoundScore(round.municipality(), round.date(), round.catalogueId(), round.catalogueVersion(),
                total, byRole, spreads, findings);
    }

    /** Scores one group of respondents. */
    public static GroupScore group(Role role, List<Respondent> members, Catalogue catalogue) {
        Answers answers = Answers.of(catalogue, members);
        return group(role, answers.rows(), answers, catalogue);
    }

    private static GroupScore group(Role role, List<Answer[]> members, Answers answers, Catalogue catalogue) {
        List<AimPointScore> scores = new ArrayList<>();
        double sum = 0;
        int scored = 0;
        int count = 0;
        for (AimPoint a : catalogue.aimPoints()) {
            AimPointScore s = aimPoint(a, members, answers, catalogue);
            scores.add(s);
            count += s.answers();
            if (s.isScored()) {
                sum += s.exactScore();
                scored++;
            }
        }
        Integer overall = scored == 0 ? null : roundHalfUp(sum / scored);
        Status status = overall == null ? Status.INSUFFICIENT_ANSWERS : catalogue.thresholds().statusOf(overall);
        return new GroupScore(role, members.size(), scores, overall, status, count);
    }

    private static AimPointScore aimPoint(AimPoint a, List<Answer[]> members, Answers answers,
            Catalogue catalogue) {
        long valueSum = 0;
        int count = 0;
        int dontKnow = 0;
        int statementsAnswered = 0;
        for (Statement s : a.statements()) {
            int column = answers.column(s.id());
            boolean any = false;
            for (Answer[] row : members) {
                Answer ans = row[column];
                if (ans == null) {
                    continue;
                }
                if (ans.hasValue()) {
                    valueSum += ans.value();
                    count++;
                    any = true;
                } else {
                    dontKnow++;
                }
            }
            if (any) {
                statementsAnswered++;
            }
        }
        int n = a.statements().size();
        if (statementsAnswered < required(n, catalogue)) {
            return new AimPointScore(a.id(), a.title(), null, null, Status.INSUFFICIENT_ANSWERS, count, dontKnow,
                    statementsAnswered, n);
        }
        int min = answers.min();
        long range = (long) answers.max() - min;
        long above = valueSum - (long) count * min;
        double exact = 100.0 * above / ((double) count * range);
        // Half up in integers: floor((200 * above + count * range) / (2 * count * range)).
        int score = (int) Math.floorDiv(200 * above + count * range, 2 * count * range);
        return new AimPointScore(a.id(), a.title(), score, exact, catalogue.thresholds().statusOf(score), count,
                dontKnow, statementsAnswered, n);
    }

    /**
     * The answers of a round laid out once for scoring: one row per respondent, a column per statement of the
     * aim points, so that scoring the whole round and each role reads arrays instead of looking every answer up by
     * statement id again; and the scale's ends, worked out once.
     */
    private record Answers(Map<String, Integer> columns, List<Answer[]> rows, int min, int max) {

        static Answers of(Catalogue catalogue, List<Respondent> respondents) {
            Map<String, Integer> columns = new HashMap<>();
            for (AimPoint a : catalogue.aimPoints()) {
                for (Statement s : a.statements()) {
                    columns.putIfAbsent(s.id(), columns.size());
                }
            }
            String[] ids = new String[columns.size()];
            columns.forEach((id, column) -> ids[column] = id);
            List<Answer[]> rows = new ArrayList<>(respondents.size());
            for (Respondent r : respondents) {
                Answer[] row = new Answer[ids.length];
                for (int c = 0; c < row.length; c++) {
                    row[c] = r.answer(ids[c]);
                }
                rows.add(row);
            }
            return new Answers(columns, rows, catalogue.scale().minValue(), catalogue.scale().maxValue());
        }

        int column(String statementId) {
            return columns.get(statementId);
        }
    }

    /** The fewest answered statements out of {@code n} that give a score: the share, rounded up. */
    public static int required(int n, Catalogue catalogue) {
        return (int) Math.ceil(catalogue.minimumAnsweredShare() * n - 1e-9);
    }

    /** Rounds half up, guarding against floating-point noise just below a half. */
    public static int roundHalfUp(double x) {
        return (int) Math.floor(x + 0.5 + 1e-9);
    }

    private static List<RoleSpread> spreads(Catalogue catalogue, List<GroupScore> byRole) {
        List<RoleSpread> out = new ArrayList<>();
        // A group's aim-point scores are in the catalogue's order (see group), so they are read by position.
        for (int k = 0; k < catalogue.aimPoints().size(); k++) {
            AimPoint a = catalogue.aimPoints().get(k);
            GroupScore hi = null;
            GroupScore lo = null;
            int hiScore = 0;
            int loScore = 0;
            for (GroupScore g : byRole) {
                AimPointScore s = g.aimPoints().get(k);
                if (!s.isScored()) {
                    continue;
                }
                if (hi == null || s.score() > hiScore) {
                    hi = g;
                    hiScore = s.score();
                }
                if (lo == null || s.score() < loScore) {
                    lo = g;
                    loScore = s.score();
                }
            }
            if (hi != null && hi != lo) {
                out.add(new RoleSpread(a.id(), hi.role(), hiScore, lo.role(), loScore, hiScore - loScore));
            } else if (hi != null && countScored(byRole, k) >= 2) {
                out.add(new RoleSpread(a.id(), hi.role(), hiScore, hi.role(), hiScore, 0));
            }
        }
        return out;
    }

    private static long countScored(List<GroupScore> byRole, int aimPoint) {
        return byRole.stream().filter(g -> g.aimPoints().get(aimPoint).isScored()).count();
    }

    private static Finding gapFinding(RoleSpread s, Catalogue catalogue) {
        AimPoint a = catalogue.aimPoint(s.aimPointId()).orElseThrow();
        int index = catalogue.aimPoints().indexOf(a);
        List<String> args = List.of(a.id(), "", s.highestRole().name(), Integer.toString(s.highest()),
                s.lowestRole().name(), Integer.toString(s.lowest()), Integer.toString(s.spread()),
                Integer.toString(catalogue.roleGapThreshold()));
        List<String> da = new ArrayList<>(args);
        List<String> en = new ArrayList<>(args);
        da.set(1, a.title().da());
        en.set(1, a.title().in(Language.EN));
        da.set(2, s.highestRole().label().da());
        en.set(2, s.highestRole().label().in(Language.EN));
        da.set(4, s.lowestRole().label().da());
        en.set(4, s.lowestRole().label().in(Language.EN));
        return new Finding("BAR-ROLE-GAP", Severity.WARNING, "/aimPoints/" + index, "role.gap", en, BASIS, null,
                Texts.render("role.gap", da, en));
    }

    private static Finding insufficientFinding(AimPointScore a, int index, Catalogue catalogue) {
        String need = Integer.toString(required(a.statements(), catalogue));
        String answered = Integer.toString(a.statementsAnswered());
        String of = Integer.toString(a.statements());
        List<String> en = List.of(a.aimPointId(), a.title().in(Language.EN), answered, of, need);
        return new Finding("BAR-INSUFFICIENT-ANSWERS", Severity.INFO, "/aimPoints/" + index, "insufficient.answers",
                en, BASIS, null, Texts.render("insufficient.answers",
                        List.of(a.aimPointId(), a.title().da(), answered, of, need), en));
    }
}
