package dk.ics.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.child.Child;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseEventOrderTest {

    private static final Child CHILD = Child.born("barn-x", LocalDate.of(2015, 3, 1));

    private static CaseRecord caseOf(CaseEvent... events) {
        return CaseRecord.of("sag-x", CHILD, List.of(events));
    }

    @Test
    void anAssessmentBeforeTheNotificationIsRefusedNamingBothEvents() {
        assertThatThrownBy(() -> caseOf(
                CaseEvent.of(EventType.NOTIFICATION_ASSESSED, "2024-03-01T09:00"),
                CaseEvent.of(EventType.NOTIFICATION_RECEIVED, "2024-03-01T10:00")))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/events/0");
                    assertThat(e.reason()).contains("NOTIFICATION_ASSESSED at /events/0")
                            .contains("NOTIFICATION_RECEIVED at /events/1").doesNotContain("2024");
                });
    }

    @Test
    void aBfuFinishedBeforeItStartedIsRefused() {
        assertThatThrownBy(() -> caseOf(
                CaseEvent.of(EventType.NEED_KNOWN, "2024-01-10"),
                CaseEvent.of(EventType.BFU_STARTED, "2024-02-01"),
                CaseEvent.of(EventType.CHILD_TALK, "2024-02-03"),
                CaseEvent.of(EventType.BFU_FINISHED, "2024-01-20")))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/events/3");
                    assertThat(e.reason()).contains("BFU_FINISHED").contains("BFU_STARTED at /events/1");
                });
    }

    @Test
    void aBfuStartedBeforeTheNeedWasKnownIsRefused() {
        assertThatThrownBy(() -> caseOf(
                CaseEvent.of(EventType.BFU_STARTED, "2024-01-01"),
                CaseEvent.of(EventType.NEED_KNOWN, "2024-01-10")))
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/events/0"));
    }

    @Test
    void aMeasureEndedBeforeAMeasureOfTheSameKindStartedIsRefused() {
        assertThatThrownBy(() -> caseOf(
                CaseEvent.of(EventType.MEASURE_STARTED, "2024-01-01"),
                CaseEvent.of(EventType.MEASURE_STARTED, "2024-06-01").withPlacement(true),
                CaseEvent.of(EventType.MEASURE_ENDED, "2024-03-01").withPlacement(true)))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/events/2");
                    assertThat(e.reason()).contains("MEASURE_STARTED at /events/1");
                });
    }

    @Test
    void anAcknowledgementBeforeTheNotificationIsRefused() {
        assertThatThrownBy(() -> caseOf(
                CaseEvent.of(EventType.NOTIFIER_ACKNOWLEDGED, "2024-03-01"),
                CaseEvent.of(EventType.NOTIFICATION_RECEIVED, "2024-03-02T08:00")))
                .isInstanceOf(IcsInvalidDataException.class);
    }

    @Test
    void eventsListedOutOfOrderButDatedSensiblyAreAccepted() {
        CaseRecord c = caseOf(
                CaseEvent.of(EventType.NOTIFICATION_ASSESSED, "2024-03-01T12:00"),
                CaseEvent.of(EventType.MEASURE_ENDED, "2024-09-01"),
                CaseEvent.of(EventType.NOTIFICATION_RECEIVED, "2024-03-01T10:00"),
                CaseEvent.of(EventType.MEASURE_STARTED, "2024-04-01"));
        assertThat(c.events()).hasSize(4);
        assertThat(c.startDate()).contains(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aNextFollowUpPlannedBeforeTheFollowUpIsRefused() {
        assertThatThrownBy(() -> CaseEvent.of(EventType.FOLLOW_UP, "2024-05-01")
                .withNextPlannedDate(LocalDate.of(2024, 4, 1)))
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/nextPlannedDate"));
    }

    @Test
    void theRegimeIsChosenByTheStartDateUnlessGiven() {
        CaseEvent dec2023 = CaseEvent.of(EventType.NOTIFICATION_RECEIVED, "2023-12-31T23:30");
        assertThat(caseOf(dec2023).regime()).isEqualTo(LegalRegime.SEL);
        assertThat(caseOf(CaseEvent.of(EventType.NOTIFICATION_RECEIVED, "2024-01-01T00:10")).regime())
                .isEqualTo(LegalRegime.BARNETS_LOV);
        assertThat(new CaseRecord("s", CHILD, null, LocalDate.of(2024, 1, 1), List.of(dec2023)).regime())
                .as("opened wins over the earliest event").isEqualTo(LegalRegime.BARNETS_LOV);
        assertThat(caseOf(dec2023).withRegime(LegalRegime.BARNETS_LOV).regime()).isEqualTo(LegalRegime.BARNETS_LOV);
    }

    @Test
    void toStringShowsNoIdOrDate() {
        CaseRecord c = caseOf(CaseEvent.of(EventType.NOTIFICATION_RECEIVED, "2024-03-01T10:00"));
        assertThat(c.toString()).doesNotContain("sag-x").doesNotContain("barn-x").doesNotContain("2024");
        assertThat(c.events().get(0).toString()).doesNotContain("2024");
    }

    @Test
    void aCaseIdHoldingACprNumberIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> CaseRecord.of("sag-150610-4321", CHILD, List.of()))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/id");
                    assertThat(e.getMessage()).doesNotContain("150610");
                });
    }
}
