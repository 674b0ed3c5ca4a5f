package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.FindingReport;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInRegistryTest {

    static final Path EXAMPLES = Path.of("..", "examples", "data", "documents");

    static Stream<Path> exampleDocuments() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<String> templateIds() {
        return TemplateRegistry.builtIn().ids().stream();
    }

    @Test
    void builtInRegistryHasEveryBuiltInTemplateOnce() {
        TemplateRegistry r = TemplateRegistry.builtIn();
        assertThat(r.ids()).contains("bfu", "barnets-plan", "underretning", "opfoelgning", "partner-skole");
        assertThat(r.list()).hasSameSizeAs(r.ids());
        assertThat(TemplateRegistry.builtIn()).isSameAs(r);
        assertThat(r.latest("bfu").version()).isEqualTo(TemplateVersion.parse("1.0.0"));
    }

    @ParameterizedTest
    @MethodSource("exampleDocuments")
    void everyExampleDocumentHasNoFindingsAgainstItsTemplate(Path file) {
        CaseDocument doc = CaseDocument.read(file);
        TemplateRegistry registry = TemplateRegistry.builder().addBuiltIns()
                .addFolder(Path.of("..", "examples", "data", "templates")).build();
        FindingReport report = registry.check(doc);
        assertThat(report.findings()).as(report.render(Language.EN)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void everySkeletonIsADraftWithoutErrors(String id) {
        Template t = TemplateRegistry.builtIn().latest(id);
        CaseDocument skeleton = t.skeleton();
        assertThat(skeleton.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(skeleton.templateRef()).isEqualTo(t.ref());
        FindingReport report = t.check(skeleton);
        assertThat(report.count(Severity.ERROR)).as(report.render(Language.EN)).isZero();
        assertThat(report.count(Severity.WARNING)).isPositive();
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void everyBuiltInConformsToItself(String id) {
        Template t = TemplateRegistry.builtIn().latest(id);
        assertThat(Conformance.check(t, t).findings()).isEmpty();
    }

    @Test
    void unknownTemplateIdNamesTheKnownIds() {
        assertThatThrownBy(() -> TemplateRegistry.builtIn().get("bfx", "1.0.0"))
                .isInstanceOfSatisfying(IcsUnknownCodeException.class,
                        e -> assertThat(e.known()).contains("bfu", "barnets-plan"))
                .hasMessageContaining("bfu");
    }

    @Test
    void aDocumentOnAnUnknownTemplateIsRefusedAtItsEnvelope() {
        CaseDocument doc = CaseDocument.parse(TestTemplates.bytes(
                "{\"template\": {\"id\": \"bfx\", \"version\": \"1.0.0\"}, \"status\": \"DRAFT\"}"), "x.json",
                dk.ics.model.ReadLimits.DEFAULTS);
        assertThatThrownBy(() -> TemplateRegistry.builtIn().check(doc))
                .isInstanceOf(IcsUnknownCodeException.class)
                .hasMessageStartingWith("x.json at /template/id: unknown template id 'bfx'")
                .hasMessageContaining("barnets-plan");
    }

    @Test
    void unknownVersionNamesTheKnownVersions() {
        assertThatThrownBy(() -> TemplateRegistry.builtIn().get("bfu", "9.0.0"))
                .isInstanceOfSatisfying(IcsUnknownCodeException.class,
                        e -> assertThat(e.known()).isEqualTo(List.of("1.0.0")));
    }
}
