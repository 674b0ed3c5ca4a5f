package dk.ics.barometer;

import static dk.ics.barometer.TestRounds.allOf;
import static dk.ics.barometer.TestRounds.respondent;
import static dk.ics.barometer.TestRounds.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spread between roles (who is highest, who is lowest, when a gap becomes a finding) and scoring on a catalogue
 * whose answer scale does not start at 0.
 */
class RoleSpreadAndScaleTest {

    private static final Barometer BAROMETER = Barometer.standard();

    @Test
    void gapOfExactlyTheThresholdIsAFinding() {
        // leaders all 3 → 100; caseworkers 3+2+2 and 2 → 9 over 4 answers of 3 → 75; gap 25 = the threshold
        Round r = round(List.of(allOf("L", Role.LEADER, "S1", 3),
                respondent("C1", Role.CASEWORKER, Map.of("S1.1", 3, "S1.2", 2, "S1.3", 2)),
                respondent("C2", Role.CASEWORKER, Map.of("S1.1", 2))));
        RoundScore s = BAROMETER.score(r);
        assertThat(s.spread("S1")).contains(new RoleSpread("S1", Role.LEADER, 100, Role.CASEWORKER, 75, 25));
        assertThat(s.report().withCode("BAR-ROLE-GAP")).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/aimPoints/0"));
    }

    @Test
    void rolesWithEqualScoresHaveASpreadOfZeroNamingTheFirstRoleInRoleOrder() {
        Round r = round(List.of(allOf("C", Role.CASEWORKER, "S1", 2), allOf("L", Role.LEADER, "S1", 2)));
        RoundScore s = BAROMETER.score(r);
        assertThat(s.spread("S1")).contains(new RoleSpread("S1", Role.LEADER, 67, Role.LEADER, 67, 0));
        assertThat(s.report().withCode("BAR-ROLE-GAP")).isEmpty();
    }

    @Test
    void highestAndLowestAreFoundAmongThreeRolesWhateverTheirOrder() {
        Round r = round(List.of(allOf("L", Role.LEADER, "S1", 2), allOf("I", Role.ICS_LEAD, "S1", 3),
                allOf("C", Role.CASEWORKER, "S1", 0)));
        assertThat(BAROMETER.score(r).spread("S1"))
                .contains(new RoleSpread("S1", Role.ICS_LEAD, 100, Role.CASEWORKER, 0, 100));
    }

    @Test
    void oneScoredRoleHasNoSpreadEvenWhenOtherRolesAnsweredTooLittle() {
        // the caseworker answered one of three statements of S1: no score for caseworkers, so no comparison
        Round r = round(List.of(allOf("L", Role.LEADER, "S1", 3),
                respondent("C", Role.CASEWORKER, Map.of("S1.1", 0))));
        RoundScore s = BAROMETER.score(r);
        assertThat(s.role(Role.CASEWORKER).orElseThrow().aimPoint("S1").orElseThrow().isScored()).isFalse();
        assertThat(s.spread("S1")).isEmpty();
        assertThat(BAROMETER.score(round(List.of(allOf("L", Role.LEADER, "S1", 3)))).spread("S1")).isEmpty();
    }

    @Test
    void scoresRunFromTheLowestToTheHighestValueOfTheScale() {
        Barometer oneToFour = Barometer.withCatalogue(shifted(TestRounds.CATALOGUE, 1));
        Catalogue c = oneToFour.catalogue();
        assertThat(c.scale().minValue()).isEqualTo(1);
        assertThat(c.scale().maxValue()).isEqualTo(4);
        assertThat(s1(oneToFour, c, 1)).isZero();
        assertThat(s1(oneToFour, c, 4)).isEqualTo(100);
        assertThat(s1(oneToFour, c, 2)).isEqualTo(33);
        assertThat(s1(oneToFour, c, 3)).isEqualTo(67);
        assertThatThrownBy(() -> s1(oneToFour, c, 0)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("outside the scale");
    }

    @Test
    void catalogueBuiltInCodeIsCheckedLikeALoadedOne() {
        Catalogue c = TestRounds.CATALOGUE;
        assertThat(shifted(c, 1).checked().scale().maxValue()).isEqualTo(4);
        Catalogue noScale = new Catalogue(c.id(), c.version(), c.title(), c.source(), c.notes(),
                new AnswerScale(List.of(c.scale().options().get(0))), c.thresholds(), c.minimumAnsweredShare(),
                c.roleGapThreshold(), c.aimPoints());
        assertThatThrownBy(noScale::checked).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/scale/options");
    }

    private static Integer s1(Barometer barometer, Catalogue c, int value) {
        Map<String, Answer> answers = Map.of("S1.1", Answer.of(value), "S1.2", Answer.of(value), "S1.3",
                Answer.of(value));
        Round r = Round.of(c, "Testkommune", TestRounds.DAY, List.of(new Respondent("A", Role.LEADER, answers)));
        return barometer.score(r).aimPoint("S1").orElseThrow().score();
    }

    /** The catalogue with every value on its scale raised by {@code by}. */
    private static Catalogue shifted(Catalogue c, int by) {
        List<ScaleOption> options = c.scale().options().stream()
                .map(o -> new ScaleOption(o.code(), o.value() == null ? null : o.value() + by, o.label(),
                        o.aliases()))
                .toList();
        return new Catalogue(c.id(), c.version(), c.title(), c.source(), c.notes(), new AnswerScale(options),
                c.thresholds(), c.minimumAnsweredShare(), c.roleGapThreshold(), c.aimPoints());
    }
}
