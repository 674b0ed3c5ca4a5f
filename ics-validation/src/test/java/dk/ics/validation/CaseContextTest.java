package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.casework.LegalRegime;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The case a document is judged in: what a builder sets is what the context holds, and it logs no values. */
class CaseContextTest {

    private static final LocalDate ON = LocalDate.of(2026, 3, 1);

    /** Every part set through one fluent chain (each builder method returns the builder). */
    private static CaseContext full() {
        return CaseContext.builder(ON)
                .regime(LegalRegime.BARNETS_LOV)
                .caseOpened(LocalDate.of(2025, 1, 2))
                .childBirthDate(LocalDate.of(2015, 11, 19))
                .needKnownDate(LocalDate.of(2025, 1, 3))
                .supportDecisionDate(LocalDate.of(2025, 5, 27))
                .placementWithConsentDecisionDate(LocalDate.of(2025, 6, 1))
                .placementWithoutConsentDecisionDate(LocalDate.of(2025, 6, 2))
                .urgentDecision(true)
                .measureStartDate(LocalDate.of(2025, 6, 10))
                .parallelInvestigationFinishedDate(LocalDate.of(2025, 7, 1))
                .placementStartDate(LocalDate.of(2025, 6, 15))
                .supervisionVisit(LocalDate.of(2025, 12, 1))
                .supervisionVisit(LocalDate.of(2025, 9, 1))
                .earlierFollowUp(LocalDate.of(2026, 1, 15))
                .earlierFollowUp(LocalDate.of(2025, 9, 4))
                .latestBfu(Cases.bound("bfu.json"))
                .plan(Cases.bound("barnets-plan.json"))
                .build();
    }

    @Test
    void aContextHoldsEveryPartItsBuilderWasGiven() {
        CaseContext c = full();
        assertThat(c.referenceDate()).isEqualTo(ON);
        assertThat(c.regime()).contains(LegalRegime.BARNETS_LOV);
        assertThat(c.caseOpened()).contains(LocalDate.of(2025, 1, 2));
        assertThat(c.childBirthDate()).contains(LocalDate.of(2015, 11, 19));
        assertThat(c.needKnownDate()).contains(LocalDate.of(2025, 1, 3));
        assertThat(c.supportDecisionDate()).contains(LocalDate.of(2025, 5, 27));
        assertThat(c.placementWithConsentDecisionDate()).contains(LocalDate.of(2025, 6, 1));
        assertThat(c.placementWithoutConsentDecisionDate()).contains(LocalDate.of(2025, 6, 2));
        assertThat(c.urgentDecision()).isTrue();
        assertThat(c.measureStartDate()).contains(LocalDate.of(2025, 6, 10));
        assertThat(c.parallelInvestigationFinishedDate()).contains(LocalDate.of(2025, 7, 1));
        assertThat(c.placementStartDate()).contains(LocalDate.of(2025, 6, 15));
        assertThat(c.latestBfu()).isPresent();
        assertThat(c.plan()).isPresent();
    }

    @Test
    void visitsAndFollowUpsAreKeptInDateOrderWhateverOrderTheyCameIn() {
        CaseContext c = full();
        assertThat(c.supervisionVisits()).containsExactly(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1));
        assertThat(c.earlierFollowUps()).containsExactly(LocalDate.of(2025, 9, 4), LocalDate.of(2026, 1, 15));
    }

    @Test
    void toBuilderCopiesEveryPart() {
        CaseContext c = full();
        CaseContext copy = c.toBuilder().build();
        assertThat(copy.toString()).isEqualTo(c.toString());
        assertThat(copy.supervisionVisits()).isEqualTo(c.supervisionVisits());
        assertThat(copy.earlierFollowUps()).isEqualTo(c.earlierFollowUps());
        assertThat(copy.placementWithConsentDecisionDate()).isEqualTo(c.placementWithConsentDecisionDate());
    }

    @Test
    void theChildsAgeIsInWholeYearsAndUnknownBeforeBirthOrWithoutABirthDate() {
        CaseContext c = full();
        assertThat(c.childAgeOn(LocalDate.of(2025, 11, 18))).isEqualTo(OptionalInt.of(9));
        assertThat(c.childAgeOn(LocalDate.of(2025, 11, 19))).isEqualTo(OptionalInt.of(10));
        assertThat(c.childAgeOn(LocalDate.of(2015, 11, 18))).isEmpty();
        assertThat(CaseContext.on(ON).childAgeOn(ON)).isEmpty();
    }

    @Test
    void toStringNamesThePartsThatAreSetAndNoValues() {
        String all = full().toString();
        assertThat(all).isEqualTo("CaseContext[present=[regime, caseOpened, childBirthDate, needKnownDate,"
                + " supportDecisionDate, placementWithConsentDecisionDate, placementWithoutConsentDecisionDate,"
                + " measureStartDate, urgentDecision, parallelInvestigationFinishedDate, placementStartDate, latestBfu,"
                + " plan], supervisionVisits=2, earlierFollowUps=2, earlierPlans=0]");
        assertThat(all).doesNotContain("2015").doesNotContain("2025");
        assertThat(CaseContext.on(ON).toString())
                .isEqualTo("CaseContext[present=[], supervisionVisits=0, earlierFollowUps=0, earlierPlans=0]");
        assertThat(CaseContext.builder(ON).urgentDecision(false).build().toString()).doesNotContain("urgent");
    }

    @Test
    void anEmptyContextHasNothingButItsReferenceDate() {
        CaseContext c = CaseContext.on(ON);
        assertThat(c.referenceDate()).isEqualTo(ON);
        assertThat(c.regime()).isEmpty();
        assertThat(c.caseOpened()).isEmpty();
        assertThat(c.placementWithConsentDecisionDate()).isEmpty();
        assertThat(c.urgentDecision()).isFalse();
        assertThat(c.supervisionVisits()).isEmpty();
    }
}
