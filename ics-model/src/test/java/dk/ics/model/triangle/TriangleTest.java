package dk.ics.model.triangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriangleTest {

    @Test
    void theTriangleHasThreeSidesAndTenDimensionsInOrder() {
        assertThat(Triangle.sides()).containsExactly(Side.BARNETS_UDVIKLING, Side.FORAELDREKOMPETENCER,
                Side.FAMILIE_OG_NETVAERK);
        assertThat(Triangle.dimensions()).hasSize(10);
        assertThat(Side.BARNETS_UDVIKLING.dimensions()).extracting(Dimension::number).containsExactly(1, 2, 3, 4);
        assertThat(Side.FORAELDREKOMPETENCER.dimensions()).extracting(Dimension::number).containsExactly(5, 6, 7);
        assertThat(Side.FAMILIE_OG_NETVAERK.dimensions()).extracting(Dimension::number).containsExactly(8, 9, 10);
        assertThat(Triangle.centre().in(Language.DA)).isEqualTo("Barnets behov");
        assertThat(Triangle.version()).isEqualTo(IcsVersion.V2019);
    }

    @Test
    void everyDimensionHasDanishAndEnglishLabels() {
        assertThat(Dimension.TRYGT_OMSORGSMILJOE.label().da()).isEqualTo("Trygt omsorgsmiljø");
        assertThat(Dimension.TRYGT_OMSORGSMILJOE.label().en()).isEqualTo("Safe care environment");
        assertThat(Dimension.DAGTILBUD_SKOLEFORHOLD_OG_LAERING.label().da())
                .isEqualTo("Dagtilbud, skoleforhold og læring");
        for (Dimension d : Dimension.values()) {
            assertThat(d.label().da()).isNotBlank();
            assertThat(d.label().en()).isNotBlank().isNotEqualTo(d.label().da());
        }
        assertThat(Side.FORAELDREKOMPETENCER.label().in(Language.DA)).isEqualTo("Forældrekompetencer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Sundhedsforhold;SUNDHEDSFORHOLD",
        "sundhedsforhold;SUNDHEDSFORHOLD",
        "Health;SUNDHEDSFORHOLD",
        "Dagtilbud, Skoleforhold og læring;DAGTILBUD_SKOLEFORHOLD_OG_LAERING",
        "DAGTILBUD, SKOLEFORHOLD OG LÆRING;DAGTILBUD_SKOLEFORHOLD_OG_LAERING",
        "Dagtilbud, skoleforhold og laering;DAGTILBUD_SKOLEFORHOLD_OG_LAERING",
        "Bolig, beskæftigelse & økonomi;BOLIG_BESKAEFTIGELSE_OG_OEKONOMI",
        "  Trygt  omsorgsmiljø ;TRYGT_OMSORGSMILJOE",
        "trygt omsorgsmiljoe;TRYGT_OMSORGSMILJOE",
        "Understøttelse af relationer;UNDERSTOETTELSE_AF_RELATIONER",
        "SOCIALT_NETVAERK;SOCIALT_NETVAERK"
    })
    void dimensionsAreFoundByLabelCaseInsensitivelyWithKnownVariants(String label, Dimension expected) {
        assertThat(Dimension.fromLabel(label)).isEqualTo(expected);
    }

    @Test
    void anUnknownCodeNamesTheKnownCodes() {
        assertThatThrownBy(() -> Dimension.fromCode("HELBRED"))
                .isInstanceOf(IcsUnknownCodeException.class)
                .hasMessageContaining("unknown dimension 'HELBRED'")
                .hasMessageContaining("SUNDHEDSFORHOLD")
                .hasMessageContaining("SOCIALT_NETVAERK");
        assertThatThrownBy(() -> Dimension.fromLabel("Helbred")).isInstanceOf(IcsUnknownCodeException.class);
        assertThat(Dimension.fromCode("SUNDHEDSFORHOLD")).isEqualTo(Dimension.SUNDHEDSFORHOLD);
        assertThat(Side.fromCode("FAMILIE_OG_NETVAERK")).isEqualTo(Side.FAMILIE_OG_NETVAERK);
    }

    @Test
    void anUnknownValueThatIsNotACodeIsNeverEchoed() {
        assertThatThrownBy(() -> Dimension.fromCode("Mor drikker hver dag"))
                .isInstanceOf(IcsUnknownCodeException.class)
                .hasMessageNotContaining("drikker");
        assertThatThrownBy(() -> Dimension.fromCode("0101901234"))
                .hasMessageNotContaining("0101901234");
    }

    @Test
    void theVersionInForceFollowsTheDate() {
        assertThat(IcsVersion.on(java.time.LocalDate.of(2018, 12, 31))).isEqualTo(IcsVersion.PRE_2019);
        assertThat(IcsVersion.on(java.time.LocalDate.of(2019, 1, 1))).isEqualTo(IcsVersion.V2019);
    }
}
