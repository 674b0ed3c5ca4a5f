package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.templates.BoundDocument;
import dk.ics.validation.internal.CaseDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which of a case's documents a document is judged against when validated together: investigations and plans are
 * told apart from partner statements and other steps, and the latest one dated on or before the document is taken.
 */
class CaseDocumentsTest {

    private static BoundDocument dated(String example, String date) {
        ObjectNode doc = Cases.example(example);
        if (date == null) {
            doc.remove("dokumentdato");
        } else {
            doc.put("dokumentdato", date);
        }
        return Cases.VALIDATOR.bind(Cases.document(doc, example + "@" + date));
    }

    @Test
    void anInvestigationIsABfuButAPartnerStatementOfTheSameStepIsNot() {
        assertThat(CaseDocuments.isBfu(Cases.bound("bfu.json"))).isTrue();
        assertThat(CaseDocuments.isBfu(Cases.bound("partner-skole.json"))).isFalse();
        assertThat(CaseDocuments.isBfu(Cases.bound("partner-sundhedspleje.json"))).isFalse();
        assertThat(CaseDocuments.isBfu(Cases.bound("barnets-plan.json"))).isFalse();
        assertThat(CaseDocuments.isBfu(Cases.bound("underretning.json"))).isFalse();
    }

    @Test
    void bothKindsOfPlanArePlansAndNothingElseIs() {
        assertThat(CaseDocuments.isPlan(Cases.bound("barnets-plan.json"))).isTrue();
        assertThat(CaseDocuments.isPlan(Cases.bound("ungeplan.json"))).isTrue();
        assertThat(CaseDocuments.isPlan(Cases.bound("bfu.json"))).isFalse();
        assertThat(CaseDocuments.isPlan(Cases.bound("opfoelgning.json"))).isFalse();
    }

    @Test
    void theLatestCandidateDatedOnOrBeforeTheDocumentIsTaken() {
        BoundDocument plan = dated("barnets-plan.json", "2025-06-16");
        BoundDocument early = dated("bfu.json", "2025-02-01");
        BoundDocument before = dated("bfu.json", "2025-05-27");
        BoundDocument after = dated("bfu.json", "2025-07-01");
        BoundDocument sameDay = dated("bfu.json", "2025-06-16");
        assertThat(CaseDocuments.latestBefore(plan, List.of(early, after, before))).containsSame(before);
        assertThat(CaseDocuments.latestBefore(plan, List.of(before, sameDay, after))).containsSame(sameDay);
        assertThat(CaseDocuments.latestBefore(plan, List.of(after))).isEmpty();
    }

    @Test
    void anUndatedCandidateCountsAsOlderThanAnyDatedOne() {
        BoundDocument plan = dated("barnets-plan.json", "2025-06-16");
        BoundDocument undated = dated("bfu.json", null);
        BoundDocument before = dated("bfu.json", "2025-05-27");
        assertThat(CaseDocuments.latestBefore(plan, List.of(undated, before))).containsSame(before);
        assertThat(CaseDocuments.latestBefore(plan, List.of(before, undated))).containsSame(before);
        assertThat(CaseDocuments.latestBefore(plan, List.of(undated))).containsSame(undated);
    }

    @Test
    void anUndatedDocumentIsJudgedAgainstTheLatestOfAllCandidates() {
        BoundDocument plan = dated("barnets-plan.json", null);
        BoundDocument before = dated("bfu.json", "2025-05-27");
        BoundDocument after = dated("bfu.json", "2025-07-01");
        assertThat(CaseDocuments.latestBefore(plan, List.of(after, before))).containsSame(after);
    }

    @Test
    void aDocumentIsNeverJudgedAgainstItself() {
        BoundDocument bfu = dated("bfu.json", "2025-05-27");
        assertThat(CaseDocuments.latestBefore(bfu, List.of(bfu))).isEmpty();
    }
}
