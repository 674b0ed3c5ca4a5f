package dk.ics.model.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CprSubstituteNumberTest {

    @Test
    void aDayOverSixtyMarksASubstituteNumberAndTheBirthDateIsStillDerived() {
        Cpr substitute = Cpr.parse("610180-1234");
        assertThat(substitute.isSubstitute()).isTrue();
        assertThat(substitute.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(Cpr.parse("910180-1234").birthDate()).isEqualTo(LocalDate.of(1980, 1, 31));
        assertThat(Cpr.parse("890224-4123").birthDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void anOrdinaryNumberIsNotASubstitute() {
        assertThat(Cpr.parse("310180-1234").isSubstitute()).isFalse();
    }

    @Test
    void aSubstituteNumberMustStillHoldAValidDate() {
        assertThat(Cpr.isValid("910280-1234")).as("31 February").isFalse();
        assertThat(Cpr.isValid("890223-1234")).as("29 February 1923").isFalse();
    }
}
