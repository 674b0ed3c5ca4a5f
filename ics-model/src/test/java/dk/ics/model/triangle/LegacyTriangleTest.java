package dk.ics.model.triangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Language;
import org.junit.jupiter.api.Test;

class LegacyTriangleTest {

    @Test
    void theTriangleBefore2019HasItsThreeSidesAndTheirDimensions() {
        assertThat(LegacySide.values()).hasSize(3);
        assertThat(LegacySide.BARNETS_UDVIKLINGSMAESSIGE_BEHOV.dimensions()).hasSize(7)
                .contains(LegacyDimension.IDENTITET, LegacyDimension.SOCIAL_FREMTRAEDEN);
        assertThat(LegacySide.FORAELDREKOMPETENCER.dimensions()).containsExactly(
                LegacyDimension.GRUNDLAEGGENDE_OMSORG, LegacyDimension.SIKKERHED,
                LegacyDimension.FOELELSESMAESSIG_VARME, LegacyDimension.STIMULERING,
                LegacyDimension.VEJLEDNING_OG_GRAENSESAETNING, LegacyDimension.STABILITET);
        assertThat(LegacySide.FAMILIEFORHOLD_FAMILIE_OG_OMGIVELSER.dimensions()).hasSize(6);
        assertThat(LegacySide.FAMILIEFORHOLD_FAMILIE_OG_OMGIVELSER.label().in(Language.DA))
                .isEqualTo("Familieforhold – familie og omgivelser");
    }

    @Test
    void everyLegacyDimensionHasDanishAndEnglishLabels() {
        for (LegacyDimension d : LegacyDimension.values()) {
            assertThat(d.label().da()).isNotBlank();
            assertThat(d.label().en()).isNotBlank().isNotEqualTo(d.label().da());
        }
        assertThat(LegacyDimension.FOELELSESMAESSIG_VARME.label().da()).isEqualTo("Følelsesmæssig varme");
        assertThat(LegacyDimension.FOELELSESMAESSIG_VARME.label().en()).isEqualTo("Emotional warmth");
    }

    @Test
    void legacyDimensionsAreFoundByCodeAndByLenientLabel() {
        assertThat(LegacyDimension.fromCode("STABILITET")).isEqualTo(LegacyDimension.STABILITET);
        assertThat(LegacyDimension.fromLabel("følelsesmæssig VARME")).isEqualTo(LegacyDimension.FOELELSESMAESSIG_VARME);
        assertThat(LegacyDimension.fromLabel("Vejledning & grænsesætning"))
                .isEqualTo(LegacyDimension.VEJLEDNING_OG_GRAENSESAETNING);
        assertThat(LegacyDimension.fromLabel("Basic care")).isEqualTo(LegacyDimension.GRUNDLAEGGENDE_OMSORG);
        assertThat(LegacySide.fromCode("FORAELDREKOMPETENCER")).isEqualTo(LegacySide.FORAELDREKOMPETENCER);
        assertThatThrownBy(() -> LegacyDimension.fromCode("SUNDHEDSFORHOLD"))
                .isInstanceOf(IcsUnknownCodeException.class).hasMessageContaining("SUNDHED");
        assertThatThrownBy(() -> LegacyDimension.fromLabel("Trygt omsorgsmiljø"))
                .isInstanceOf(IcsUnknownCodeException.class);
    }
}
