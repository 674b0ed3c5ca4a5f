package dk.ics.templates.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.ics.model.FindingReport;
import dk.ics.model.IcsException;
import dk.ics.model.ReadLimits;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.Role;
import dk.ics.templates.Template;
import dk.ics.templates.TemplateRegistry;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes reading a case document and checking and binding it against the built-in templates, and loading a template
 * as JSON and as YAML: arbitrary bytes give a result or an {@link IcsException} with a location, never another
 * exception. What is accepted is also checked for behaviour: a document survives its own JSON, and its check and
 * binding agree with the template it names; a loaded template gives a skeleton document that reads back. In
 * {@code mvn verify} each target runs over its committed inputs in {@code TemplatesFuzzTestInputs/}; {@code -Pfuzz}
 * fuzzes one for a set time.
 */
class TemplatesFuzzTest {

    private static final TemplateRegistry BUILT_IN = TemplateRegistry.builtIn();

    @FuzzTest(maxDuration = "5m")
    void documentParsingCheckingAndBinding(byte[] input) {
        CaseDocument document;
        try {
            document = CaseDocument.parse(new ByteArrayInputStream(input), "fuzz.json", ReadLimits.DEFAULTS);
        } catch (IcsException expected) {
            assertThat(expected.location()).isNotNull();
            return;
        }
        assertThat(CaseDocument.parse(document.toJson()).toJson()).isEqualTo(document.toJson());
        try {
            FindingReport report = BUILT_IN.check(document);
            BoundDocument bound = BUILT_IN.bind(document);
            assertThat(bound.template()).isSameAs(BUILT_IN.templateOf(document));
            assertThat(report.findings()).allSatisfy(f -> assertThat(f.pointer()).matches("|/.*"));
            for (Role role : Role.values()) {
                bound.values(role).forEach(v -> assertThat(v.pointer()).matches("|/.*"));
            }
        } catch (IcsException documented) {
            assertThat(documented.location()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "5m")
    void templateLoadingAsJson(byte[] input) {
        load("fuzz.json", input);
    }

    @FuzzTest(maxDuration = "5m")
    void templateLoadingAsYaml(byte[] input) {
        load("fuzz.yaml", input);
    }

    private static void load(String name, byte[] input) {
        TemplateRegistry registry;
        try {
            registry = TemplateRegistry.builder().addBuiltIns().add(name, input).build();
        } catch (IcsException expected) {
            assertThat(expected.location()).isNotNull();
            return;
        }
        for (Template t : registry.list()) {
            if (t.source().equals(name)) {
                CaseDocument skeleton = t.skeleton();
                assertThat(registry.templateOf(CaseDocument.parse(skeleton.toJson()))).isSameAs(t);
                assertThat(registry.check(skeleton)).isNotNull();
            }
        }
    }
}
