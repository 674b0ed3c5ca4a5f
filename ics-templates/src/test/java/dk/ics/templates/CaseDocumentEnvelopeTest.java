package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document's template id is shown in messages and in toString(), so it is refused when it could hold a CPR number. */
class CaseDocumentEnvelopeTest {

    private static String document(String templateId) {
        return "{\"template\": {\"id\": \"" + templateId + "\", \"version\": \"1.0.0\"}, \"status\": \"DRAFT\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"1207094321", "barn-120709", "x1207094321y", "cpr-120709-4321"})
    void aTemplateIdWithARunOfSixDigitsIsRefusedWithoutBeingShown(String id) {
        assertThatThrownBy(() -> CaseDocument.parse(document(id)))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/template/id");
                    assertThat(e.getMessage()).doesNotContain("120709").contains("six or more digits");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfu", "partner-skole", "bfu-2024", "plan-12345"})
    void aTemplateIdWithShorterDigitRunsIsRead(String id) {
        assertThat(CaseDocument.parse(document(id)).templateRef().id()).isEqualTo(id);
        assertThat(CaseDocument.parse(document(id))).hasToString("CaseDocument[" + id + "@1.0.0, DRAFT]");
    }
}
