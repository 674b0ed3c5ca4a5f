package dk.ics.test;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.messages.CodeLeaks;
import org.junit.jupiter.api.Test;

/**
 * What a vendor's screen shows: every finding of every broken variant, rule or template constraint, reads as Danish
 * (no code, camelCase identifier or English field name in the Danish message) and has a basis to cite.
 */
class DanishMessagesTest {

    @Test
    void everyFindingOfEveryBrokenVariantReadsAsDanishAndCitesItsBasis() {
        BrokenVariants.all().forEach((code, v) -> {
            for (Finding f : v.fixture().validate().findings()) {
                assertThat(CodeLeaks.in(f.message(Language.DA))).as(code + ": " + f + " / " + f.message(Language.DA))
                        .isEmpty();
                assertThat(f.basis()).as(code + ": " + f).isNotBlank();
            }
        });
    }
}
