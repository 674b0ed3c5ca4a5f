package dk.ics.model.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CprParsingTest {

    @Test
    void acceptsTheFormWithAndWithoutHyphen() {
        Cpr withHyphen = Cpr.parse("010180-1234");
        Cpr without = Cpr.parse("0101801234");
        assertThat(withHyphen).isEqualTo(without).hasSameHashCodeAs(without);
        assertThat(without.value()).isEqualTo("0101801234");
        assertThat(without.formatted()).isEqualTo("010180-1234");
        assertThat(without.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    }

    @Test
    void surroundingWhiteSpaceIsIgnored() {
        assertThat(Cpr.parse(" 010180-1234\n").value()).isEqualTo("0101801234");
    }

    @Test
    void noModulus11CheckIsMade() {
        // 010180-1235 fails the old modulus-11 check; numbers issued since 2007 need not pass it.
        assertThat(Cpr.isValid("010180-1235")).isTrue();
        assertThat(Cpr.isValid("010180-1234")).isTrue();
    }

    @Test
    void genderComesFromTheLastDigit() {
        assertThat(Cpr.parse("010180-1234").gender()).isEqualTo(Gender.FEMALE);
        assertThat(Cpr.parse("010180-1233").gender()).isEqualTo(Gender.MALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "010180 1234", "01018-01234", "010180-123", "010180-12345", "abcdef-ghij",
            "010180–1234", "0101801234x", "01-01-80-1234"})
    void malformedTextIsRefused(String text) {
        assertThatThrownBy(() -> Cpr.parse(text)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("DDMMYY-SSSS");
        assertThat(Cpr.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"310299-1234", "290223-1234", "290200-1234", "300280-1234", "320180-1234",
            "000180-1234", "011380-1234", "010080-1234", "310480-1234", "600180-1234", "920180-1234"})
    void impossibleDatesAreRefused(String text) {
        assertThatThrownBy(() -> Cpr.parse(text)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("valid birth date");
        assertThat(Cpr.isValid(text)).isFalse();
    }

    @Test
    void the29thOfFebruaryIsValidInLeapYearsOnly() {
        assertThat(Cpr.parse("290200-4234").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Cpr.parse("290296-1234").birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        assertThat(Cpr.isValid("290200-1234")).as("1900 was not a leap year").isFalse();
        assertThat(Cpr.isValid("290297-1234")).isFalse();
    }

    @Test
    void nullIsRefusedWithOurException() {
        assertThatThrownBy(() -> Cpr.parse(null)).isInstanceOf(IcsInvalidDataException.class);
        assertThat(Cpr.isValid(null)).isFalse();
    }
}
