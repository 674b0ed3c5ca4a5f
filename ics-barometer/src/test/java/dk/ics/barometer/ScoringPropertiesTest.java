package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the scoring that hold for every round. */
class ScoringPropertiesTest {

    private static final Barometer BAROMETER = Barometer.standard();
    private static final List<Statement> STATEMENTS = TestRounds.CATALOGUE.statements();

    @Property(tries = 300)
    void scoresStayBetween0And100(@ForAll("rounds") Round round) {
        RoundScore s = BAROMETER.score(round);
        groups(s).forEach(g -> {
            if (g.overall() != null) {
                assertThat(g.overall()).isBetween(0, 100);
            }
            g.aimPoints().stream().filter(AimPointScore::isScored).forEach(a -> {
                assertThat(a.score()).isBetween(0, 100);
                assertThat(a.exactScore()).isBetween(0.0, 100.0);
            });
        });
        s.spreads().forEach(sp -> assertThat(sp.spread()).isBetween(0, 100));
    }

    @Property(tries = 300)
    void addingAnIHoejGradAnswerNeverLowersAScore(@ForAll("rounds") Round round,
            @ForAll @IntRange(min = 0, max = 10_000) int who, @ForAll @IntRange(min = 0, max = 23) int which) {
        int index = who % round.respondents().size();
        Respondent r = round.respondents().get(index);
        String statement = STATEMENTS.get(which).id();
        Answer before = r.answer(statement);
        if (before != null && before.hasValue()) {
            return; // the respondent already gave a value: replacing it is not adding one
        }
        List<Respondent> changed = new ArrayList<>(round.respondents());
        changed.set(index, r.with(statement, Answer.of(3)));
        RoundScore a = BAROMETER.score(round);
        RoundScore b = BAROMETER.score(round.withRespondents(changed));
        List<GroupScore> ga = groups(a).toList();
        List<GroupScore> gb = groups(b).toList();
        assertThat(gb).hasSameSizeAs(ga);
        for (int g = 0; g < ga.size(); g++) {
            for (int i = 0; i < ga.get(g).aimPoints().size(); i++) {
                AimPointScore x = ga.get(g).aimPoints().get(i);
                AimPointScore y = gb.get(g).aimPoints().get(i);
                if (x.isScored()) {
                    assertThat(y.score()).isGreaterThanOrEqualTo(x.score());
                    assertThat(y.exactScore()).isGreaterThanOrEqualTo(x.exactScore());
                }
            }
            // The overall score can only fall when an aim point newly gets a score (see README); otherwise not.
            if (scoredSet(ga.get(g)).equals(scoredSet(gb.get(g))) && ga.get(g).overall() != null) {
                assertThat(gb.get(g).overall()).isGreaterThanOrEqualTo(ga.get(g).overall());
            }
        }
    }

    @Property(tries = 300)
    void respondentOrderDoesNotChangeAnyFigure(@ForAll("rounds") Round round, @ForAll Random random) {
        List<Respondent> shuffled = new ArrayList<>(round.respondents());
        Collections.shuffle(shuffled, random);
        assertThat(BAROMETER.score(round.withRespondents(shuffled))).isEqualTo(BAROMETER.score(round));
    }

    @Property(tries = 100)
    void csvRoundTripIsLossless(@ForAll("rounds") Round round) {
        String csv = BAROMETER.toCsv(round);
        Round back = BAROMETER.readCsv(new java.io.ByteArrayInputStream(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "p.csv", null);
        assertThat(back).isEqualTo(round);
    }

    private static Stream<GroupScore> groups(RoundScore s) {
        return Stream.concat(Stream.of(s.total()), s.byRole().stream());
    }

    private static List<String> scoredSet(GroupScore g) {
        return g.aimPoints().stream().filter(AimPointScore::isScored).map(AimPointScore::aimPointId).toList();
    }

    @Provide
    Arbitrary<Round> rounds() {
        // -2: skipped, -1: Ved ikke, 0..3: a value; skipping is common so insufficient answers occur
        Arbitrary<Integer> answer = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(4, -2), net.jqwik.api.Tuple.of(1, -1), net.jqwik.api.Tuple.of(2, 0),
                net.jqwik.api.Tuple.of(2, 1), net.jqwik.api.Tuple.of(2, 2), net.jqwik.api.Tuple.of(2, 3));
        Arbitrary<Respondent> respondent = Combinators.combine(Arbitraries.of(Role.class),
                answer.list().ofSize(STATEMENTS.size())).as((role, values) -> {
                    Map<String, Answer> answers = new LinkedHashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        int v = values.get(i);
                        if (v >= -1) {
                            answers.put(STATEMENTS.get(i).id(), v == -1 ? Answer.DONT_KNOW : Answer.of(v));
                        }
                    }
                    return new Respondent("x", role, answers);
                });
        return respondent.list().ofMinSize(1).ofMaxSize(20).map(list -> {
            List<Respondent> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                named.add(new Respondent("R" + i, list.get(i).role(), list.get(i).answers()));
            }
            return TestRounds.round(named);
        });
    }
}
