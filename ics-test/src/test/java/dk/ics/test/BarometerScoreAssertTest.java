package dk.ics.test;

import static dk.ics.test.IcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.barometer.Answer;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.Respondent;
import dk.ics.barometer.Role;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Statement;
import dk.ics.barometer.Status;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarometerScoreAssertTest {

    /** Caseworkers answer 3 everywhere but aim point 3 (1); leaders answer 0 on aim point 3 and skip the rest. */
    private static RoundScore score() {
        Catalogue c = Catalogue.standard();
        Map<String, Answer> caseworker = new LinkedHashMap<>();
        Map<String, Answer> leader = new LinkedHashMap<>();
        for (Statement s : c.statements()) {
            boolean s3 = s.id().startsWith("S3.");
            caseworker.put(s.id(), Answer.of(s3 ? 1 : 3));
            if (s3) {
                leader.put(s.id(), Answer.of(0));
            }
        }
        Round round = Round.of(c, "Eksempel Kommune", LocalDate.of(2025, 10, 1), List.of(
                new Respondent("R1", Role.CASEWORKER, caseworker), new Respondent("R2", Role.LEADER, leader)));
        return Barometer.standard().score(round);
    }

    @Test
    void aimPointScoreAndStatusPass() {
        assertThat(score()).aimPoint(1).hasStatus(Status.GREEN).hasScore(100);
        assertThat(score()).aimPoint("S3").hasStatus(Status.RED).hasScore(17).hasScoreBetween(10, 20);
        assertThat(score()).overall().hasStatus(Status.GREEN);
    }

    @Test
    void perRoleScores() {
        assertThat(score()).role(Role.CASEWORKER).aimPoint(3).hasScore(33);
        assertThat(score()).role(Role.LEADER).aimPoint(1).hasNoScore().hasStatus(Status.INSUFFICIENT_ANSWERS);
        assertThatThrownBy(() -> assertThat(score()).role(Role.PARTNER)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting scores for role PARTNER");
    }

    @Test
    void wrongStatusFailsShowingTheScoresAsATable() {
        assertThatThrownBy(() -> assertThat(score()).aimPoint(3).hasStatus(Status.GREEN))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting S3 to be GREEN, but it is RED")
                .hasMessageContaining("aim point | score | status")
                .hasMessageContaining("S3        | 17    | RED");
    }

    @Test
    void wrongScoresFail() {
        assertThatThrownBy(() -> assertThat(score()).aimPoint(1).hasScore(90)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting S1 to score 90, but it scores 100");
        assertThatThrownBy(() -> assertThat(score()).aimPoint(1).hasScoreBetween(0, 50))
                .isInstanceOf(AssertionError.class).hasMessageContaining("to score between 0 and 50");
        assertThatThrownBy(() -> assertThat(score()).overall().hasNoScore()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting overall to have no score");
        assertThatThrownBy(() -> assertThat(score()).aimPoint(9)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting aim point S9");
    }

    @Test
    void roundFindingsAreAReport() {
        assertThat(score()).findings().hasFindingWithCode("BAR-ROLE-GAP");
    }
}
