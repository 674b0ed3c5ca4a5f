package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.casework.DeadlineCalculator;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The deadline rules ask the validator's calculator, unless the case context brings its own. */
class ValidatorCalculatorTest {

    /** A notification about abuse received 2025-02-03 09:40, with the talk with the child two days later. */
    private static dk.ics.templates.CaseDocument talkAfterTwoDays() {
        ObjectNode doc = Cases.example("underretning.json");
        doc.put("omhandlerOvergreb", true);
        doc.put("samtaleMedBarnet", "2025-02-05");
        return Cases.document(doc, "underretning.json");
    }

    @Test
    void theValidatorsCalculatorSetsTheTimeForTheTalkWithTheChild() {
        CaseContext on = CaseContext.on(LocalDate.of(2025, 2, 10));
        assertThat(Cases.ruleCodes(IcsValidator.standard().validate(talkAfterTwoDays(), on)))
                .containsExactly("ICS-UND-002");
        IcsValidator threeDays = IcsValidator.builder().deadlineCalculator(DeadlineCalculator.builder()
                .childTalkWithin(Duration.ofDays(3)).build()).build();
        assertThat(Cases.ruleCodes(threeDays.validate(talkAfterTwoDays(), on))).isEmpty();
    }

    @Test
    void aContextsOwnCalculatorWins() {
        CaseContext own = CaseContext.builder(LocalDate.of(2025, 2, 10)).deadlineCalculator(DeadlineCalculator
                .builder().childTalkWithin(Duration.ofDays(3)).build()).build();
        assertThat(Cases.ruleCodes(IcsValidator.standard().validate(talkAfterTwoDays(), own))).isEmpty();
    }
}
