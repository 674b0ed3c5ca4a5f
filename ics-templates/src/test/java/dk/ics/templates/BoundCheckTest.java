package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Checking a document through its binding gives what checking the document itself gives. */
class BoundCheckTest {

    private static final Path SWITCHED_OFF = Path.of("src", "test", "resources", "documents", "broken",
            "bfu-resources-on-dimension-not-in-focus.json");

    @Test
    void checkingTheBindingFindsWhatCheckingTheDocumentFinds() {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        CaseDocument document = CaseDocument.read(SWITCHED_OFF);

        FindingReport direct = registry.check(document);
        FindingReport bound = registry.check(registry.bind(document));

        assertThat(direct.findings()).extracting(Finding::code).contains("TPL-SWITCHED-OFF");
        assertThat(bound.findings()).isEqualTo(direct.findings());
    }

    @Test
    void theBindingCanBeReadAfterTheCheckWithTheSameValues() {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        CaseDocument document = CaseDocument.read(SWITCHED_OFF);
        BoundDocument binding = registry.bind(document);

        registry.check(binding);

        assertThat(binding.values(Role.DIMENSION_RESOURCES))
                .isEqualTo(registry.bind(document).values(Role.DIMENSION_RESOURCES))
                .isNotEmpty();
    }

    @Test
    void aDocumentBoundToAnotherTemplateIsCheckedAgainstTheTemplateAsked() {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        CaseDocument document = CaseDocument.read(SWITCHED_OFF);
        Template bfu = registry.templateOf(document);
        Template plan = registry.latest("barnets-plan");

        FindingReport viaPlanBinding = bfu.check(plan.bind(document));

        assertThat(viaPlanBinding.findings()).isEqualTo(bfu.check(document).findings());
    }
}
