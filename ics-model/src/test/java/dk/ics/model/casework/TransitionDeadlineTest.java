package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.CaseFixtures.sel;
import static dk.ics.model.casework.DeadlineRule.BFU_4_MONTHS;
import static dk.ics.model.casework.DeadlineRule.FOLLOW_UP_FIRST;
import static dk.ics.model.casework.DeadlineRule.HANDLEPLAN_URGENT_4_MONTHS;
import static dk.ics.model.casework.DeadlineRule.PLAN_PLACEMENT_3_MONTHS;
import static dk.ics.model.casework.EventType.AFDAEKNING;
import static dk.ics.model.casework.EventType.DECISION_PLACEMENT_46;
import static dk.ics.model.casework.EventType.MEASURE_STARTED;
import static dk.ics.model.casework.EventType.NEED_KNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.law.Standing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * From Serviceloven to Barnets lov: in a case opened under SEL, a step falling due from 1 January 2024 follows
 * Barnets lov, and one due before it follows Serviceloven (the project's reading, LegalReferences.BL_212: the act's
 * transitional provisions were not read).
 */
class TransitionDeadlineTest {

    @Test
    void anInvestigationDueOnTheLastDayOf2023IsCitedUnderServicelovenAndOneDueOnNewYearsDayUnderBarnetsLov() {
        assertThat(only(on(sel(ev(NEED_KNOWN, "2023-08-31")), "2023-09-01T00:00"), BFU_4_MONTHS).basis())
                .isEqualTo("Serviceloven § 50");
        assertThat(only(on(sel(ev(NEED_KNOWN, "2023-09-01")), "2023-09-02T00:00"), BFU_4_MONTHS).basis())
                .isEqualTo("Barnets lov § 20, stk. 3");
    }

    @Test
    void anUrgentDecisionWhoseHandleplanFallsDueIn2024GetsBarnetsPlanUnderSection91() {
        CaseEvent before = ev(DECISION_PLACEMENT_46, "2023-08-31").withUrgent(true);
        List<Deadline> sel = on(sel(before), "2023-09-01T00:00");
        assertThat(only(sel, HANDLEPLAN_URGENT_4_MONTHS).due().toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 31));

        CaseEvent after = ev(DECISION_PLACEMENT_46, "2023-09-01").withUrgent(true);
        List<Deadline> bl = on(sel(after), "2023-09-02T00:00");
        assertThat(bl).extracting(Deadline::rule).doesNotContain(HANDLEPLAN_URGENT_4_MONTHS);
        Deadline plan = only(bl, PLAN_PLACEMENT_3_MONTHS);
        assertThat(plan.due().toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(plan.basis()).isEqualTo("Barnets lov § 91, stk. 2");
    }

    @Test
    void aFirstFollowUpDueIn2024ComesForwardWithAParallelAfdaekningAsUnderBarnetsLov() {
        Deadline d = only(on(sel(ev(MEASURE_STARTED, "2023-11-01"), ev(AFDAEKNING, "2023-12-15")), "2024-01-05T00:00"),
                FOLLOW_UP_FIRST);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(d.basis()).isEqualTo("Serviceloven § 70");
        assertThat(d.reference().standing()).isEqualTo(Standing.PROJECT_READING);
    }
}
