package dk.ics.model.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterDatesTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"1818,1818-03-22", "1943,1943-04-25", "2000,2000-04-23", "2008,2008-03-23", "2011,2011-04-24",
            "2019,2019-04-21", "2020,2020-04-12", "2021,2021-04-04", "2022,2022-04-17", "2023,2023-04-09",
            "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2038,2038-04-25", "2285,2285-03-22"})
    void easterSundayMatchesKnownDates(int year, LocalDate easter) {
        assertThat(DanishHolidayCalendar.easterSunday(year)).isEqualTo(easter);
    }
}
