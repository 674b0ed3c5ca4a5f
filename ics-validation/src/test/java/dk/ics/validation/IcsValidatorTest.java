package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Finding;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Language;
import dk.ics.model.QualityBeacon;
import dk.ics.model.Severity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The validator runs schema checks, binding and rules into one report, in the chosen language. */
class IcsValidatorTest {

    private static final JsonNode CONTEXTS = Cases.resource("/rules/cases.json").get("contexts");

    private static ValidationReport validate(IcsValidator v, String base, String status, String... remove) {
        var removals = Cases.JSON.createArrayNode();
        for (String r : remove) {
            removals.add(r);
        }
        var doc = Cases.edited(base, null, removals, status);
        return v.validate(Cases.document(doc, base), Cases.context(CONTEXTS.get(base), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"underretning.json", "afdaekning.json", "bfu.json", "partner-skole.json",
            "partner-dagtilbud.json", "partner-sundhedspleje.json", "barnets-plan.json", "ungeplan.json",
            "opfoelgning.json"})
    void exampleDocumentsValidateCleanlyInTheirCase(String example) {
        ValidationReport report = validate(Cases.VALIDATOR, example, null);
        assertThat(report.findings()).as(report.render()).isEmpty();
        assertThat(report.isClean()).isTrue();
    }

    @Test
    void bfuWithoutChildPerspectiveIsAnErrorWhenFinal() {
        ValidationReport report = validate(Cases.VALIDATOR, "bfu.json", "FINAL",
                "/beskrivelse/perspektiver/barnetsPerspektiv");
        assertThat(report.withCode("ICS-BFU-006")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/beskrivelse/perspektiver/barnetsPerspektiv");
            assertThat(f.basis()).isEqualTo("Barnets lov § 5, stk. 3 og 4");
            assertThat(f.beacon()).isEqualTo(QualityBeacon.INDDRAGELSE);
            assertThat(f.message(Language.DA)).startsWith("Barnets perspektiv mangler");
            assertThat(f.message(Language.EN)).startsWith("The child's perspective is missing");
        });
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void bfuWithoutChildPerspectiveIsAWarningInADraft() {
        ValidationReport report = validate(Cases.VALIDATOR, "bfu.json", "DRAFT",
                "/beskrivelse/perspektiver/barnetsPerspektiv");
        assertThat(report.withCode("ICS-BFU-006")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void schemaFindingsAndRuleFindingsComeInOneReportInDocumentOrder() {
        ValidationReport report = validate(Cases.VALIDATOR, "bfu.json", null,
                "/beskrivelse/perspektiver/netvaerketsPerspektiv", "/vurderingOgAfgoerelse/hjemmel",
                "/beskrivelse/barnetsUdvikling/sundhedsforhold/ressourcer", "/analyse/samlet");
        assertThat(report.codes()).contains("TPL-REQUIRED", "ICS-BFU-003", "ICS-BFU-008", "ICS-BFU-010");
        // The template's TPL-REQUIRED where a rule reports the same place is merged into the rule's finding.
        assertThat(report.withCode("TPL-REQUIRED")).extracting(Finding::pointer).containsExactly("/analyse/samlet");
        List<Finding> errors = report.report().filter(Finding::isError);
        assertThat(errors).isSortedAccordingTo(dk.ics.model.FindingReport.ORDER);
        assertThat(report.countsBySeverity().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(report.findings().size());
        assertThat(report.countsByBeacon().get(QualityBeacon.FAGLIG_UDREDNING)).isEqualTo(1);
        assertThat(report.countsByBeacon().get(QualityBeacon.INDDRAGELSE)).isEqualTo(1);
        assertThat(report.countsByBeacon().get(QualityBeacon.VALG_AF_INDSATS)).isEqualTo(1);
    }

    @Test
    void reportExportsAsJsonInTheValidatorsLanguage() throws Exception {
        IcsValidator english = IcsValidator.builder().locale(Locale.ENGLISH).build();
        ValidationReport report = validate(english, "bfu.json", null, "/beskrivelse/perspektiver/barnetsPerspektiv");
        JsonNode json = Cases.JSON.readTree(report.toJson());
        assertThat(json.at("/template/id").asString()).isEqualTo("bfu");
        assertThat(json.at("/language").asString()).isEqualTo("EN");
        assertThat(json.at("/counts/bySeverity/ERROR").asInt()).isEqualTo(report.countsBySeverity()
                .get(Severity.ERROR));
        assertThat(json.at("/counts/byBeacon/INDDRAGELSE").asInt()).isEqualTo(1);
        JsonNode f = json.at("/findings/0");
        assertThat(f.get("code").asString()).isEqualTo("ICS-BFU-006");
        assertThat(f.get("basis").asString()).isEqualTo("Barnets lov § 5, stk. 3 og 4");
        assertThat(f.get("message").asString()).startsWith("The child's perspective is missing");
        assertThat(report.render()).contains("ICS-BFU-006 /beskrivelse/perspektiver/barnetsPerspektiv");
    }

    @Test
    void danishIsTheDefaultLanguage() {
        ValidationReport report = validate(Cases.VALIDATOR, "bfu.json", null,
                "/beskrivelse/perspektiver/barnetsPerspektiv");
        assertThat(report.language()).isEqualTo(Language.DA);
        assertThat(report.render()).contains("Barnets perspektiv mangler");
    }

    @Test
    void noDocumentValueReachesAMessageOrTheReportsJson() {
        var doc = Cases.example("opfoelgning.json");
        ValidationReport report = Cases.VALIDATOR.validate(Cases.document(doc, "opfoelgning.json"),
                CaseContext.on(LocalDate.of(2026, 6, 1)));
        assertThat(report.findings()).isNotEmpty();
        String everything = report.toJson() + report.render() + report + Cases.VALIDATOR.validate(
                Cases.document(Cases.edited("bfu.json", null, null, "DRAFT"), "x"), CaseContext.on(
                        LocalDate.of(2026, 1, 1))).toJson();
        assertThat(everything).doesNotContain("barn-7f3a", "maal-1", "Siden skolestart", "Moren", "2015-11-19");
    }

    @Test
    void aLateDocumentsOwnDateIsNotRepeatedOnlyTheDeadlineIsGiven() {
        var plan = Cases.edited("barnets-plan.json", Cases.JSON.createObjectNode().put("/dokumentdato", "2025-08-29"),
                null, null);
        ValidationReport report = Cases.VALIDATOR.validate(Cases.document(plan, "p"),
                Cases.context(CONTEXTS.get("barnets-plan.json"), null));
        assertThat(report.withCode("ICS-PLAN-005")).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("2025-08-27"));
        assertThat(report.toJson() + report.render()).contains("2025-08-27").doesNotContain("2025-08-29");
    }

    @Test
    void unknownTemplateIsRefusedAsBadInput() {
        byte[] json = "{\"template\": {\"id\": \"ukendt\", \"version\": \"1.0.0\"}, \"status\": \"FINAL\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Cases.VALIDATOR.validate(json, "x.json", CaseContext.on(LocalDate.of(2025, 1, 1))))
                .isInstanceOf(IcsUnknownCodeException.class).hasMessageContaining("ukendt");
    }

    @Test
    void contextFromACaseRecordGivesTheRulesTheirDates() {
        var record = dk.ics.model.casework.CaseRecords.read(java.nio.file.Path.of(
                "src/test/resources/casework/plan-case.json"));
        CaseContext on = CaseContext.of(record, LocalDate.of(2025, 9, 4));
        assertThat(on.regime()).contains(dk.ics.model.casework.LegalRegime.BARNETS_LOV);
        assertThat(on.supportDecisionDate()).contains(LocalDate.of(2025, 5, 27));
        assertThat(on.measureStartDate()).contains(LocalDate.of(2025, 6, 10));
        assertThat(on.placementStartDate()).contains(LocalDate.of(2024, 9, 4));
        assertThat(on.supervisionVisits()).containsExactly(LocalDate.of(2024, 9, 4), LocalDate.of(2025, 3, 1));
        assertThat(on.earlierFollowUps()).isEmpty();
        assertThat(on.childAgeOn(LocalDate.of(2025, 11, 19))).hasValue(10);
        assertThat(on.toString()).doesNotContain("2025", "2015");

        ValidationReport report = Cases.VALIDATOR.validate(Cases.document(Cases.example("opfoelgning.json"),
                "opfoelgning.json"), CaseContext.builder(LocalDate.of(2025, 9, 4)).caseRecord(record)
                .plan(Cases.bound("barnets-plan.json")).build());
        // One answer: the placement year to 2025-09-03 had its two visits (no ICS-OPF-004), and the placement of
        // 2024-09-04 had no follow-up until 2025-09-04, which the calculator also calls met late.
        assertThat(Cases.ruleCodes(report)).containsExactly("ICS-OPF-002");
        var deadlines = dk.ics.model.casework.DeadlineCalculator.standard().deadlines(record, LocalDate.of(2025, 9, 4));
        assertThat(deadlines).filteredOn(d -> d.rule() == dk.ics.model.casework.DeadlineRule.SUPERVISION_2_PER_YEAR)
                .extracting(d -> d.status()).containsExactly(dk.ics.model.casework.DeadlineStatus.MET,
                        dk.ics.model.casework.DeadlineStatus.OPEN);
        assertThat(deadlines).filteredOn(d -> d.rule() == dk.ics.model.casework.DeadlineRule.FOLLOW_UP_FIRST
                && d.triggeredBy().equals("/events/0")).extracting(d -> d.status())
                .containsExactly(dk.ics.model.casework.DeadlineStatus.MET_LATE);
    }

    @Test
    void validatorDescribesItsRulesAndProfile() {
        Map<String, Severity> active = Cases.VALIDATOR.activeRules();
        assertThat(active).containsKeys("ICS-BFU-001", "ICS-UND-001", "ICS-PLAN-001", "ICS-OPF-001",
                "ICS-PART-001", "ICS-SEL-001", "ICS-SEL-002");
        assertThat(Cases.VALIDATOR.toString()).contains("default");
    }
}
