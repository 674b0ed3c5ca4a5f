package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.barnetsLov;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.CaseFixtures.sel;
import static dk.ics.model.casework.CaseFixtures.status;
import static dk.ics.model.casework.DeadlineRule.HANDLEPLAN_BEFORE_DECISION;
import static dk.ics.model.casework.DeadlineRule.HANDLEPLAN_URGENT_4_MONTHS;
import static dk.ics.model.casework.DeadlineRule.PLAN_BEFORE_PLACEMENT_47;
import static dk.ics.model.casework.DeadlineRule.PLAN_PLACEMENT_3_MONTHS;
import static dk.ics.model.casework.DeadlineRule.PLAN_SUPPORT_3_MONTHS;
import static dk.ics.model.casework.EventType.DECISION_PLACEMENT_46;
import static dk.ics.model.casework.EventType.DECISION_PLACEMENT_47;
import static dk.ics.model.casework.EventType.DECISION_SUPPORT_32;
import static dk.ics.model.casework.EventType.PLAN_MADE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDeadlineTest {

    private static final CaseEvent SUPPORT_WITH_PLAN =
            ev(DECISION_SUPPORT_32, "2024-03-15T11:00").withPlanToBeMade(true);

    @Test
    void aPlanIsDueThreeMonthsAfterASupportDecisionThatSaysOneWillBeMade() {
        Deadline d = only(on(barnetsLov(SUPPORT_WITH_PLAN), "2024-03-16T00:00"), PLAN_SUPPORT_3_MONTHS);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(d.basis()).isEqualTo("Barnets lov § 91, stk. 1");
        assertThat(d.reference().consolidation()).isEqualTo("LBK nr. 282 af 17/03/2025");
        assertThat(status(barnetsLov(SUPPORT_WITH_PLAN, ev(PLAN_MADE, "2024-06-15T16:00")), "2024-07-01T00:00",
                PLAN_SUPPORT_3_MONTHS)).isEqualTo(DeadlineStatus.MET);
        assertThat(status(barnetsLov(SUPPORT_WITH_PLAN, ev(PLAN_MADE, "2024-06-17T09:00")), "2024-07-01T00:00",
                PLAN_SUPPORT_3_MONTHS)).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(status(barnetsLov(SUPPORT_WITH_PLAN), "2024-06-16T00:00", PLAN_SUPPORT_3_MONTHS))
                .isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void aSupportDecisionWithoutAPlanSetsNoPlanDeadline() {
        CaseRecord c = barnetsLov(ev(DECISION_SUPPORT_32, "2024-03-15"));
        assertThat(status(c, "2024-12-01T00:00", PLAN_SUPPORT_3_MONTHS)).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
    }

    @Test
    void threeMonthsFromTheEndOfNovemberEndsOnTheLastDayOfFebruary() {
        Deadline d = only(on(barnetsLov(ev(DECISION_PLACEMENT_46, "2024-11-30")), "2024-12-01T00:00"),
                PLAN_PLACEMENT_3_MONTHS);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void thePlanMustComeBeforeAPlacementWithoutConsent() {
        CaseEvent decision = ev(DECISION_PLACEMENT_47, "2024-06-10T10:00");
        Deadline before = only(on(barnetsLov(ev(PLAN_MADE, "2024-06-07"), decision), "2024-06-11T00:00"),
                PLAN_BEFORE_PLACEMENT_47);
        assertThat(before.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(before.wholeDay()).isFalse();
        assertThat(before.formattedDue()).isEqualTo("2024-06-10 10:00");
        assertThat(status(barnetsLov(decision, ev(PLAN_MADE, "2024-06-10T14:00")), "2024-06-11T00:00",
                PLAN_BEFORE_PLACEMENT_47)).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(status(barnetsLov(decision), "2024-06-10T10:01", PLAN_BEFORE_PLACEMENT_47))
                .isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void theDeadlineIsForTheFirstPlanSoTheCasesFirstPlanMeetsALaterDecision() {
        CaseRecord c = barnetsLov(SUPPORT_WITH_PLAN, ev(PLAN_MADE, "2024-04-01"),
                ev(DECISION_PLACEMENT_47, "2024-09-01T10:00"));
        assertThat(status(c, "2024-09-02T00:00", PLAN_SUPPORT_3_MONTHS)).isEqualTo(DeadlineStatus.MET);
        Deadline placement = only(on(c, "2024-09-02T00:00"), PLAN_BEFORE_PLACEMENT_47);
        assertThat(placement.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(placement.metByPointer()).isEqualTo("/events/1");
    }

    @Test
    void aRevisedPlanMadeLongAfterTheDeadlineIsNotLate() {
        CaseRecord c = barnetsLov(SUPPORT_WITH_PLAN, ev(PLAN_MADE, "2024-06-01"), ev(PLAN_MADE, "2025-02-01"));
        List<Deadline> ds = on(c, "2025-03-01T00:00");
        assertThat(only(ds, PLAN_SUPPORT_3_MONTHS).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(ds).noneMatch(d -> "/events/2".equals(d.metByPointer()));
    }

    @Test
    void aFirstPlanMadeAfterTheThreeMonthsStaysLateAtEveryLaterReference() {
        CaseRecord c = barnetsLov(SUPPORT_WITH_PLAN, ev(PLAN_MADE, "2024-06-16T09:00"));
        for (String on : List.of("2024-06-17T00:00", "2025-01-01T00:00", "2030-01-01T00:00")) {
            assertThat(status(c, on, PLAN_SUPPORT_3_MONTHS)).as(on).isEqualTo(DeadlineStatus.MET_LATE);
        }
    }

    @Test
    void underServicelovenTheHandleplanComesBeforeTheDecisionOrWithinFourMonthsWhenUrgent() {
        CaseRecord before = sel(ev(PLAN_MADE, "2023-03-01"), ev(DECISION_SUPPORT_32, "2023-03-10"));
        Deadline d = only(on(before, "2023-03-11T00:00"), HANDLEPLAN_BEFORE_DECISION);
        assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(d.basis()).isEqualTo("Serviceloven § 140, stk. 1");

        CaseRecord urgent = sel(ev(DECISION_PLACEMENT_47, "2023-03-10T16:00").withUrgent(true));
        Deadline u = only(on(urgent, "2023-03-11T00:00"), HANDLEPLAN_URGENT_4_MONTHS);
        assertThat(u.due().toLocalDate()).isEqualTo(LocalDate.of(2023, 7, 10));
        assertThat(u.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(on(urgent, "2023-03-11T00:00")).extracting(Deadline::rule)
                .doesNotContain(HANDLEPLAN_BEFORE_DECISION, PLAN_BEFORE_PLACEMENT_47);
    }
}
