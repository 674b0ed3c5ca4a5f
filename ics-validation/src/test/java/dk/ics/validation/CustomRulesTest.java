package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.LocalizedText;
import dk.ics.model.QualityBeacon;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseStep;
import dk.ics.templates.BoundDocument;
import dk.ics.validation.spi.Rule;
import dk.ics.validation.spi.RuleCheck;
import dk.ics.validation.spi.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Vendors add rules through ServiceLoader or the builder; their findings join the report, their failures too. */
class CustomRulesTest {

    private static final CaseContext PLAN_CONTEXT = CaseContext.builder(LocalDate.of(2025, 6, 16))
            .supportDecisionDate(LocalDate.of(2025, 5, 27)).latestBfu(Cases.bound("bfu.json")).build();

    private static ValidationReport validatePlan(IcsValidator v, String purpose) {
        var doc = Cases.example("barnets-plan.json");
        if (purpose != null) {
            doc.put("formaal", purpose);
        }
        return v.validate(Cases.document(doc, "barnets-plan.json"), PLAN_CONTEXT);
    }

    /** A rule that throws after reporting a finding (whose partial finding must not be kept). */
    private static final class ThrowingRule implements Rule {
        @Override
        public RuleInfo info() {
            return new RuleInfo("ACME-BROKEN-001", Severity.ERROR, QualityBeacon.FAGLIG_UDREDNING, "Acme",
                    Set.of(CaseStep.BARNETS_PLAN), LocalizedText.of("Går i stykker.", "Breaks."), null);
        }

        @Override
        public void check(BoundDocument document, CaseContext context, RuleCheck check) {
            check.report("", "ICS-PLAN-004.missing");
            throw new IllegalStateException("a message that could hold a value: 010101-1234");
        }
    }

    @Test
    void serviceLoaderRulesRunWithTheBuiltInOnes() {
        IcsValidator v = IcsValidator.builder().loadServiceRules().build();
        assertThat(v.rules()).extracting(RuleInfo::code).contains("ACME-PLAN-001", "ICS-PLAN-004");
        assertThat(validatePlan(v, "Kort.").withCode("ACME-PLAN-001")).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/formaal");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.basis()).isEqualTo("Acme: formålet skal være konkret");
            assertThat(f.beacon()).isEqualTo(QualityBeacon.VALG_AF_INDSATS);
        });
        assertThat(validatePlan(v, null).withCode("ACME-PLAN-001")).isEmpty();
    }

    @Test
    void builderRulesGetTheProfileSettings() {
        Profile p = Profile.parse(("{\"rules\": {\"ACME-PLAN-001\": {\"severity\": \"ERROR\","
                + " \"thresholds\": {\"minLength\": 5000}}}}").getBytes(StandardCharsets.UTF_8), "acme.json");
        IcsValidator v = IcsValidator.builder().addRule(new VendorRule()).profile(p).build();
        assertThat(validatePlan(v, null).withCode("ACME-PLAN-001")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
                .satisfies(f -> assertThat(f.arguments()).containsExactly("5000"));
    }

    @Test
    void ruleThatThrowsBecomesAFindingNamingItAndTheOthersStillRun() {
        IcsValidator v = IcsValidator.builder().addRule(new ThrowingRule()).addRule(new VendorRule()).build();
        ValidationReport report = validatePlan(v, "Kort.");
        assertThat(report.withCode("ICS-RULE-FAILED")).singleElement().satisfies(f -> {
            assertThat(f.arguments()).containsExactly("ACME-BROKEN-001", "IllegalStateException");
            assertThat(f.message().en()).contains("ACME-BROKEN-001").doesNotContain("010101");
            assertThat(f.message().da()).contains("ACME-BROKEN-001");
        });
        assertThat(report.withCode("ACME-PLAN-001")).hasSize(1);
        assertThat(report.withCode("ICS-PLAN-004")).as("the failed rule's partial findings are dropped").isEmpty();
    }

    @Test
    void twoRulesWithOneCodeAreRefused() {
        assertThatThrownBy(() -> IcsValidator.builder().addRule(new VendorRule()).addRule(new VendorRule()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACME-PLAN-001");
    }

    @Test
    void rulesReplaceTheBuiltInSet() {
        IcsValidator v = IcsValidator.builder().rules(java.util.List.of(new VendorRule())).build();
        assertThat(v.rules()).extracting(RuleInfo::code).containsExactly("ACME-PLAN-001");
    }

    @Test
    void ruleInfoRefusesMalformedCodes() {
        assertThatThrownBy(() -> new RuleInfo("acme rule", Severity.ERROR, QualityBeacon.OPFOELGNING, "x",
                Set.of(CaseStep.OPFOELGNING), LocalizedText.of("a", "b"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
