package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Language;
import dk.ics.model.Severity;
import dk.ics.templates.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways into the validator give the same report: a document, its file and its bytes; and what a validator and a
 * report say about themselves (language, registry, template, counts) is what they were built with.
 */
class ValidatorEntryPointsTest {

    private static final CaseContext CONTEXT = CaseContext.builder(LocalDate.of(2025, 5, 27))
            .regime(dk.ics.model.casework.LegalRegime.BARNETS_LOV).build();

    @TempDir
    static Path dir;
    static Path bfu;

    /** The example investigation without the child's perspective (finding ICS-BFU-006), as a file. */
    @BeforeAll
    static void writeDocument() throws Exception {
        var doc = Cases.edited("bfu.json", null, Cases.JSON.createArrayNode()
                .add("/beskrivelse/perspektiver/barnetsPerspektiv"), null);
        bfu = Files.writeString(dir.resolve("bfu.json"), Cases.JSON.writeValueAsString(doc));
    }

    @Test
    void aFileItsBytesAndTheReadDocumentGiveTheSameReport() throws Exception {
        ValidationReport fromDocument = Cases.VALIDATOR.validate(
                dk.ics.templates.CaseDocument.read(bfu), CONTEXT);
        ValidationReport fromFile = Cases.VALIDATOR.validate(bfu, CONTEXT);
        ValidationReport fromBytes = Cases.VALIDATOR.validate(Files.readAllBytes(bfu), bfu.toString(), CONTEXT);
        assertThat(fromFile.report()).isEqualTo(fromDocument.report());
        assertThat(fromBytes.report()).isEqualTo(fromDocument.report());
        assertThat(fromFile.codes()).containsExactly("ICS-BFU-006");
        assertThat(Cases.VALIDATOR.validate(Cases.EXAMPLES.resolve("bfu.json"), CONTEXT).isClean()).isTrue();
    }

    @Test
    void aReportNamesItsTemplateAndCountsWithoutTheDocumentsContent() {
        ValidationReport r = Cases.VALIDATOR.validate(bfu, CONTEXT);
        assertThat(r.templateId()).isEqualTo("bfu");
        assertThat(r.templateVersion()).isEqualTo("1.0.0");
        assertThat(r.isClean()).isFalse();
        assertThat(r.toString()).isEqualTo("ValidationReport[bfu@1.0.0, " + r.countsBySeverity() + "]")
                .contains(Severity.INFO.name());
    }

    @Test
    void aValidatorKeepsTheLanguageAndRegistryItWasBuiltWith() {
        TemplateRegistry registry = TemplateRegistry.builder().addBuiltIns().build();
        IcsValidator english = IcsValidator.builder().registry(registry).language(Language.EN).build();
        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(english.registry()).isSameAs(registry);
        assertThat(Cases.VALIDATOR.language()).isEqualTo(Language.DA);
        assertThat(Cases.VALIDATOR.registry()).isSameAs(TemplateRegistry.builtIn());
    }

    @Test
    void aModelValidatorSaysWhetherItRendersTwoLanguagesOrTheHostsMessages() {
        assertThat(ModelValidator.standard()).hasToString("ModelValidator[two languages]");
        assertThat(ModelValidator.standard().validator()).isNotNull();
        try (var host = jakarta.validation.Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation
                        .ParameterMessageInterpolator()).buildValidatorFactory()) {
            ModelValidator hosts = ModelValidator.using(host.getValidator());
            assertThat(hosts).hasToString("ModelValidator[host validator]");
        }
    }
}
