package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.barnetsLov;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.CaseFixtures.sel;
import static dk.ics.model.casework.CaseFixtures.status;
import static dk.ics.model.casework.DeadlineRule.BFU_4_MONTHS;
import static dk.ics.model.casework.DeadlineRule.BFU_PRELIMINARY_ASSESSMENT_4_MONTHS;
import static dk.ics.model.casework.EventType.BFU_FINISHED;
import static dk.ics.model.casework.EventType.BFU_STARTED;
import static dk.ics.model.casework.EventType.NEED_KNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvestigationDeadlineTest {

    private static final CaseEvent NEED = ev(NEED_KNOWN, "2024-01-31T14:00");

    @Test
    void theInvestigationIsDueAtTheEndOfTheDayFourMonthsLater() {
        Deadline d = only(on(barnetsLov(NEED), "2024-02-01T00:00"), BFU_4_MONTHS);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(d.due().toLocalTime().getHour()).isEqualTo(23);
        assertThat(d.basis()).isEqualTo("Barnets lov § 20, stk. 3");
        assertThat(d.step()).isEqualTo(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE);
    }

    @Test
    void theLastDayOfTheFourMonthsCountsInFull() {
        CaseRecord open = barnetsLov(NEED);
        assertThat(status(open, "2024-05-31T23:59", BFU_4_MONTHS)).isEqualTo(DeadlineStatus.OPEN);
        assertThat(status(open, "2024-06-01T00:00", BFU_4_MONTHS)).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(status(barnetsLov(NEED, ev(BFU_STARTED, "2024-02-05"), ev(BFU_FINISHED, "2024-05-31T23:00")),
                "2024-07-01T00:00", BFU_4_MONTHS)).isEqualTo(DeadlineStatus.MET);
        assertThat(status(barnetsLov(NEED, ev(BFU_STARTED, "2024-02-05"), ev(BFU_FINISHED, "2024-06-01T00:30")),
                "2024-07-01T00:00", BFU_4_MONTHS)).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void aShortTargetMonthEndsOnItsLastDay() {
        assertThat(only(on(barnetsLov(ev(NEED_KNOWN, "2023-10-31T10:00")), "2023-11-01T00:00"), BFU_4_MONTHS)
                .due().toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(only(on(barnetsLov(ev(NEED_KNOWN, "2024-10-31T10:00")), "2024-11-01T00:00"), BFU_4_MONTHS)
                .due().toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void withoutNeedKnownTheClockRunsFromTheStartOfTheInvestigation() {
        Deadline d = only(on(barnetsLov(ev(BFU_STARTED, "2024-02-10")), "2024-02-11T00:00"), BFU_4_MONTHS);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(d.triggeredBy()).isEqualTo("/events/0");
    }

    @Test
    void thePreliminaryAssessmentIsNeededOnlyWhenTheInvestigationIsNotFinishedInTime() {
        CaseRecord inTime = barnetsLov(NEED, ev(BFU_STARTED, "2024-02-05"), ev(BFU_FINISHED, "2024-05-01"));
        assertThat(status(inTime, "2024-07-01T00:00", BFU_PRELIMINARY_ASSESSMENT_4_MONTHS))
                .isEqualTo(DeadlineStatus.NOT_APPLICABLE);

        CaseRecord running = barnetsLov(NEED, ev(BFU_STARTED, "2024-02-05"));
        assertThat(status(running, "2024-05-01T00:00", BFU_PRELIMINARY_ASSESSMENT_4_MONTHS))
                .isEqualTo(DeadlineStatus.OPEN);
        assertThat(status(running, "2024-06-02T00:00", BFU_PRELIMINARY_ASSESSMENT_4_MONTHS))
                .isEqualTo(DeadlineStatus.OVERDUE);

        CaseRecord assessed = barnetsLov(NEED, ev(BFU_STARTED, "2024-02-05"),
                ev(EventType.BFU_PRELIMINARY_ASSESSMENT, "2024-05-28"), ev(BFU_FINISHED, "2024-07-15"));
        assertThat(status(assessed, "2024-08-01T00:00", BFU_PRELIMINARY_ASSESSMENT_4_MONTHS))
                .isEqualTo(DeadlineStatus.MET);
        assertThat(status(assessed, "2024-08-01T00:00", BFU_4_MONTHS)).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void underServicelovenTheBasisIsSection50() {
        Deadline d = only(on(sel(ev(NEED_KNOWN, "2023-01-31T10:00")), "2023-02-01T00:00"), BFU_4_MONTHS);
        assertThat(d.basis()).isEqualTo("Serviceloven § 50");
        assertThat(d.reference().standing()).isEqualTo(dk.ics.model.law.Standing.SECONDARY);
        assertThat(d.due().toLocalDate()).isEqualTo(LocalDate.of(2023, 5, 31));
    }
}
