package dk.ics.model.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDayCalendarPropertyTest {

    private final DanishHolidayCalendar calendar = DanishHolidayCalendar.standard();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2150, 12, 31)
                .toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Property(tries = 300)
    void plusWorkingDaysLandsOnAWorkingDay(@ForAll("dates") LocalDate date, @ForAll @IntRange(max = 40) int n) {
        LocalDate result = calendar.plusWorkingDays(date, n);
        assertThat(calendar.isWorkingDay(result)).isTrue();
        assertThat(result).isAfterOrEqualTo(date);
    }

    @Property(tries = 300)
    void plusWorkingDaysIsMonotoneInN(@ForAll("dates") LocalDate date, @ForAll @IntRange(max = 30) int n) {
        LocalDate here = calendar.plusWorkingDays(date, n);
        LocalDate next = calendar.plusWorkingDays(date, n + 1);
        assertThat(next).isAfterOrEqualTo(here);
        if (n >= 1) {
            assertThat(next).isAfter(here);
        }
        assertThat(next).isAfter(date);
    }
}
