package dk.ics.barometer;

import static dk.ics.barometer.TestRounds.allOf;
import static dk.ics.barometer.TestRounds.respondent;
import static dk.ics.barometer.TestRounds.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static final LocalDate Y1 = LocalDate.of(2023, 3, 1);
    private static final LocalDate Y2 = LocalDate.of(2024, 3, 1);
    private static final LocalDate Y3 = LocalDate.of(2025, 3, 1);

    /** A round where S1 gets the given sum over 30 answers (10 respondents × 3 statements). */
    private static Round s1Round(LocalDate day, int sum) {
        return round(day, TestRounds.s1Answers(10, sum));
    }

    @Test
    void changeOfExactlyTheMarginIsStableAndOneMoreIsImproving() {
        // sum 45 → 50; sum 50 → 55.6 → 56 (+6); sum 49 → 54.4 → 54 (+4)
        Barometer b = Barometer.standard().withTrendMargin(5);
        assertThat(b.compare(s1Round(Y1, 45), s1Round(Y2, 50)).aimPoint("S1").orElseThrow())
                .satisfies(t -> {
                    assertThat(t.change()).isEqualTo(6);
                    assertThat(t.direction()).isEqualTo(Direction.IMPROVING);
                });
        assertThat(b.compare(s1Round(Y1, 45), s1Round(Y2, 49)).aimPoint("S1").orElseThrow().direction())
                .isEqualTo(Direction.STABLE);
        assertThat(b.withTrendMargin(6).compare(s1Round(Y1, 45), s1Round(Y2, 50)).aimPoint("S1").orElseThrow()
                .direction()).isEqualTo(Direction.STABLE);
        assertThat(b.compare(s1Round(Y1, 50), s1Round(Y2, 45)).aimPoint("S1").orElseThrow().direction())
                .isEqualTo(Direction.DECLINING);
    }

    @Test
    void roundsAreOrderedByDateAndEveryRoundsScoreIsKept() {
        Trend t = Barometer.standard().compare(s1Round(Y3, 60), s1Round(Y1, 30), s1Round(Y2, 45));
        assertThat(t.dates()).containsExactly(Y1, Y2, Y3);
        ScoreTrend s1 = t.aimPoint("S1").orElseThrow();
        assertThat(s1.scores()).containsExactly(33, 50, 67);
        assertThat(s1.change()).isEqualTo(34);
        assertThat(t.overall().scores()).containsExactly(33, 50, 67);
        assertThat(t.rounds()).hasSize(3);
    }

    @Test
    void aimPointWithoutScoreInARoundIsNotComparable() {
        Trend t = Barometer.standard().compare(s1Round(Y1, 30), s1Round(Y2, 45));
        ScoreTrend s2 = t.aimPoint("S2").orElseThrow();
        assertThat(s2.scores()).containsExactly(null, null);
        assertThat(s2.change()).isNull();
        assertThat(s2.direction()).isEqualTo(Direction.NOT_COMPARABLE);
    }

    @Test
    void statementThatMovedMostIsFound() {
        Round first = round(Y1, List.of(respondent("A", Role.LEADER, Map.of("S1.1", 1, "S1.2", 1, "S2.1", 2)),
                respondent("B", Role.CASEWORKER, Map.of("S1.1", 1, "S1.2", 2))));
        Round second = round(Y2, List.of(respondent("A", Role.LEADER, Map.of("S1.1", 2, "S1.2", 0, "S2.1", 2)),
                respondent("B", Role.CASEWORKER, Map.of("S1.1", 2, "S1.2", 0))));
        Trend t = Barometer.standard().compare(first, second);
        StatementChange most = t.mostMoved().orElseThrow();
        assertThat(most.statementId()).isEqualTo("S1.2");
        assertThat(most.meanFirst()).isEqualTo(1.5);
        assertThat(most.meanLast()).isEqualTo(0.0);
        assertThat(most.change()).isEqualTo(-1.5);
        assertThat(t.statements()).filteredOn(c -> c.statementId().equals("S2.1")).singleElement()
                .satisfies(c -> assertThat(c.change()).isEqualTo(0.0));
        assertThat(t.statements()).filteredOn(c -> c.statementId().equals("S3.1")).singleElement()
                .satisfies(c -> assertThat(c.change()).isNull());
    }

    @Test
    void roleMissingFromARoundIsNotComparableForThatRole() {
        Round first = round(Y1, List.of(allOf("L", Role.LEADER, "S1", 3), allOf("C", Role.CASEWORKER, "S1", 1)));
        Round second = round(Y2, List.of(allOf("C", Role.CASEWORKER, "S1", 2)));
        Trend t = Barometer.standard().compare(first, second);
        assertThat(t.role(Role.LEADER).orElseThrow().aimPoint("S1").orElseThrow().scores())
                .containsExactly(100, null);
        assertThat(t.role(Role.LEADER).orElseThrow().overall().direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(t.role(Role.CASEWORKER).orElseThrow().aimPoint("S1").orElseThrow().change()).isEqualTo(34);
        assertThat(t.role(Role.PARTNER)).isEmpty();
    }

    @Test
    void fewerThanTwoRoundsOrTwoMunicipalitiesAreRefused() {
        Barometer b = Barometer.standard();
        assertThatThrownBy(() -> b.compare(List.of(s1Round(Y1, 30)))).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("at least two rounds");
        Round other = Round.of(TestRounds.CATALOGUE, "Andenkommune", Y2, List.of(allOf("A", Role.LEADER, "S1", 2)));
        assertThatThrownBy(() -> b.compare(s1Round(Y1, 30), other)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("different municipalities");
    }

    @Test
    void trendExportsAsJson() {
        String json = Barometer.standard().compare(s1Round(Y1, 30), s1Round(Y2, 45)).toJson();
        assertThat(json).contains("\"direction\" : \"IMPROVING\"", "\"margin\" : 5");
    }
}
