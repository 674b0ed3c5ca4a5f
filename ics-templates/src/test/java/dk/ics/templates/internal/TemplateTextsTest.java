package dk.ics.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.LocalizedText;
import dk.ics.model.messages.CodeLeaks;
import dk.ics.templates.Role;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's own texts read as Danish: no code, identifier or English field name in a Danish message or label. */
class TemplateTextsTest {

    private static final List<LocalizedText> PLACEHOLDERS = Collections.nCopies(6, new LocalizedText("…", "…"));

    @Test
    void noDanishMessageTextHoldsACodeOrAnIdentifier() {
        for (String key : Messages.keys()) {
            String da = Messages.render(key, PLACEHOLDERS).da();
            assertThat(CodeLeaks.in(da)).as(key + ": " + da).isEmpty();
        }
    }

    @Test
    void everyRoleHasADanishLabelThatReadsAsDanish() {
        for (Role r : Role.values()) {
            assertThat(Fields.hasLabel(r)).as(r.code()).isTrue();
            assertThat(CodeLeaks.in(r.label().da())).as(r.code()).isEmpty();
            assertThat(r.label().da()).isNotEqualTo(r.label().en());
        }
    }

    @Test
    void everyCodeOfARoleHasALabel() {
        for (Role r : Role.values()) {
            for (String code : r.codes()) {
                assertThat(Fields.codeLabel(r, code)).as(r + "." + code).isPresent()
                        .hasValueSatisfying(l -> assertThat(CodeLeaks.in(l.da())).isEmpty());
            }
        }
    }
}
