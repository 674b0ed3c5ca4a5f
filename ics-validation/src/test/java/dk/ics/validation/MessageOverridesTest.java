package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Language;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** A vendor can word the rules' messages its own way, in both languages, without forking the bundles. */
class MessageOverridesTest {

    private static ValidationReport withoutChildPerspective(IcsValidator v) {
        ObjectNode doc = Cases.example("bfu.json");
        ((ObjectNode) doc.at("/beskrivelse/perspektiver")).remove("barnetsPerspektiv");
        return v.validate(Cases.document(doc, "bfu.json"), CaseContext.on(LocalDate.of(2025, 5, 27)));
    }

    @Test
    void anOverriddenMessageIsUsedInBothLanguagesAndTheOthersStay() {
        IcsValidator v = IcsValidator.builder().messages(
                Map.of("ICS-BFU-006.missing", "Husk barnets egne ord."),
                Map.of("ICS-BFU-006.missing", "Remember the child's own words.")).build();
        var f = withoutChildPerspective(v).withCode("ICS-BFU-006").get(0);
        assertThat(f.message(Language.DA)).isEqualTo("Husk barnets egne ord.");
        assertThat(f.message(Language.EN)).isEqualTo("Remember the child's own words.");
        assertThat(withoutChildPerspective(IcsValidator.standard()).withCode("ICS-BFU-006").get(0)
                .message(Language.DA)).startsWith("Barnets perspektiv mangler");
    }

    @Test
    void anUnknownKeyIsRefusedWhenTheValidatorIsBuilt() {
        assertThatThrownBy(() -> IcsValidator.builder().messages(Map.of("ICS-NO-SUCH.missing", "x"), Map.of())
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ICS-NO-SUCH.missing");
    }
}
