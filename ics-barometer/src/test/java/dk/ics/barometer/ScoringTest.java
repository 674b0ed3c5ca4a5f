package dk.ics.barometer;

import static dk.ics.barometer.TestRounds.allOf;
import static dk.ics.barometer.TestRounds.respondent;
import static dk.ics.barometer.TestRounds.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private static final Barometer BAROMETER = Barometer.standard();

    private static AimPointScore s1(Round round) {
        return BAROMETER.score(round).aimPoint("S1").orElseThrow();
    }

    @ParameterizedTest(name = "sum {0} over 30 answers scores {1}, {2}")
    @CsvSource({"30, 33, RED", "31, 34, YELLOW", "59, 66, YELLOW", "60, 67, GREEN", "0, 0, RED", "90, 100, GREEN"})
    void statusBandsChangeAt34And67(int sum, int score, Status status) {
        AimPointScore s = s1(round(TestRounds.s1Answers(10, sum)));
        assertThat(s.answers()).isEqualTo(30);
        assertThat(s.score()).isEqualTo(score);
        assertThat(s.status()).isEqualTo(status);
    }

    @Test
    void thresholdsMapWholeScoresToBands() {
        StatusThresholds t = TestRounds.CATALOGUE.thresholds();
        assertThat(t.statusOf(33)).isEqualTo(Status.RED);
        assertThat(t.statusOf(34)).isEqualTo(Status.YELLOW);
        assertThat(t.statusOf(66)).isEqualTo(Status.YELLOW);
        assertThat(t.statusOf(67)).isEqualTo(Status.GREEN);
    }

    @Test
    void allInNogenGradIsGreenBecauseTwoThirdsRoundsTo67() {
        AimPointScore s = s1(round(List.of(allOf("A", Role.LEADER, "S1", 2))));
        assertThat(s.exactScore()).isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
        assertThat(s.score()).isEqualTo(67);
        assertThat(s.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void threeStatementAimPointNeedsTwoAnsweredStatements() {
        AimPointScore one = s1(round(List.of(respondent("A", Role.LEADER, Map.of("S1.1", 3)))));
        assertThat(one.status()).isEqualTo(Status.INSUFFICIENT_ANSWERS);
        assertThat(one.score()).isNull();
        assertThat(one.answers()).isEqualTo(1);
        AimPointScore two = s1(round(List.of(respondent("A", Role.LEADER, Map.of("S1.1", 3, "S1.2", 0)))));
        assertThat(two.score()).isEqualTo(50);
        assertThat(two.statementsAnswered()).isEqualTo(2);
    }

    @Test
    void fourStatementAimPointNeedsTwoAnsweredStatements() {
        Round one = round(List.of(respondent("A", Role.LEADER, Map.of("S2.1", 3))));
        assertThat(BAROMETER.score(one).aimPoint("S2").orElseThrow().status()).isEqualTo(Status.INSUFFICIENT_ANSWERS);
        Round two = round(List.of(respondent("A", Role.LEADER, Map.of("S2.1", 3, "S2.4", 3))));
        assertThat(BAROMETER.score(two).aimPoint("S2").orElseThrow().score()).isEqualTo(100);
    }

    @Test
    void statementCountsAsAnsweredWhenAnyRespondentGaveItAValue() {
        Round r = round(List.of(respondent("A", Role.LEADER, Map.of("S1.1", 1)),
                respondent("B", Role.CASEWORKER, Map.of("S1.2", 2))));
        AimPointScore s = s1(r);
        assertThat(s.statementsAnswered()).isEqualTo(2);
        assertThat(s.score()).isEqualTo(50);
    }

    @Test
    void dontKnowCountsNeitherAsValueNorAsAnsweredStatement() {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("S1.1", 3);
        values.put("S1.2", null);
        values.put("S1.3", null);
        AimPointScore s = s1(round(List.of(respondent("A", Role.LEADER, values))));
        assertThat(s.status()).isEqualTo(Status.INSUFFICIENT_ANSWERS);
        assertThat(s.dontKnow()).isEqualTo(2);
        assertThat(s.statementsAnswered()).isEqualTo(1);
    }

    @Test
    void aimPointScoreIsTheMeanOfAllValuesNotOfStatementMeans() {
        // S1.1 answered 3 by three people, S1.2 answered 0 by one: mean of values 9/4 = 2.25 -> 75
        Round r = round(List.of(respondent("A", Role.LEADER, Map.of("S1.1", 3, "S1.2", 0)),
                respondent("B", Role.LEADER, Map.of("S1.1", 3)), respondent("C", Role.LEADER, Map.of("S1.1", 3))));
        assertThat(s1(r).score()).isEqualTo(75);
    }

    @Test
    void overallIsTheMeanOfTheUnroundedScoresOfScoredAimPoints() {
        // S1: 2 of 3 → 66.67; S2: all 1 → 33.33; others unanswered; overall 50
        Round r = round(List.of(allOf("A", Role.LEADER, "S1", 2), allOf("B", Role.LEADER, "S2", 1)));
        RoundScore s = BAROMETER.score(r);
        assertThat(s.aimPoint("S1").orElseThrow().score()).isEqualTo(67);
        assertThat(s.aimPoint("S2").orElseThrow().score()).isEqualTo(33);
        assertThat(s.overall()).isEqualTo(50);
        assertThat(s.total().overallStatus()).isEqualTo(Status.YELLOW);
        assertThat(s.report().withCode("BAR-INSUFFICIENT-ANSWERS")).hasSize(5);
    }

    @Test
    void roundWithNoValuesHasNoOverallScore() {
        Round r = round(List.of(respondent("A", Role.LEADER, Map.of())));
        RoundScore s = BAROMETER.score(r);
        assertThat(s.overall()).isNull();
        assertThat(s.total().overallStatus()).isEqualTo(Status.INSUFFICIENT_ANSWERS);
    }

    @Test
    void perRoleFiguresCountOnlyThatRole() {
        Round r = round(List.of(allOf("L1", Role.LEADER, "S1", 3), allOf("L2", Role.LEADER, "S1", 2),
                allOf("C1", Role.CASEWORKER, "S1", 1), allOf("C2", Role.CASEWORKER, "S1", 0),
                allOf("C3", Role.CASEWORKER, "S1", 1)));
        RoundScore s = BAROMETER.score(r);
        GroupScore leaders = s.role(Role.LEADER).orElseThrow();
        GroupScore caseworkers = s.role(Role.CASEWORKER).orElseThrow();
        assertThat(leaders.respondents()).isEqualTo(2);
        assertThat(leaders.aimPoint("S1").orElseThrow().score()).isEqualTo(83);
        assertThat(leaders.aimPoint("S1").orElseThrow().answers()).isEqualTo(6);
        assertThat(caseworkers.aimPoint("S1").orElseThrow().score()).isEqualTo(22);
        assertThat(s.aimPoint("S1").orElseThrow().score()).isEqualTo(47);
        assertThat(s.role(Role.PARTNER)).isEmpty();
        RoleSpread spread = s.spread("S1").orElseThrow();
        assertThat(spread).isEqualTo(new RoleSpread("S1", Role.LEADER, 83, Role.CASEWORKER, 22, 61));
        assertThat(s.report().withCode("BAR-ROLE-GAP")).singleElement().satisfies(f -> {
            assertThat(f.arguments()).contains("S1", "Leader", "83", "Caseworker", "22", "61");
            assertThat(f.message().da()).contains("Leder giver 83 point", "Sagsbehandler giver 22 point");
        });
    }

    @Test
    void gapBelowTheThresholdIsNoFinding() {
        // leaders 3,3,2 = 88.9 → 89; caseworkers 3,2,2 = 77.8 → 78; gap 11
        Round r = round(List.of(respondent("L", Role.LEADER, Map.of("S1.1", 3, "S1.2", 3, "S1.3", 2)),
                respondent("C", Role.CASEWORKER, Map.of("S1.1", 3, "S1.2", 2, "S1.3", 2))));
        RoundScore s = BAROMETER.score(r);
        assertThat(s.spread("S1").orElseThrow().spread()).isEqualTo(11);
        assertThat(s.report().withCode("BAR-ROLE-GAP")).isEmpty();
    }

    @Test
    void emptyRoundIsRefused() {
        assertThatThrownBy(() -> BAROMETER.score(round(List.of())))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("no respondents");
    }

    @Test
    void duplicateRespondentsAreRefusedWithBothPositions() {
        Round r = round(List.of(allOf("A", Role.LEADER, "S1", 3), allOf("A", Role.CASEWORKER, "S1", 3)));
        assertThatThrownBy(() -> BAROMETER.score(r)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/respondents/1/id").hasMessageContaining("/respondents/0");
    }

    @Test
    void unknownStatementIdIsRefusedNamingIt() {
        Round r = round(List.of(respondent("A", Role.LEADER, Map.of("S9.9", 3))));
        assertThatThrownBy(() -> BAROMETER.score(r)).isInstanceOf(IcsUnknownCodeException.class)
                .hasMessageContaining("'S9.9'").hasMessageContaining("/respondents/0/answers/S9.9");
    }

    @Test
    void answerOutsideTheScaleIsRefused() {
        Round r = round(List.of(respondent("A", Role.LEADER, Map.of("S1.1", 4))));
        assertThatThrownBy(() -> BAROMETER.score(r)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/respondents/0/answers/S1.1").hasMessageContaining("outside the scale");
    }

    @Test
    void roundOfAnotherCatalogueVersionIsRefused() {
        Round r = new Round("Testkommune", TestRounds.DAY, "ics-implementeringsbarometer", "2030.1",
                List.of(allOf("A", Role.LEADER, "S1", 3)));
        assertThatThrownBy(() -> BAROMETER.score(r)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/catalogue").hasMessageContaining("'2030.1'")
                .hasMessageContaining("'2019.1'");
    }

    @Test
    void nextStepsNameTheWeakestAimPointsWithAdvice() {
        Round r = round(List.of(allOf("A", Role.LEADER, "S1", 1), allOf("B", Role.LEADER, "S2", 0),
                allOf("C", Role.LEADER, "S3", 3)));
        List<NextStep> steps = BAROMETER.nextSteps(BAROMETER.score(r), 3);
        assertThat(steps).extracting(NextStep::aimPointId).containsExactly("S2", "S1", "S4");
        assertThat(steps.get(0).advice()).isNotEmpty();
        assertThat(steps.get(0).advice().get(0).da()).contains("implementerings-/forankringsgruppe");
        assertThat(steps.get(2).status()).isEqualTo(Status.INSUFFICIENT_ANSWERS);
        assertThat(steps.get(2).advice().get(0).en()).contains("Too few answers");
    }

    @Test
    void scoredRoundExportsAsJson() {
        String json = BAROMETER.score(round(List.of(allOf("A", Role.LEADER, "S1", 3)))).toJson();
        assertThat(json).contains("\"aimPointId\" : \"S1\"", "\"score\" : 100", "\"status\" : \"GREEN\"");
    }
}
