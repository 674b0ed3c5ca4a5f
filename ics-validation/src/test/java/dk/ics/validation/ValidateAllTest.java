package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.templates.CaseDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents of one case are validated together: a plan meets its investigation, a follow-up its plan. */
class ValidateAllTest {

    private static List<CaseDocument> theCase() {
        return List.of("underretning.json", "afdaekning.json", "partner-skole.json", "bfu.json",
                "barnets-plan.json", "opfoelgning.json").stream()
                .map(n -> Cases.document(Cases.example(n), n)).toList();
    }

    @Test
    void theExampleCaseIsCleanWhenItsDocumentsMeetEachOther() {
        CaseContext context = CaseContext.builder(LocalDate.of(2025, 9, 4))
                .supportDecisionDate(LocalDate.of(2025, 5, 27)).build();
        List<ValidationReport> reports = Cases.VALIDATOR.validateAll(theCase(), context);
        assertThat(reports).hasSize(6).allSatisfy(r -> assertThat(r.findings()).as(r.render()).isEmpty());
    }

    @Test
    void withoutTheOtherDocumentsThePlanAndFollowUpReportWhatTheyMiss() {
        CaseContext context = CaseContext.builder(LocalDate.of(2025, 9, 4))
                .supportDecisionDate(LocalDate.of(2025, 5, 27)).build();
        List<CaseDocument> alone = List.of(Cases.document(Cases.example("barnets-plan.json"), "p"),
                Cases.document(Cases.example("opfoelgning.json"), "o"));
        List<ValidationReport> reports = Cases.VALIDATOR.validateAll(alone.subList(0, 1), context);
        assertThat(reports.get(0).withCode("ICS-CTX-MISSING")).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("ICS-PLAN-001", "latestBfu"));
        assertThat(Cases.VALIDATOR.validateAll(alone.subList(1, 2), context).get(0).withCode("ICS-CTX-MISSING"))
                .hasSize(2);
        assertThat(Cases.VALIDATOR.validateAll(alone, context).get(1).findings()).isEmpty();
    }
}
