package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.all;
import static dk.ics.model.casework.CaseFixtures.barnetsLov;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.CaseFixtures.sel;
import static dk.ics.model.casework.DeadlineRule.FOLLOW_UP_EVERY_6_MONTHS;
import static dk.ics.model.casework.DeadlineRule.FOLLOW_UP_FIRST;
import static dk.ics.model.casework.DeadlineRule.FOLLOW_UP_NEXT_PLANNED;
import static dk.ics.model.casework.EventType.BFU_FINISHED;
import static dk.ics.model.casework.EventType.BFU_STARTED;
import static dk.ics.model.casework.EventType.FOLLOW_UP;
import static dk.ics.model.casework.EventType.MEASURE_ENDED;
import static dk.ics.model.casework.EventType.MEASURE_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpDeadlineTest {

    private static final CaseEvent MEASURE = ev(MEASURE_STARTED, "2024-03-01");

    @Test
    void underBarnetsLovTheFirstFollowUpIsDueThreeMonthsAfterTheMeasureBegan() {
        Deadline d = only(on(barnetsLov(MEASURE), "2024-03-02T00:00"), FOLLOW_UP_FIRST);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(d.basis()).isEqualTo("Barnets lov § 95, stk. 2");
        assertThat(only(on(barnetsLov(MEASURE, ev(FOLLOW_UP, "2024-05-30")), "2024-07-01T00:00"), FOLLOW_UP_FIRST)
                .status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void underBarnetsLovAParallelInvestigationFinishedEarlierBringsTheFirstFollowUpForward() {
        CaseRecord c = barnetsLov(ev(BFU_STARTED, "2024-02-01"), MEASURE, ev(BFU_FINISHED, "2024-04-15T12:00"),
                ev(FOLLOW_UP, "2024-05-30"));
        Deadline d = only(on(c, "2024-07-01T00:00"), FOLLOW_UP_FIRST);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(d.status()).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void underBarnetsLovTheNextFollowUpIsDueOnThePlannedDate() {
        CaseRecord c = barnetsLov(MEASURE,
                ev(FOLLOW_UP, "2024-05-30").withNextPlannedDate(LocalDate.of(2024, 11, 30)));
        Deadline next = only(on(c, "2024-12-01T08:00"), FOLLOW_UP_NEXT_PLANNED);
        assertThat(next.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(next.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(next.triggeredBy()).isEqualTo("/events/1");
        CaseRecord held = c.withEvent(ev(FOLLOW_UP, "2024-11-28"));
        assertThat(only(on(held, "2024-12-01T08:00"), FOLLOW_UP_NEXT_PLANNED).metByPointer()).isEqualTo("/events/2");
    }

    @Test
    void underServicelovenFollowUpsComeWithinThreeMonthsThenAtLeastEverySixMonths() {
        CaseRecord c = sel(ev(MEASURE_STARTED, "2023-03-01"), ev(FOLLOW_UP, "2023-05-15"),
                ev(FOLLOW_UP, "2023-11-20"));
        List<Deadline> ds = on(c, "2024-03-01T00:00");
        Deadline first = only(ds, FOLLOW_UP_FIRST);
        assertThat(first.due().toLocalDate()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(first.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(first.basis()).isEqualTo("Serviceloven § 70");
        List<Deadline> every6 = all(ds, FOLLOW_UP_EVERY_6_MONTHS);
        // The follow-up of 2023-11-20 was held under Serviceloven: its successor keeps the 6 months though due in 2024.
        assertThat(every6).extracting(d -> d.due().toLocalDate())
                .containsExactly(LocalDate.of(2023, 11, 15), LocalDate.of(2024, 5, 20));
        assertThat(every6).extracting(Deadline::status)
                .containsExactly(DeadlineStatus.MET_LATE, DeadlineStatus.OPEN);
        assertThat(ds).extracting(Deadline::rule).doesNotContain(FOLLOW_UP_NEXT_PLANNED);
    }

    @Test
    void aMeasureThatEndedBeforeItsFirstFollowUpNeedsNone() {
        CaseRecord c = barnetsLov(MEASURE, ev(MEASURE_ENDED, "2024-04-15"));
        assertThat(only(on(c, "2024-07-01T00:00"), FOLLOW_UP_FIRST).status())
                .isEqualTo(DeadlineStatus.NOT_APPLICABLE);
    }

    @Test
    void underBarnetsLovAParallelAfdaekningFinishedEarlierBringsTheFirstFollowUpForward() {
        CaseRecord c = barnetsLov(MEASURE, ev(EventType.AFDAEKNING, "2024-04-10T12:00"), ev(FOLLOW_UP, "2024-04-10"));
        Deadline d = only(on(c, "2024-07-01T00:00"), FOLLOW_UP_FIRST);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
        CaseRecord late = barnetsLov(MEASURE, ev(EventType.AFDAEKNING, "2024-04-10T12:00"), ev(FOLLOW_UP, "2024-04-11"));
        assertThat(only(on(late, "2024-07-01T00:00"), FOLLOW_UP_FIRST).status()).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void anAfdaekningBeforeTheMeasureBeganIsNotParallel() {
        CaseRecord c = barnetsLov(ev(EventType.AFDAEKNING, "2024-02-20"), MEASURE);
        assertThat(only(on(c, "2024-03-02T00:00"), FOLLOW_UP_FIRST).due().toLocalDate())
                .isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void aLateFirstFollowUpStaysLateAtEveryLaterReference() {
        CaseRecord c = barnetsLov(MEASURE, ev(FOLLOW_UP, "2024-06-02").withNextPlannedDate(LocalDate.of(2024, 12, 1)),
                ev(FOLLOW_UP, "2024-11-30"));
        for (String on : List.of("2024-06-02T12:00", "2024-12-01T00:00", "2027-01-01T00:00")) {
            Deadline first = only(on(c, on), FOLLOW_UP_FIRST);
            assertThat(first.status()).as(on).isEqualTo(DeadlineStatus.MET_LATE);
            assertThat(first.metByPointer()).as(on).isEqualTo("/events/1");
        }
    }
}
