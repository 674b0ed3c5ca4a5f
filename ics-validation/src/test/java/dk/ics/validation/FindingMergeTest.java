package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Finding;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import dk.ics.model.Severity;
import dk.ics.templates.CaseDocument;
import dk.ics.validation.internal.TemplateFindings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One problem at one place is one finding, and a profile sets the severity of template findings too. */
class FindingMergeTest {

    private static final Path BROKEN = Path.of("../ics-templates/src/test/resources/documents/broken");

    private static ValidationReport plan(IcsValidator v, String file) {
        CaseDocument doc = CaseDocument.read(BROKEN.resolve(file));
        return v.validate(doc, Cases.context(Cases.resource("/rules/cases.json").get("contexts")
                .get("barnets-plan.json"), null));
    }

    private static Profile profile(String json) {
        return Profile.parse(json.getBytes(StandardCharsets.UTF_8), "profil.json");
    }

    @Test
    void aRuleAndTheTemplateSayingTheSameAtTheSamePlaceAreOneFindingWithTheRulesCodeAndMessage() {
        ValidationReport report = plan(IcsValidator.standard(), "plan-goal-without-responsible.json");
        assertThat(report.findings()).as(report.render()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ICS-PLAN-002");
            assertThat(f.pointer()).isEqualTo("/maal/1/ansvarlig");
            assertThat(f.message(Language.DA)).isEqualTo("Mål 2 har ingen ansvarlig.");
            assertThat(f.basis()).doesNotStartWith("ICS-skabelonen");
        });
    }

    @Test
    void aRuleDocumentedAsAWarningIsNotReportedAsAnErrorBecauseTheTemplateRequiresTheField() {
        IcsValidator v = IcsValidator.builder()
                .profile(profile("{\"rules\": {\"ICS-PLAN-002\": {\"severity\": \"WARNING\"}}}")).build();
        ValidationReport report = plan(v, "plan-goal-without-responsible.json");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ICS-PLAN-002");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void withTheRuleSwitchedOffTheTemplatesFindingIsReported() {
        IcsValidator v = IcsValidator.builder()
                .profile(profile("{\"rules\": {\"ICS-PLAN-002\": {\"enabled\": false}}}")).build();
        assertThat(plan(v, "plan-goal-without-responsible.json").findings()).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("TPL-REQUIRED"));
    }

    @Test
    void findingsAtDifferentPlacesOrOfAnotherKindAreAllKept() {
        Finding rule = finding("ICS-BFU-006", "/beskrivelse/perspektiver");
        Finding inside = finding("TPL-REQUIRED", "/beskrivelse/perspektiver/barnetsPerspektiv");
        Finding sameType = finding("TPL-TYPE", "/beskrivelse/perspektiver");
        Finding same = finding("TPL-EMPTY", "/beskrivelse/perspektiver");
        Finding missing = finding("ICS-CTX-MISSING", "");
        Finding atRoot = finding("TPL-REQUIRED", "");
        assertThat(TemplateFindings.merge(List.of(inside, sameType, same, atRoot), List.of(rule, missing)))
                .containsExactly(inside, sameType, atRoot, rule, missing);
    }

    @Test
    void aProfileSetsTheSeverityOfTemplateFindings() {
        IcsValidator v = IcsValidator.builder()
                .profile(profile("{\"rules\": {\"TPL-FORMAT\": {\"severity\": \"WARNING\"}}}")).build();
        assertThat(v.templateSeverities()).containsExactly(Map.entry("TPL-FORMAT", Severity.WARNING));
        ValidationReport report = plan(v, "plan-measure-start-date-not-iso.json");
        assertThat(report.withCode("TPL-FORMAT")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(plan(IcsValidator.standard(), "plan-measure-start-date-not-iso.json").withCode("TPL-FORMAT"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void missingContentSetToErrorIsStillAWarningInADraft() {
        IcsValidator v = IcsValidator.builder()
                .profile(profile("{\"rules\": {\"TPL-REQUIRED\": {\"severity\": \"ERROR\"},"
                        + " \"ICS-BFU-010\": {\"enabled\": false}}}")).build();
        CaseDocument draft = CaseDocument.read(Path.of("../ics-templates/src/test/resources/documents/broken/"
                + "bfu-draft-missing-decision-legal-basis.json"));
        ValidationReport report = v.validate(draft, Cases.context(Cases.resource("/rules/cases.json")
                .get("contexts").get("bfu.json"), null));
        assertThat(report.withCode("TPL-REQUIRED")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void anUnknownTemplateCodeIsRefusedNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> IcsValidator.builder()
                .profile(profile("{\"rules\": {\"TPL-NO-SUCH\": {\"severity\": \"WARNING\"}}}")).build())
                .isInstanceOf(IcsUnknownCodeException.class).hasMessageContaining("TPL-NO-SUCH")
                .hasMessageContaining("TPL-REQUIRED").hasMessageContaining("profil.json");
        assertThatThrownBy(() -> IcsValidator.builder()
                .profile(profile("{\"rules\": {\"TPL-PATTERN\": {\"enabled\": false}}}")).build())
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/rules/TPL-PATTERN");
    }

    private static Finding finding(String code, String pointer) {
        return new Finding(code, Severity.ERROR, pointer, code, List.of(), "", null, LocalizedText.of("x", "x"));
    }
}
