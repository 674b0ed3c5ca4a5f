package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.all;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.DeadlineRule.FOLLOW_UP_FIRST;
import static dk.ics.model.casework.DeadlineRule.FOLLOW_UP_NEXT_PLANNED;
import static dk.ics.model.casework.DeadlineRule.SUPERVISION_2_PER_YEAR;
import static dk.ics.model.casework.DeadlineRule.UNGESTOETTE_DECISION_BEFORE_18;
import static dk.ics.model.casework.EventType.DECISION_PLACEMENT_46;
import static dk.ics.model.casework.EventType.DECISION_UNGESTOETTE;
import static dk.ics.model.casework.EventType.FOLLOW_UP;
import static dk.ics.model.casework.EventType.MEASURE_ENDED;
import static dk.ics.model.casework.EventType.MEASURE_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.child.Child;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Turning 18 (Barnets lov § 111, stk. 1): the decision on ungestøtte at least 6 months before a placement ends at the
 * 18th birthday, and what lapses then (the child's measures end) and what a case still needs (follow-up of measures
 * begun after 18, § 95, stk. 1).
 */
class AdulthoodDeadlineTest {

    /** Turns 18 on 2026-09-20; 6 months before is 2026-03-20. */
    private static final Child YOUNG = Child.born("ung-18", LocalDate.of(2008, 9, 20));

    private static CaseRecord placed(CaseEvent... more) {
        CaseRecord c = new CaseRecord("sag-18", YOUNG, LegalRegime.BARNETS_LOV, null, List.of(
                ev(DECISION_PLACEMENT_46, "2024-01-10"), ev(MEASURE_STARTED, "2024-01-15").withPlacement(true)));
        for (CaseEvent e : more) {
            c = c.withEvent(e);
        }
        return c;
    }

    @Test
    void theDecisionOnSupportAfterEighteenIsDueSixMonthsBeforeTheBirthday() {
        Deadline d = only(on(placed(), "2026-03-21T00:00"), UNGESTOETTE_DECISION_BEFORE_18);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(d.basis()).isEqualTo("Barnets lov § 111, stk. 1");
        assertThat(only(on(placed(), "2026-03-20T23:59"), UNGESTOETTE_DECISION_BEFORE_18).status())
                .isEqualTo(DeadlineStatus.OPEN);
        assertThat(only(on(placed(ev(DECISION_UNGESTOETTE, "2026-03-20T15:00")), "2026-04-01T00:00"),
                UNGESTOETTE_DECISION_BEFORE_18).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(only(on(placed(ev(DECISION_UNGESTOETTE, "2026-03-21T09:00")), "2026-04-01T00:00"),
                UNGESTOETTE_DECISION_BEFORE_18).status()).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void aPlacementEndedBeforeTheDecisionWasDueNeedsNone() {
        Deadline d = only(on(placed(ev(MEASURE_ENDED, "2026-03-19").withPlacement(true)), "2026-04-01T00:00"),
                UNGESTOETTE_DECISION_BEFORE_18);
        assertThat(d.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
    }

    @Test
    void aSupervisionYearRunningPastTheEighteenthBirthdayLapsesThen() {
        List<Deadline> years = all(on(placed(), "2027-02-01T00:00"), SUPERVISION_2_PER_YEAR);
        // Years of the placement: to 2025-01-14, 2026-01-14 (both overdue: no visits), and 2027-01-14, cut at 18.
        assertThat(years).extracting(Deadline::status).containsExactly(DeadlineStatus.OVERDUE,
                DeadlineStatus.OVERDUE, DeadlineStatus.NOT_APPLICABLE);
    }

    @Test
    void followUpsOfTheChildsMeasureLapseAtEighteenButAMeasureBegunAfterItIsFollowedUp() {
        CaseRecord c = placed(ev(FOLLOW_UP, "2026-08-01").withNextPlannedDate(LocalDate.of(2026, 11, 1)),
                ev(MEASURE_STARTED, "2026-10-01"));
        List<Deadline> ds = on(c, "2027-02-01T00:00");
        assertThat(only(ds, FOLLOW_UP_NEXT_PLANNED).status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThat(all(ds, FOLLOW_UP_FIRST)).extracting(Deadline::triggeredBy, Deadline::status)
                .contains(org.assertj.core.groups.Tuple.tuple("/events/3", DeadlineStatus.OVERDUE));
    }
}
