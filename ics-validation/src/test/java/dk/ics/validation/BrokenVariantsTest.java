package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.templates.CaseDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The templates module's broken variants (one schema-level thing broken each) through the whole validator: the
 * report holds exactly the template check's findings plus the rule codes listed in {@code rules/broken.json}, less
 * the template's missing-content findings at a rule finding's pointer (the same problem, reported once by the rule).
 */
class BrokenVariantsTest {

    private static final Path DIR = Path.of("../ics-templates/src/test/resources/documents/broken");
    private static final JsonNode CONTEXTS = Cases.resource("/rules/cases.json").get("contexts");

    static Stream<Arguments> variants() {
        JsonNode expected = Cases.resource("/rules/broken.json").get("expect");
        List<Arguments> out = new ArrayList<>();
        expected.properties().forEach(e -> out.add(Arguments.of(e.getKey(), e.getValue())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void reportHoldsTheTemplateFindingsAndExactlyTheExpectedRuleCodes(String file, JsonNode expect)
            throws IOException {
        CaseDocument doc = CaseDocument.parse(Files.readAllBytes(DIR.resolve(file)), file,
                dk.ics.model.ReadLimits.DEFAULTS);
        String base = file.startsWith("bfu") ? "bfu.json" : "barnets-plan.json";
        ValidationReport report = Cases.VALIDATOR.validate(doc, Cases.context(CONTEXTS.get(base), null));

        List<Finding> templateFindings = Cases.VALIDATOR.registry().check(doc).findings();
        assertThat(templateFindings).isNotEmpty();
        List<String> rulePointers = report.findings().stream().filter(f -> f.code().startsWith("ICS-BFU")
                || f.code().startsWith("ICS-PLAN")).map(Finding::pointer).toList();
        List<Finding> kept = templateFindings.stream().filter(t -> !(rulePointers.contains(t.pointer())
                && List.of("TPL-REQUIRED", "TPL-EMPTY").contains(t.code()))).toList();
        assertThat(report.findings()).containsAll(kept);
        List<String> codes = new ArrayList<>();
        expect.forEach(c -> codes.add(c.asString()));
        codes.sort(null);
        assertThat(Cases.ruleCodes(report)).as(report.render()).isEqualTo(codes);
        assertThat(report.findings()).hasSize(kept.size() + codes.size());
    }
}
