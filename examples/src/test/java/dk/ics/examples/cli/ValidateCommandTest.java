package dk.ics.examples.cli;

import static dk.ics.examples.cli.CliRun.ics;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ics validate}: schema checks and the ICS rules of a profile, in the case's context. */
class ValidateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCS = "data/documents/";
    private static final String CASE = "data/cases/sag-barn-7f3a.json";
    private static final String PROFILE = "data/profiles/eksempel-kommune.json";
    private static final String CLI = "src/test/resources/cli/";
    private static final String NL = System.lineSeparator();

    @Test
    void theCasesDocumentsValidateCleanlyInTheirCase() {
        CliRun run = ics("validate", DOCS + "underretning.json", DOCS + "afdaekning.json", DOCS + "bfu.json",
                DOCS + "barnets-plan.json", DOCS + "opfoelgning.json", "--case", CASE, "--on", "2025-12-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(
                "Validering pr. 2025-12-01 – sag: sag-2025-0203 – profil: default",
                DOCS + "underretning.json (underretning@1.0.0): ingen fund",
                DOCS + "afdaekning.json (afdaekning@1.0.0): ingen fund",
                DOCS + "bfu.json (bfu@1.0.0): ingen fund",
                DOCS + "barnets-plan.json (barnets-plan@1.0.0): ingen fund",
                DOCS + "opfoelgning.json (opfoelgning@1.0.0): ingen fund",
                "I alt – dokumenter: 5, med fejl: 0");
    }

    @Test
    void withoutTheCaseAPlanCannotBeJudgedOnEveryRuleAndSaysSo() {
        CliRun run = ics("validate", DOCS + "barnets-plan.json", "--on", "2025-12-01", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Validation on 2025-12-01 – case: none (the date only) – profile: default")
                .contains(DOCS + "barnets-plan.json (barnets-plan@1.0.0): errors: 0, warnings: 2, for information: 0",
                        "  WARNING ICS-CTX-MISSING /: Rule ICS-PLAN-001 could not be applied: the case context lacks "
                                + "the latest child protection investigation. (Barnets lov § 92, stk. 2)",
                        "In all – documents: 1, with errors: 0");
    }

    @Test
    void aDecisionWithoutLegalBasisIsReportedOnceByTheRuleAndExitsOne() {
        CliRun run = ics("validate", CLI + "bfu-missing-decision-legal-basis.json", "--case", CASE,
                "--on", "2025-12-01");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        // The schema requires the field too; the same problem at the same place is the rule's finding alone.
        assertThat(run.out()).contains("(bfu@1.0.0): fejl: 1, advarsler: 0, til orientering: 0" + NL
                + "  ERROR ICS-BFU-010 /vurderingOgAfgoerelse/hjemmel: Afgørelsen angiver ikke sin hjemmel "
                + "(§ 32, § 46, § 47 eller ingen støtte). (Barnets lov § 22, stk. 6)" + NL
                + "I alt – dokumenter: 1, med fejl: 1");
    }

    @Test
    void theJsonHasTheRunAndPerDocumentCodesPointersBeaconsAndBothLanguages() {
        CliRun run = ics("validate", DOCS + "bfu.json", CLI + "bfu-missing-decision-legal-basis.json",
                "--case", CASE, "--on", "2025-12-01", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("on").asString()).isEqualTo("2025-12-01");
        assertThat(root.get("case").asString()).isEqualTo("sag-2025-0203");
        assertThat(root.get("profile").asString()).isEqualTo("default");
        assertThat(root.get("errors").asBoolean()).isTrue();
        assertThat(root.at("/documents/0/errors").asBoolean()).isFalse();
        JsonNode broken = root.at("/documents/1");
        assertThat(broken.get("file").asString()).isEqualTo(CLI + "bfu-missing-decision-legal-basis.json");
        assertThat(broken.at("/counts/ERROR").asInt()).isEqualTo(1);
        assertThat(broken.at("/countsByBeacon/VALG_AF_INDSATS").asInt()).isEqualTo(1);
        JsonNode rule = broken.at("/findings/0");
        assertThat(rule.get("code").asString()).isEqualTo("ICS-BFU-010");
        assertThat(rule.get("severity").asString()).isEqualTo("ERROR");
        assertThat(rule.get("pointer").asString()).isEqualTo("/vurderingOgAfgoerelse/hjemmel");
        assertThat(rule.get("basis").asString()).isEqualTo("Barnets lov § 22, stk. 6");
        assertThat(rule.get("beacon").asString()).isEqualTo("VALG_AF_INDSATS");
        assertThat(rule.at("/message/da").asString()).startsWith("Afgørelsen angiver ikke sin hjemmel");
        assertThat(rule.at("/message/en").asString()).isNotBlank().doesNotStartWith("Afgørelsen");
        assertThat(broken.get("findings")).hasSize(1);
    }

    @Test
    void theMunicipalitysProfileRaisesTheMinimumDescriptionLength() {
        CliRun standard = ics("validate", CLI + "bfu-kort-beskrivelse.json", "--on", "2025-12-01");
        CliRun municipal = ics("validate", CLI + "bfu-kort-beskrivelse.json", "--on", "2025-12-01",
                "--profile", PROFILE);

        assertThat(standard.exitCode()).as(standard.err()).isZero();
        assertThat(standard.out()).contains("bfu-kort-beskrivelse.json (bfu@1.0.0): ingen fund");
        assertThat(municipal.exitCode()).as(municipal.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(municipal.out()).startsWith("Validering pr. 2025-12-01 – sag: ingen (kun datoen) – profil: "
                + "Eksempel Kommune").contains("  ERROR ICS-BFU-002 /beskrivelse/barnetsUdvikling/sundhedsforhold/"
                + "beskrivelse: Beskrivelsen af dimensionen Sundhedsforhold er kortere end 40 tegn.");
    }

    @Test
    void aFolderIsValidatedInNameOrderWithTheMunicipalitysTemplates() {
        CliRun run = ics("validate", "data/documents", "--templates", "data/templates", "--on", "2025-12-01",
                "--profile", PROFILE, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("profile").asString()).isEqualTo("Eksempel Kommune");
        assertThat(root.get("documents").valueStream().map(d -> d.at("/template/id").asString())).containsExactly(
                "afdaekning", "barnets-plan", "bfu-eksempelkommune", "bfu", "opfoelgning", "partner-dagtilbud",
                "partner-skole", "partner-sundhedspleje", "underretning", "ungeplan");
    }

    @Test
    void aDocumentAboutAnotherChildThanTheCaseIsRefused() {
        CliRun run = ics("validate", DOCS + "bfu.json", DOCS + "ungeplan.json", "--case", CASE);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().isEqualTo(
                "ics: " + DOCS + "ungeplan.json at /barn/id: the document is about another child than the case");
    }

    @Test
    void aProfileNamingARuleTheValidatorLacksIsBadInputNamingTheRule() {
        CliRun run = ics("validate", DOCS + "bfu.json", "--profile", "data/profiles/strengere-profil.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: data/profiles/strengere-profil.json"
                + " at /rules/ACME-PLAN-001: unknown rule code 'ACME-PLAN-001'; expected one of: ICS-BFU-001");
    }

    @Test
    void aBadValueInAProfileIsBadInputPointingAtIt() {
        CliRun run = ics("validate", DOCS + "bfu.json", "--profile", CLI + "profile-bad-severity.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().isEqualTo("ics: " + CLI + "profile-bad-severity.json"
                + " at /rules/ICS-PLAN-003/severity: expected one of ERROR, WARNING, INFO");
    }

    @Test
    void badInputNamesTheFileAndNeverAValueFromIt() {
        List<List<String>> runs = List.of(
                List.of("validate", CLI + "malformed.json"),
                List.of("validate", CLI + "status-free-text.json"),
                List.of("validate", CLI + "unknown-template-cpr.json"),
                List.of("validate", CLI + "empty-folder"),
                List.of("validate", DOCS + "bfu.json", "--case", "data/cases/findes-ikke.json"),
                List.of("validate", DOCS + "findes-ikke.json"));
        for (List<String> args : runs) {
            CliRun run = ics(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(args.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out()).as(args.toString()).isEmpty();
            assertThat(run.errLines()).as(args.toString()).singleElement().asString()
                    .startsWith("ics: ").contains(args.get(args.size() - 1))
                    .doesNotContain("Mor drikker").doesNotContain("010203").doesNotContain("barn-7f3a");
        }
    }

    @Test
    void aBadDateIsBadInputWithoutRepeatingIt() {
        CliRun run = ics("validate", DOCS + "bfu.json", "--on", "19-11-2015");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("--on", "YYYY-MM-DD")
                .doesNotContain("19-11-2015");
    }
}
