package dk.ics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void danishLocalesGiveDanishAndEveryOtherLocaleEnglish() {
        assertThat(Language.of(Locale.forLanguageTag("da-DK"))).isEqualTo(Language.DA);
        assertThat(Language.of(Locale.forLanguageTag("da"))).isEqualTo(Language.DA);
        assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.EN);
        assertThat(Language.of(null)).isEqualTo(Language.EN);
        assertThat(Language.DA.locale()).isEqualTo(Locale.forLanguageTag("da-DK"));
        assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void tagsAreReadWithoutRegardToCaseAndSurroundingSpace() {
        assertThat(Language.ofTag(" DA-dk ")).isEqualTo(Language.DA);
        assertThat(Language.ofTag("da")).isEqualTo(Language.DA);
        assertThat(Language.ofTag("EN")).isEqualTo(Language.EN);
        assertThat(Language.ofTag("en-us")).isEqualTo(Language.EN);
        assertThat(Language.ofTag("en-GB")).isEqualTo(Language.EN);
    }

    @Test
    void unknownTagIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Language.ofTag("de")).isInstanceOfSatisfying(IcsUnknownCodeException.class,
                e -> assertThat(e.getMessage()).contains("language", "da", "en"));
        assertThatThrownBy(() -> Language.ofTag(null)).isInstanceOf(IcsUnknownCodeException.class);
    }
}
