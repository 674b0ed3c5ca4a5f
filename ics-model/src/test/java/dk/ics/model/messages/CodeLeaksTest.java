package dk.ics.model.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeLeaksTest {

    @Test
    void codesIdentifiersAndEnglishNamesAreFound() {
        assertThat(CodeLeaks.in("Dimensionen TRYGT_OMSORGSMILJOE er i fokus")).containsExactly("TRYGT_OMSORGSMILJOE");
        assertThat(CodeLeaks.in("Status er FINAL")).containsExactly("FINAL");
        assertThat(CodeLeaks.in("Ikke en af: BL_32, NONE")).containsExactly("BL_32", "NONE");
        assertThat(CodeLeaks.in("Feltet barnetsOensker mangler")).containsExactly("barnetsOensker");
        assertThat(CodeLeaks.in("fejlede (NullPointerException)")).containsExactly("NullPointerException");
        assertThat(CodeLeaks.in("der forventes true eller false")).containsExactly("true", "false");
    }

    @Test
    void danishTextWithFindingCodesDatesAndNumbersReadsClean() {
        assertThat(CodeLeaks.in("Dimensionen Trygt omsorgsmiljø er i fokus, men har ingen beskrivelse.")).isEmpty();
        assertThat(CodeLeaks.in("Regel ICS-PLAN-005 kunne ikke anvendes: sagens oplysninger mangler barnets plan."))
                .isEmpty();
        assertThat(CodeLeaks.in("Ikke en gyldig dato (ÅÅÅÅ-MM-DD), fx 2024-03-01T09:30:00+01:00")).isEmpty();
        assertThat(CodeLeaks.in("Underretningen blev vurderet 1470 minutter efter; se TPL-REQUIRED")).isEmpty();
    }
}
