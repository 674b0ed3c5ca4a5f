package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.barnetsLov;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.CaseFixtures.sel;
import static dk.ics.model.casework.DeadlineRule.NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS;
import static dk.ics.model.casework.EventType.NOTIFICATION_RECEIVED;
import static dk.ics.model.casework.EventType.NOTIFIER_ACKNOWLEDGED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayDeadlineTest {

    private static Deadline acknowledgement(CaseRecord c, String on) {
        return only(on(c, on), NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS);
    }

    private static CaseEvent fromProfessional(String at) {
        return ev(NOTIFICATION_RECEIVED, at).withProfessionalNotifier(true);
    }

    @Test
    void easterPushesTheAcknowledgementPastTheHolidays() {
        // Received Wednesday before Easter 2024; Skærtorsdag to 2. påskedag are closed.
        CaseEvent received = fromProfessional("2024-03-27T09:00");
        Deadline d = acknowledgement(barnetsLov(received), "2024-03-27T10:00");
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 9));
        assertThat(d.wholeDay()).isTrue();
        assertThat(d.formattedDue()).isEqualTo("2024-04-09");
        assertThat(acknowledgement(barnetsLov(received, ev(NOTIFIER_ACKNOWLEDGED, "2024-04-09T16:00")),
                "2024-04-20T00:00").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(acknowledgement(barnetsLov(received, ev(NOTIFIER_ACKNOWLEDGED, "2024-04-10T08:00")),
                "2024-04-20T00:00").status()).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void ascensionDayIsSkipped() {
        Deadline d = acknowledgement(barnetsLov(fromProfessional("2024-05-06T09:00")), "2024-05-06T10:00");
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 15));
    }

    @Test
    void storeBededagCountedIn2023ButNotIn2024() {
        Deadline in2023 = acknowledgement(sel(fromProfessional("2023-05-01T09:00")), "2023-05-01T10:00");
        assertThat(in2023.due().toLocalDate()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(in2023.basis()).isEqualTo("Serviceloven § 155 b, stk. 1");
        Deadline in2024 = acknowledgement(barnetsLov(fromProfessional("2024-04-22T09:00")), "2024-04-22T10:00");
        assertThat(in2024.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void theWholeLastWorkingDayCounts() {
        CaseRecord c = barnetsLov(fromProfessional("2024-03-04T09:00"));
        assertThat(acknowledgement(c, "2024-03-12T23:59").status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(acknowledgement(c, "2024-03-13T00:00").status()).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void aNotificationFromSomeoneElseNeedsNoAcknowledgement() {
        Deadline d = acknowledgement(barnetsLov(ev(NOTIFICATION_RECEIVED, "2024-03-04T09:00")), "2024-04-01T00:00");
        assertThat(d.status()).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        assertThat(d.dueTime()).isEmpty();
    }

    @Test
    void aVendorCalendarIsUsed() {
        WorkingDayCalendar everyDay = date -> true;
        DeadlineCalculator calc = DeadlineCalculator.builder().calendar(everyDay).build();
        Deadline d = only(calc.deadlines(barnetsLov(fromProfessional("2024-03-27T09:00")),
                LocalDate.of(2024, 3, 27)), NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 2));
    }
}
