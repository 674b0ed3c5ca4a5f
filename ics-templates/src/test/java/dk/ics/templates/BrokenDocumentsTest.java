package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken variant of the example documents gives exactly the one finding its README row names. */
class BrokenDocumentsTest {

    private static final Path BROKEN = Path.of("src", "test", "resources", "documents", "broken");
    private static final Map<String, String> CODES = Map.of(
            "required", "TPL-REQUIRED", "type", "TPL-TYPE", "format", "TPL-FORMAT", "enum", "TPL-ENUM",
            "additionalProperties", "TPL-ADDITIONAL", "minLength", "TPL-EMPTY", "minItems", "TPL-EMPTY",
            "not", "TPL-NOT", "x-ics:DIMENSION_IN_FOCUS", "TPL-SWITCHED-OFF");

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(BROKEN.resolve("README.md"))) {
            if (line.startsWith("| `")) {
                String[] c = line.split("\\|");
                out.add(Arguments.of(strip(c[1]), strip(c[2]), strip(c[3]), strip(c[4]), strip(c[5])));
            }
        }
        return out.stream();
    }

    private static String strip(String cell) {
        return cell.trim().replace("`", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachBrokenVariantGivesExactlyItsOneFinding(String file, String status, String keyword, String pointer,
            String severity) {
        CaseDocument doc = CaseDocument.read(BROKEN.resolve(file));
        assertThat(doc.status()).isEqualTo(DocumentStatus.valueOf(status));
        FindingReport report = TemplateRegistry.builtIn().check(doc);
        assertThat(report.findings()).as(report.render(Language.EN)).hasSize(1);
        Finding f = report.findings().get(0);
        assertThat(f.code()).isEqualTo(CODES.get(keyword));
        assertThat(f.pointer()).isEqualTo(pointer);
        assertThat(f.severity()).isEqualTo(Severity.valueOf(severity));
        assertThat(f.message(Language.DA)).isNotBlank().isNotEqualTo(f.message(Language.EN));
    }
}
