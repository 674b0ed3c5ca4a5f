package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue in {@code ics-validation/RULES.md} is generated from the rules: this test writes the file when
 * it is missing or has drifted, and then fails so the change is seen and committed.
 */
class RuleCatalogueTest {

    private static final Path FILE = Path.of("RULES.md");

    @Test
    void rulesMdMatchesTheBuiltInRules() throws IOException {
        String generated = RuleCatalogue.markdown(IcsValidator.standard());
        String existing = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        if (!generated.equals(existing)) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(existing).as("RULES.md drifted from the rules and was regenerated; review and commit it")
                .isEqualTo(generated);
    }

    @Test
    void everyBuiltInRuleIsInTheCatalogueWithItsBasis() {
        String md = RuleCatalogue.markdown(IcsValidator.standard());
        for (var r : IcsValidator.standard().rules()) {
            String row = md.lines().filter(l -> l.startsWith("| `" + r.code() + "` | " + r.defaultSeverity()))
                    .findFirst().orElseThrow(() -> new AssertionError(r.code() + " has no row"));
            if (r.references().isEmpty()) {
                assertThat(row).contains(r.basis());
            }
            for (var ref : r.references()) {
                assertThat(row).contains(ref.citation() + " (" + ref.consolidation() + "; "
                        + ref.standing().label().in(dk.ics.model.Language.EN));
            }
        }
    }
}
