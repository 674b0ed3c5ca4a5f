package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.messages.CodeLeaks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a caseworker reads: every finding of every broken example document and of every customised template's
 * conformance check names fields by their titles and codes by their labels in Danish, and cites the template.
 */
class DanishMessagesTest {

    private static final Path BROKEN = Path.of("src", "test", "resources", "documents", "broken");
    private static final Path CONFORMANCE = Path.of("src", "test", "resources", "conformance");

    @Test
    void findingsOfBrokenDocumentsReadAsDanishAndCiteTheirTemplate() throws IOException {
        List<Finding> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(BROKEN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                CaseDocument doc = CaseDocument.read(p);
                all.addAll(TemplateRegistry.builtIn().check(doc).findings());
            }
        }
        assertThat(all).hasSizeGreaterThan(10);
        for (Finding f : all) {
            assertThat(CodeLeaks.in(f.message(Language.DA))).as(f.toString() + " / " + f.message(Language.DA))
                    .isEmpty();
            assertThat(f.basis()).startsWith("ICS-skabelonen ");
        }
    }

    @Test
    void conformanceFindingsReadAsDanish() {
        TemplateRegistry registry = TemplateRegistry.builder().addBuiltIns().addFolder(CONFORMANCE).build();
        List<Finding> all = new ArrayList<>();
        for (String id : List.of("bfu-uden-bolig", "bfu-uden-ressourcer-helbred", "bfu-eksempelkommune")) {
            all.addAll(registry.conformance(registry.latest(id)).findings());
        }
        assertThat(all).isNotEmpty();
        for (Finding f : all) {
            assertThat(CodeLeaks.in(f.message(Language.DA))).as(f.message(Language.DA)).isEmpty();
        }
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsTitleAndKeepsItsNameAsArgument() {
        Template bfu = TemplateRegistry.builtIn().latest("bfu");
        assertThat(bfu.fieldTitle("/beskrivelse/perspektiver/barnetsPerspektiv")).hasValue("Barnets perspektiv");
        assertThat(TemplateRegistry.builtIn().latest("barnets-plan").fieldTitle("/maal/3/ansvarlig")).isPresent();
        assertThat(bfu.fieldTitle("/no/such/field")).isEmpty();
    }
}
