package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.all;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.DeadlineRule.UNGEPLAN_3_MONTHS;
import static dk.ics.model.casework.DeadlineRule.UNGEPLAN_BEFORE_PLACEMENT_47;
import static dk.ics.model.casework.DeadlineRule.UNGEPLAN_CONSIDERED_FROM_16;
import static dk.ics.model.casework.EventType.DECISION_PLACEMENT_46;
import static dk.ics.model.casework.EventType.DECISION_PLACEMENT_47;
import static dk.ics.model.casework.EventType.DECISION_SUPPORT_32;
import static dk.ics.model.casework.EventType.MEASURE_ENDED;
import static dk.ics.model.casework.EventType.MEASURE_STARTED;
import static dk.ics.model.casework.EventType.UNGEPLAN_CONSIDERED;
import static dk.ics.model.casework.EventType.UNGEPLAN_MADE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.child.Child;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ungeplan as the separate plan Barnets lov § 108 makes it: decide whether from 16 under § 32 support (stk. 1),
 * required for a placed young person of 16 or more (stk. 2), within 3 months of the decision or the 16th birthday
 * (stk. 3), before a decision under § 47 (stk. 4). Each on both sides of its boundary.
 */
class UngeplanDeadlineTest {

    /** Turns 16 on 2025-03-10. */
    private static final Child YOUNG = Child.born("ung-1", LocalDate.of(2009, 3, 10));

    private static CaseRecord bl(CaseEvent... events) {
        return new CaseRecord("sag-u", YOUNG, LegalRegime.BARNETS_LOV, null, List.of(events));
    }

    @Test
    void underSupportTheMunicipalityOnlyDecidesWhetherToMakeOneAndNothingIsOverdueWhenItDecidesNo() {
        CaseRecord support = bl(ev(DECISION_SUPPORT_32, "2024-06-01"), ev(MEASURE_STARTED, "2024-06-10"));
        List<Deadline> at16 = on(support, "2025-06-11T00:00");
        Deadline consider = only(at16, UNGEPLAN_CONSIDERED_FROM_16);
        assertThat(consider.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(consider.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(consider.basis()).isEqualTo("Barnets lov § 108, stk. 1");
        assertThat(at16).extracting(Deadline::rule).doesNotContain(UNGEPLAN_3_MONTHS);

        CaseRecord decidedNo = support.withEvent(ev(UNGEPLAN_CONSIDERED, "2025-04-01").withPlanToBeMade(false));
        List<Deadline> later = on(decidedNo, "2026-01-01T00:00");
        assertThat(only(later, UNGEPLAN_CONSIDERED_FROM_16).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(later).extracting(Deadline::rule).doesNotContain(UNGEPLAN_3_MONTHS);
    }

    @Test
    void nothingIsDueUnderSupportBeforeTheSixteenthBirthday() {
        CaseRecord support = bl(ev(DECISION_SUPPORT_32, "2024-06-01"));
        assertThat(on(support, "2025-03-09T23:59")).extracting(Deadline::rule)
                .doesNotContain(UNGEPLAN_CONSIDERED_FROM_16, UNGEPLAN_3_MONTHS);
        assertThat(on(support, "2025-03-10T00:00")).extracting(Deadline::rule)
                .contains(UNGEPLAN_CONSIDERED_FROM_16);
    }

    @Test
    void whenTheMunicipalityDecidesToMakeOneItIsDueThreeMonthsAfterTheSixteenthBirthday() {
        CaseRecord c = bl(ev(DECISION_SUPPORT_32, "2024-06-01"),
                ev(UNGEPLAN_CONSIDERED, "2025-03-12").withPlanToBeMade(true));
        Deadline plan = only(on(c, "2025-06-11T00:00"), UNGEPLAN_3_MONTHS);
        assertThat(plan.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(plan.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(plan.basis()).isEqualTo("Barnets lov § 108, stk. 3");
        assertThat(only(on(c.withEvent(ev(UNGEPLAN_MADE, "2025-06-10T15:00")), "2025-06-11T00:00"),
                UNGEPLAN_3_MONTHS).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(only(on(c.withEvent(ev(UNGEPLAN_MADE, "2025-06-11T09:00")), "2025-06-12T00:00"),
                UNGEPLAN_3_MONTHS).status()).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void aFirstSupportDecisionAfterSixteenStartsTheThreeMonthsAtTheDecision() {
        CaseRecord c = bl(ev(DECISION_SUPPORT_32, "2025-09-15"));
        Deadline consider = only(on(c, "2025-09-16T00:00"), UNGEPLAN_CONSIDERED_FROM_16);
        assertThat(consider.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(consider.status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void aPlacedYoungPersonOfSixteenMustHaveOneWithinThreeMonthsOfThePlacementDecision() {
        CaseRecord c = bl(ev(DECISION_PLACEMENT_46, "2025-05-02"), ev(MEASURE_STARTED, "2025-05-05").withPlacement(true));
        List<Deadline> ds = on(c, "2025-08-03T00:00");
        Deadline plan = only(ds, UNGEPLAN_3_MONTHS);
        assertThat(plan.due().toLocalDate()).isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(plan.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(ds).extracting(Deadline::rule).doesNotContain(UNGEPLAN_CONSIDERED_FROM_16);
    }

    @Test
    void aPlacementThatEndedBeforeTheSixteenthBirthdayNeedsNoUngeplan() {
        CaseRecord c = bl(ev(DECISION_PLACEMENT_46, "2024-05-02"), ev(MEASURE_STARTED, "2024-05-05").withPlacement(true),
                ev(MEASURE_ENDED, "2025-03-09").withPlacement(true));
        assertThat(on(c, "2025-07-01T00:00")).extracting(Deadline::rule).doesNotContain(UNGEPLAN_3_MONTHS);
        CaseRecord stillPlaced = bl(ev(DECISION_PLACEMENT_46, "2024-05-02"),
                ev(MEASURE_STARTED, "2024-05-05").withPlacement(true), ev(MEASURE_ENDED, "2025-03-11").withPlacement(true));
        assertThat(on(stillPlaced, "2025-07-01T00:00")).extracting(Deadline::rule).contains(UNGEPLAN_3_MONTHS);
    }

    @Test
    void aPlacementWithoutConsentOfASixteenYearOldNeedsTheUngeplanBeforeTheDecision() {
        CaseEvent decision = ev(DECISION_PLACEMENT_47, "2025-04-01T13:00");
        Deadline before = only(on(bl(ev(UNGEPLAN_MADE, "2025-04-01T09:00"), decision), "2025-04-02T00:00"),
                UNGEPLAN_BEFORE_PLACEMENT_47);
        assertThat(before.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(before.basis()).isEqualTo("Barnets lov § 108, stk. 4");
        assertThat(only(on(bl(decision, ev(UNGEPLAN_MADE, "2025-04-01T14:00")), "2025-04-02T00:00"),
                UNGEPLAN_BEFORE_PLACEMENT_47).status()).isEqualTo(DeadlineStatus.MET_LATE);
        CaseEvent before16 = ev(DECISION_PLACEMENT_47, "2025-03-09T13:00");
        List<Deadline> ds = on(bl(before16), "2025-06-11T00:00");
        assertThat(ds).extracting(Deadline::rule).doesNotContain(UNGEPLAN_BEFORE_PLACEMENT_47);
        assertThat(only(ds, UNGEPLAN_3_MONTHS).due().toLocalDate()).isEqualTo(LocalDate.of(2025, 6, 10));
    }
}
