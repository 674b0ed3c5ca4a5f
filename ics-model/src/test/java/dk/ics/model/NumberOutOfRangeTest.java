package dk.ics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.casework.CaseRecords;
import org.junit.jupiter.api.Test;

/** A number Jackson cannot hold (found by fuzzing) is a parse error at its pointer that does not quote it. */
class NumberOutOfRangeTest {

    @Test
    void aNumberWithAnExponentBeyondBigDecimalIsAParseErrorThatDoesNotQuoteIt() {
        assertThatThrownBy(() -> CaseRecords.parse("{\"id\": [1, 9999E999999969999999]}"))
                .isInstanceOfSatisfying(IcsParseException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/id/1");
                    assertThat(e.getMessage()).contains("number out of range").doesNotContain("9999E");
                });
    }

    @Test
    void aNumberTooLargeForItsFieldIsInvalidDataAtItsPointerThatDoesNotQuoteIt() {
        String json = "{\"id\": \"sag-1\", \"child\": {\"id\": \"barn-1\"}, \"opened\": \"2024-02-01\","
                + " \"events\": [{\"type\": 99999999999, \"at\": \"2024-02-01\"}]}";
        assertThatThrownBy(() -> CaseRecords.parse(json))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/events/0/type");
                    assertThat(e.getMessage()).contains("out of range").doesNotContain("99999999999");
                });
    }
}
