package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import dk.ics.model.triangle.Dimension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConformanceTest {

    private static TemplateRegistry registry;

    @BeforeAll
    static void load() {
        registry = TemplateRegistry.builder().addBuiltIns().addFolder(Path.of("src/test/resources/conformance"))
                .build();
    }

    @Test
    void customisedBfuThatRenamesAndMovesFieldsConformsToTheBuiltIn() {
        Template derived = registry.latest("bfu-eksempelkommune");
        assertThat(derived.derivedFrom()).contains(TemplateRef.of("bfu", "1.0.0"));
        FindingReport report = registry.conformance(derived);
        assertThat(report.findings()).as(report.render(Language.EN)).isEmpty();
        assertThat(derived.semanticMap().entries(Role.DIMENSION_RESOURCES, Dimension.SUNDHEDSFORHOLD))
                .extracting(SemanticEntry::pattern).containsExactly("/trekanten/barnet/helbred/styrker");
    }

    @Test
    void droppingADimensionIsReportedForEachOfItsRolesNamingTheDimension() {
        FindingReport report = registry.conformance(registry.latest("bfu-uden-bolig"));
        List<Finding> missing = report.withCode("TPL-CONF-MISSING-ROLE");
        assertThat(missing).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.arguments().get(1)).contains("BOLIG_BESKAEFTIGELSE_OG_OEKONOMI");
            assertThat(f.message(Language.EN)).contains("(Housing, employment and finances)");
            assertThat(f.message(Language.DA)).contains("(Bolig, beskæftigelse og økonomi)");
        });
        assertThat(missing).extracting(Finding::pointer)
                .contains("/beskrivelse/familieOgNetvaerk/boligBeskaeftigelseOgOekonomi");
        assertThat(report.findings()).hasSameSizeAs(missing);
    }

    @Test
    void droppingTheResourcesOfOneDimensionIsReportedNamingRoleAndDimension() {
        FindingReport report = registry.conformance(registry.latest("bfu-uden-ressourcer-helbred"));
        assertThat(report.findings()).as(report.render(Language.EN)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TPL-CONF-MISSING-ROLE");
            assertThat(f.arguments()).containsExactly("DIMENSION_RESOURCES", " (SUNDHEDSFORHOLD)", "bfu@1.0.0");
            assertThat(f.message(Language.DA)).isEqualTo("Grundskabelonen bfu@1.0.0 har et felt til ressourcerne"
                    + " (Sundhedsforhold); det mangler her");
            assertThat(f.pointer()).isEqualTo("/beskrivelse/barnetsUdvikling/sundhedsforhold/ressourcer");
        });
    }

    @Test
    void aBuiltInDoesNotConformToADifferentBuiltIn() {
        FindingReport report = Conformance.check(registry.latest("barnets-plan"), registry.latest("bfu"));
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.withCode("TPL-CONF-MISSING-ROLE")).isNotEmpty();
    }
}
