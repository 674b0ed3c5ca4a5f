package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.barnetsLov;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.CaseFixtures.status;
import static dk.ics.model.casework.DeadlineRule.BFU_4_MONTHS;
import static dk.ics.model.casework.DeadlineRule.CHILD_TALK_ABUSE;
import static dk.ics.model.casework.DeadlineRule.NOTIFICATION_ASSESSMENT_24H;
import static dk.ics.model.casework.EventType.CASE_CLOSED;
import static dk.ics.model.casework.EventType.CHILD_TALK;
import static dk.ics.model.casework.EventType.NEED_KNOWN;
import static dk.ics.model.casework.EventType.NOTIFICATION_ASSESSED;
import static dk.ics.model.casework.EventType.NOTIFICATION_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Language;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineStatusTest {

    private static final CaseEvent ABUSE = ev(NOTIFICATION_RECEIVED, "2024-03-05T10:00").withConcernsAbuse(true);

    @Test
    void eachStatusIsReachable() {
        assertThat(status(barnetsLov(ABUSE), "2024-03-05T12:00", CHILD_TALK_ABUSE)).isEqualTo(DeadlineStatus.OPEN);
        assertThat(status(barnetsLov(ABUSE, ev(CHILD_TALK, "2024-03-06T09:00")), "2024-03-07T00:00",
                CHILD_TALK_ABUSE)).isEqualTo(DeadlineStatus.MET);
        assertThat(status(barnetsLov(ABUSE, ev(CHILD_TALK, "2024-03-06T11:00")), "2024-03-07T00:00",
                CHILD_TALK_ABUSE)).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(status(barnetsLov(ABUSE), "2024-03-07T00:00", CHILD_TALK_ABUSE))
                .isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(status(barnetsLov(ev(NOTIFICATION_RECEIVED, "2024-03-05T10:00")), "2024-03-07T00:00",
                CHILD_TALK_ABUSE)).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
    }

    @Test
    void theTimeForTheChildTalkIsASetting() {
        DeadlineCalculator week = DeadlineCalculator.builder().childTalkWithin(Duration.ofDays(7)).build();
        Deadline d = only(week.deadlines(barnetsLov(ABUSE), LocalDateTime.parse("2024-03-07T00:00")),
                CHILD_TALK_ABUSE);
        assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(d.due().toLocalDate()).hasToString("2024-03-12");
        assertThat(d.basis()).isEqualTo("Barnets lov § 137, stk. 3");
    }

    @Test
    void eventsAfterTheReferenceTimeAreNotYetKnown() {
        CaseRecord c = barnetsLov(ABUSE, ev(NOTIFICATION_ASSESSED, "2024-03-05T15:00"));
        assertThat(status(c, "2024-03-05T14:00", NOTIFICATION_ASSESSMENT_24H)).isEqualTo(DeadlineStatus.OPEN);
        assertThat(status(c, "2024-03-05T15:00", NOTIFICATION_ASSESSMENT_24H)).isEqualTo(DeadlineStatus.MET);
        assertThat(on(c, "2024-03-01T00:00")).isEmpty();
    }

    @Test
    void closingTheCaseLapsesDeadlinesThatWouldFallDueLater() {
        CaseRecord c = barnetsLov(ev(NEED_KNOWN, "2024-01-10"), ev(CASE_CLOSED, "2024-02-01"));
        assertThat(status(c, "2024-06-01T00:00", BFU_4_MONTHS)).isEqualTo(DeadlineStatus.NOT_APPLICABLE);
        CaseRecord missed = barnetsLov(ev(NOTIFICATION_RECEIVED, "2024-01-10T09:00"), ev(CASE_CLOSED, "2024-02-01"));
        assertThat(status(missed, "2024-06-01T00:00", NOTIFICATION_ASSESSMENT_24H))
                .as("missed while the case was open").isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void deadlinesAreOrderedByDueTimeAndCarryLabelsInBothLanguages() {
        CaseRecord c = barnetsLov(ev(NEED_KNOWN, "2024-03-01"), ABUSE.withProfessionalNotifier(true));
        List<Deadline> ds = on(c, "2024-03-05T12:00");
        assertThat(ds).extracting(Deadline::code).containsExactly("NOTIFICATION_ASSESSMENT_24H",
                "CHILD_TALK_ABUSE", "NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS", "BFU_4_MONTHS",
                "BFU_PRELIMINARY_ASSESSMENT_4_MONTHS");
        Deadline first = ds.get(0);
        assertThat(first.label(Language.DA)).isEqualTo("Vurdering af underretningen inden for 24 timer");
        assertThat(first.label(Language.EN)).isEqualTo("Assess the notification within 24 hours");
        assertThat(first.status().label().in(Language.DA)).isEqualTo("Åben");
        assertThat(first.toString()).doesNotContain("2024");
    }

    @Test
    void everyRuleHasALabelInBothLanguages() {
        for (DeadlineRule rule : DeadlineRule.values()) {
            assertThat(rule.label().da()).isNotBlank();
            assertThat(rule.label().en()).isNotBlank().isNotEqualTo(rule.label().da());
            assertThat(rule.appliesTo(LegalRegime.SEL) || rule.appliesTo(LegalRegime.BARNETS_LOV)).isTrue();
        }
    }
}
