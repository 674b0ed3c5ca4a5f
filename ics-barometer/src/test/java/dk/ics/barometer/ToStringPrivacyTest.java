package dk.ics.barometer;

import static dk.ics.barometer.TestRounds.allOf;
import static dk.ics.barometer.TestRounds.round;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code toString()} of values that hold free text or respondents' ids shows what identifies the value in a log
 * (ids of plan items, dates, statuses, counts) and never the free text or the respondents.
 */
class ToStringPrivacyTest {

    private static final AnchoringPlan PLAN = AnchoringPlan.load(TestRounds.examples().resolve("forankringsplan.json"));

    @Test
    void anchoringPlanShowsItsMunicipalityStatusAndCountsButNoText() {
        assertThat(PLAN.toString()).isEqualTo("AnchoringPlan[municipality=Eksempel Kommune, status=" + PLAN.status()
                + ", goals=" + PLAN.goals().size() + ", tasks=" + PLAN.tasks().size() + ", cutOffDates="
                + PLAN.cutOffDates().size() + ", milestones=" + PLAN.milestones().size() + "]");
    }

    @Test
    void planItemsShowTheirIdsDatesAndAimPointsButNotTheirTextOrWhoIsResponsible() {
        assertThat(PLAN.goals()).isNotEmpty().allSatisfy(g -> assertThat(g.toString())
                .isEqualTo("PlanGoal[id=" + g.id() + ", aimPoints=" + g.aimPoints() + "]")
                .doesNotContain(g.text()));
        assertThat(PLAN.tasks()).isNotEmpty().allSatisfy(t -> assertThat(t.toString())
                .isEqualTo("PlanTask[id=" + t.id() + ", deadline=" + t.deadline() + ", status=" + t.status()
                        + ", aimPoints=" + t.aimPoints() + "]")
                .doesNotContain(t.text()).doesNotContain(t.responsible()));
        assertThat(PLAN.milestones()).isNotEmpty().allSatisfy(m -> assertThat(m.toString())
                .isEqualTo("Milestone[id=" + m.id() + ", date=" + m.date() + ", reached=" + m.reached()
                        + ", aimPoints=" + m.aimPoints() + "]")
                .doesNotContain(m.text()));
    }

    @Test
    void roundAndRespondentShowCountsButNoRespondentIds() {
        Round r = round(List.of(allOf("Respondent-Anna", Role.LEADER, "S1", 3),
                allOf("Respondent-Bo", Role.CASEWORKER, "S2", 1)));
        assertThat(r.toString()).isEqualTo("Round[municipality=Testkommune, date=2024-03-01, "
                + "catalogue=ics-implementeringsbarometer@2019.1, respondents=2]");
        assertThat(r.respondents().get(0).toString()).isEqualTo("Respondent[role=LEADER, answers=3]");
        assertThat(r + " " + r.respondents()).doesNotContain("Anna", "Bo");
    }

    @Test
    void checklistShowsItsSettings() {
        assertThat(Checklist.standard().withMinimumSuperUsers(3).toString())
                .startsWith("Checklist[minimumSuperUsers=3, caseworkersPerSuperUser=")
                .contains("requiredTrainedPercent=");
    }
}
