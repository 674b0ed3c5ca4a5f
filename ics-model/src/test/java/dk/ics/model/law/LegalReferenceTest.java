package dk.ics.model.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Language;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.LegalRegime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LegalReferenceTest {

    @Test
    void aReferencePrintsItsCitationAndNamesItsConsolidation() {
        assertThat(LegalReferences.BL_95_STK_2.citation()).isEqualTo("Barnets lov § 95, stk. 2");
        assertThat(LegalReferences.BL_95_STK_2.consolidation()).isEqualTo("LBK nr. 282 af 17/03/2025");
        assertThat(LegalReferences.SEL_155_B_STK_1.citation()).isEqualTo("Serviceloven § 155 b, stk. 1");
        assertThat(new LegalReference(Law.BARNETS_LOV, "95", "2", "1", "LBK nr. 282 af 17/03/2025",
                Standing.VERIFIED, null).citation()).isEqualTo("Barnets lov § 95, stk. 2, nr. 1");
        assertThat(LegalReferences.BL_20_STK_3.toString()).isEqualTo("Barnets lov § 20, stk. 3");
    }

    @Test
    void anUnverifiedReferenceSaysSoAndCarriesANote() {
        LegalReference r = LegalReferences.BL_136;
        assertThat(r.standing().isVerified()).isFalse();
        assertThat(r.note()).isNotBlank();
        assertThat(r.citationWithStanding(Language.DA)).isEqualTo("Barnets lov § 136 (læst i en sekundær kilde)");
        assertThat(LegalReferences.BL_20_STK_3.citationWithStanding(Language.EN)).isEqualTo("Barnets lov § 20, stk. 3");
        assertThatThrownBy(() -> LegalReferences.BL_20_STK_3.as(Standing.PROJECT_READING, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedPartsAreRefused() {
        assertThatThrownBy(() -> new LegalReference(Law.BARNETS_LOV, "§ 20", null, null, "x", Standing.VERIFIED, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalReference(Law.BARNETS_LOV, "20", null, "1", "x", Standing.VERIFIED, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCatalogueHoldsEveryReferenceOnceAndEveryDeadlineRuleHasOneUnderARegime() {
        Set<String> citations = new HashSet<>();
        for (LegalReference r : LegalReferences.all()) {
            assertThat(citations.add(r.citation())).as(r.citation()).isTrue();
        }
        for (DeadlineRule rule : DeadlineRule.values()) {
            assertThat(rule.reference(LegalRegime.BARNETS_LOV).or(() -> rule.reference(LegalRegime.SEL)))
                    .as(rule.code()).isPresent();
        }
    }

    @Test
    void theConventionsOfTheDeadlineRulesAreMarkedAsTheProjectsOwn() {
        assertThat(DeadlineRule.CHILD_TALK_ABUSE.reference(LegalRegime.BARNETS_LOV).orElseThrow().standing())
                .isEqualTo(Standing.PROJECT_CONVENTION);
        assertThat(DeadlineRule.SUPERVISION_2_PER_YEAR.reference(LegalRegime.BARNETS_LOV).orElseThrow().standing())
                .isEqualTo(Standing.PROJECT_READING);
        assertThat(DeadlineRule.UNGEPLAN_3_MONTHS.reference(LegalRegime.BARNETS_LOV).orElseThrow().standing())
                .isEqualTo(Standing.VERIFIED);
    }
}
