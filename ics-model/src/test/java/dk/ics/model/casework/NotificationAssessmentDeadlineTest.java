package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.barnetsLov;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.CaseFixtures.sel;
import static dk.ics.model.casework.CaseFixtures.status;
import static dk.ics.model.casework.DeadlineRule.NOTIFICATION_ASSESSMENT_24H;
import static dk.ics.model.casework.EventType.NOTIFICATION_ASSESSED;
import static dk.ics.model.casework.EventType.NOTIFICATION_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class NotificationAssessmentDeadlineTest {

    private static final CaseEvent RECEIVED = ev(NOTIFICATION_RECEIVED, "2024-03-05T10:15");

    @Test
    void dueTwentyFourHoursAfterReceipt() {
        Deadline d = only(on(barnetsLov(RECEIVED), "2024-03-05T12:00"), NOTIFICATION_ASSESSMENT_24H);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2024-03-06T10:15"));
        assertThat(d.wholeDay()).isFalse();
        assertThat(d.formattedDue()).isEqualTo("2024-03-06 10:15");
        assertThat(d.basis()).isEqualTo("Barnets lov § 136");
        assertThat(d.step()).isEqualTo(CaseStep.UNDERRETNING);
        assertThat(d.triggeredBy()).isEqualTo("/events/0");
    }

    @Test
    void oneMinuteBeforeTheDueTimeItIsOpenAndOneMinuteAfterItIsOverdue() {
        CaseRecord c = barnetsLov(RECEIVED);
        assertThat(status(c, "2024-03-06T10:14", NOTIFICATION_ASSESSMENT_24H)).isEqualTo(DeadlineStatus.OPEN);
        assertThat(status(c, "2024-03-06T10:15", NOTIFICATION_ASSESSMENT_24H)).isEqualTo(DeadlineStatus.OPEN);
        assertThat(status(c, "2024-03-06T10:16", NOTIFICATION_ASSESSMENT_24H)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void anAssessmentOneMinuteBeforeIsInTimeAndOneMinuteAfterIsLate() {
        CaseRecord inTime = barnetsLov(RECEIVED, ev(NOTIFICATION_ASSESSED, "2024-03-06T10:14"));
        CaseRecord late = barnetsLov(RECEIVED, ev(NOTIFICATION_ASSESSED, "2024-03-06T10:16"));
        Deadline met = only(on(inTime, "2024-03-10T00:00"), NOTIFICATION_ASSESSMENT_24H);
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.metByPointer()).isEqualTo("/events/1");
        assertThat(met.metByEvent()).contains(inTime.events().get(1));
        assertThat(status(late, "2024-03-10T00:00", NOTIFICATION_ASSESSMENT_24H)).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void acrossTheSpringChangeTwentyFourHoursEndOneHourLaterOnTheClock() {
        // Summer time began 31 March 2024 at 02:00: 24 elapsed hours from 10:00 CET end at 11:00 CEST.
        CaseEvent received = ev(NOTIFICATION_RECEIVED, "2024-03-30T10:00");
        Deadline d = only(on(barnetsLov(received), "2024-03-30T12:00"), NOTIFICATION_ASSESSMENT_24H);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2024-03-31T11:00"));
        CaseRecord at1030 = barnetsLov(received, ev(NOTIFICATION_ASSESSED, "2024-03-31T10:30"));
        CaseRecord at1101 = barnetsLov(received, ev(NOTIFICATION_ASSESSED, "2024-03-31T11:01"));
        assertThat(status(at1030, "2024-04-02T00:00", NOTIFICATION_ASSESSMENT_24H)).isEqualTo(DeadlineStatus.MET);
        assertThat(status(at1101, "2024-04-02T00:00", NOTIFICATION_ASSESSMENT_24H))
                .isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void acrossTheAutumnChangeTwentyFourHoursEndOneHourEarlierOnTheClock() {
        // Summer time ended 27 October 2024 at 03:00: 24 elapsed hours from 10:00 CEST end at 09:00 CET.
        CaseEvent received = ev(NOTIFICATION_RECEIVED, "2024-10-26T10:00");
        Deadline d = only(on(barnetsLov(received), "2024-10-26T12:00"), NOTIFICATION_ASSESSMENT_24H);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2024-10-27T09:00"));
        assertThat(status(barnetsLov(received), "2024-10-27T09:30", NOTIFICATION_ASSESSMENT_24H))
                .isEqualTo(DeadlineStatus.OVERDUE);
        CaseRecord at0930 = barnetsLov(received, ev(NOTIFICATION_ASSESSED, "2024-10-27T09:30"));
        assertThat(status(at0930, "2024-10-28T00:00", NOTIFICATION_ASSESSMENT_24H))
                .isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void underServicelovenTheBasisIsSection155() {
        CaseRecord c = sel(ev(NOTIFICATION_RECEIVED, "2023-03-05T10:15"));
        assertThat(only(on(c, "2023-03-05T12:00"), NOTIFICATION_ASSESSMENT_24H).basis())
                .isEqualTo("Serviceloven § 155");
    }

    @Test
    void eachNotificationHasItsOwnDeadline() {
        CaseRecord c = barnetsLov(RECEIVED, ev(NOTIFICATION_ASSESSED, "2024-03-05T15:00"),
                ev(NOTIFICATION_RECEIVED, "2024-04-01T09:00"));
        var deadlines = CaseFixtures.all(on(c, "2024-04-03T09:00"), NOTIFICATION_ASSESSMENT_24H);
        assertThat(deadlines).extracting(Deadline::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.OVERDUE);
    }
}
