package dk.ics.examples.cli;

import static dk.ics.examples.cli.CliRun.ics;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ics check}: documents against their template's schema. */
class CheckCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCS = "data/documents/";
    private static final String CLI = "src/test/resources/cli/";
    /** Free text and a CPR-shaped id in the test documents that must never reach stderr. */
    private static final List<String> DOCUMENT_VALUES =
            List.of("Mor drikker", "lillebror", "010203", "999999", "barn-7f3a", "2015-11-19");

    @Test
    void theExampleDocumentsHaveNoFindings() {
        CliRun run = ics("check", DOCS + "bfu.json", DOCS + "barnets-plan.json", DOCS + "underretning.json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(
                DOCS + "bfu.json (bfu@1.0.0): ingen fund",
                DOCS + "barnets-plan.json (barnets-plan@1.0.0): ingen fund",
                DOCS + "underretning.json (underretning@1.0.0): ingen fund",
                "I alt – dokumenter: 3, med fejl: 0");
    }

    @Test
    void aFinalDocumentWithoutLegalBasisHasAnErrorAtItsPointer() {
        CliRun run = ics("check", CLI + "bfu-missing-decision-legal-basis.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("(bfu@1.0.0): fejl: 1, advarsler: 0, til orientering: 0",
                "  ERROR TPL-REQUIRED /vurderingOgAfgoerelse/hjemmel: Det påkrævede felt »Hjemmel« mangler",
                "I alt – dokumenter: 1, med fejl: 1");
    }

    @Test
    void theSameGapInADraftIsAWarningAndExitZero() {
        CliRun run = ics("check", CLI + "bfu-draft-missing-decision-legal-basis.json", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("errors: 0, warnings: 1", "WARNING TPL-REQUIRED /vurderingOgAfgoerelse/hjemmel",
                "In all – documents: 1, with errors: 0").doesNotContain("påkrævede");
    }

    @Test
    void theJsonHasFileTemplateStatusCountsAndFindingsInBothLanguages() {
        CliRun run = ics("check", DOCS + "bfu.json", CLI + "plan-child-ref-shaped-like-cpr.json", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("errors").asBoolean()).isTrue();
        JsonNode clean = root.at("/documents/0");
        assertThat(clean.get("file").asString()).isEqualTo(DOCS + "bfu.json");
        assertThat(clean.at("/template/id").asString()).isEqualTo("bfu");
        assertThat(clean.get("status").asString()).isEqualTo("FINAL");
        assertThat(clean.get("errors").asBoolean()).isFalse();
        assertThat(clean.get("findings").isEmpty()).isTrue();
        JsonNode cpr = root.at("/documents/1");
        assertThat(cpr.at("/template/id").asString()).isEqualTo("barnets-plan");
        assertThat(cpr.at("/counts/ERROR").asInt()).isEqualTo(1);
        JsonNode finding = cpr.at("/findings/0");
        assertThat(finding.get("code").asString()).isEqualTo("TPL-NOT");
        assertThat(finding.get("pointer").asString()).isEqualTo("/barn/id");
        assertThat(finding.at("/message/da").asString()).isNotBlank();
        assertThat(finding.at("/message/en").asString()).isNotBlank();
        assertThat(run.out()).doesNotContain("999999");
    }

    @Test
    void aFolderIsCheckedInNameOrderWithTheMunicipalitysTemplates() {
        CliRun run = ics("check", "data/documents", "--templates", "data/templates", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode docs = JSON.readTree(run.out()).get("documents");
        assertThat(docs.size()).isEqualTo(10);
        assertThat(docs.get(0).get("file").asString()).endsWith("afdaekning.json");
        assertThat(docs.get(2).at("/template/id").asString()).isEqualTo("bfu-eksempelkommune");
    }

    @Test
    void aDocumentOnAnUnknownTemplateIsBadInputPointingAtTheTemplateId() {
        CliRun run = ics("check", DOCS + "bfu-eksempelkommune.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().isEqualTo("ics: " + DOCS + "bfu-eksempelkommune.json"
                + " at /template/id: unknown template id 'bfu-eksempelkommune'; expected one of: afdaekning, "
                + "barnets-plan, bfu, opfoelgning, partner-dagtilbud, partner-skole, partner-sundhedspleje, "
                + "underretning, ungeplan");
    }

    @Test
    void malformedJsonIsBadInputWithLineAndColumnAndNoText() {
        CliRun run = ics("check", DOCS + "bfu.json", CLI + "malformed.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).as("nothing is written before the bad file is found").isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("ics: " + CLI + "malformed.json:6:87 at /indledning: not well-formed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed.json", "status-free-text.json", "unknown-template-cpr.json",
        "findes-ikke.json", "empty-folder"})
    void badInputIsOneLineNamingTheFileAndNoValueFromIt(String name) {
        CliRun run = ics("check", CLI + name);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: " + CLI + name);
        for (String value : DOCUMENT_VALUES) {
            assertThat(run.err()).doesNotContain(value);
        }
    }

    @Test
    void noDocumentIsBadInputNamingTheParameter() {
        CliRun run = ics("check");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains("DOC.json");
    }

    @Test
    void aBadStatusPointsAtIt() {
        CliRun run = ics("check", CLI + "status-free-text.json");

        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("ics: " + CLI + "status-free-text.json at /status: expected \"status\": DRAFT or FINAL");
    }
}
