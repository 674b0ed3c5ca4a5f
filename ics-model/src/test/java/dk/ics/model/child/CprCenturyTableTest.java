package dk.ics.model.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CprCenturyTableTest {

    @ParameterizedTest(name = "YY={0}, 7th digit {1} -> {2}")
    @CsvSource({
            "00,0,1900", "99,0,1999", "36,3,1936", "37,3,1937",
            "00,4,2000", "36,4,2036", "37,4,1937", "99,4,1999",
            "36,9,2036", "37,9,1937", "99,9,1999",
            "00,5,2000", "57,5,2057", "58,5,1858", "99,5,1899",
            "57,8,2057", "58,8,1858", "36,6,2036", "37,7,2037"})
    void birthYearFollowsTheCprTable(int yy, int seventh, int year) {
        assertThat(Cpr.birthYear(yy, seventh)).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "010136-4000,2036-01-01", "010137-4000,1937-01-01", "010136-9000,2036-01-01",
            "010137-9000,1937-01-01", "010157-5000,2057-01-01", "010158-5000,1858-01-01",
            "311299-8000,1899-12-31", "010100-3999,1900-01-01", "150624-4123,2024-06-15"})
    void theBirthDateUsesTheCentury(String cpr, String date) {
        assertThat(Cpr.parse(cpr).birthDate()).hasToString(date);
    }

    @ParameterizedTest
    @CsvSource({"-1,0", "100,0", "0,10", "0,-1"})
    void outOfRangeDigitsAreAProgrammingError(int yy, int seventh) {
        assertThatThrownBy(() -> Cpr.birthYear(yy, seventh)).isInstanceOf(IllegalArgumentException.class);
    }
}
