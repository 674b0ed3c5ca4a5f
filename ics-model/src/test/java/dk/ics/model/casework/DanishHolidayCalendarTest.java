package dk.ics.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DanishHolidayCalendarTest {

    private final DanishHolidayCalendar calendar = DanishHolidayCalendar.standard();

    @Test
    void theHolidaysOf2023IncludeStoreBededag() {
        assertThat(calendar.holidays(2023)).containsExactly(
                entry(LocalDate.of(2023, 1, 1), DanishHoliday.NYTAARSDAG),
                entry(LocalDate.of(2023, 4, 6), DanishHoliday.SKAERTORSDAG),
                entry(LocalDate.of(2023, 4, 7), DanishHoliday.LANGFREDAG),
                entry(LocalDate.of(2023, 4, 9), DanishHoliday.PAASKEDAG),
                entry(LocalDate.of(2023, 4, 10), DanishHoliday.ANDEN_PAASKEDAG),
                entry(LocalDate.of(2023, 5, 5), DanishHoliday.STORE_BEDEDAG),
                entry(LocalDate.of(2023, 5, 18), DanishHoliday.KRISTI_HIMMELFARTSDAG),
                entry(LocalDate.of(2023, 5, 28), DanishHoliday.PINSEDAG),
                entry(LocalDate.of(2023, 5, 29), DanishHoliday.ANDEN_PINSEDAG),
                entry(LocalDate.of(2023, 6, 5), DanishHoliday.GRUNDLOVSDAG),
                entry(LocalDate.of(2023, 12, 24), DanishHoliday.JULEAFTENSDAG),
                entry(LocalDate.of(2023, 12, 25), DanishHoliday.JULEDAG),
                entry(LocalDate.of(2023, 12, 26), DanishHoliday.ANDEN_JULEDAG),
                entry(LocalDate.of(2023, 12, 31), DanishHoliday.NYTAARSAFTENSDAG));
    }

    @Test
    void storeBededagIsAWorkingDayFrom2024() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 26))).isTrue();
        assertThat(calendar.holidays(2024)).doesNotContainValue(DanishHoliday.STORE_BEDEDAG);
        assertThat(calendar.holidayOn(LocalDate.of(2024, 5, 9))).contains(DanishHoliday.KRISTI_HIMMELFARTSDAG);
    }

    @Test
    void weekendsAreClosedButAreNotHolidays() {
        LocalDate saturday = LocalDate.of(2024, 3, 2);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendar.isWorkingDay(saturday.plusDays(1))).isFalse();
        assertThat(calendar.holidayOn(saturday)).isEmpty();
        assertThat(calendar.isWorkingDay(saturday.plusDays(2))).isTrue();
    }

    @Test
    void theCustomaryClosedDaysAreClosedByDefaultAndCanBeOpened() {
        LocalDate grundlovsdag = LocalDate.of(2024, 6, 5);
        LocalDate christmasEve = LocalDate.of(2024, 12, 24);
        LocalDate newYearsEve = LocalDate.of(2024, 12, 31);
        assertThat(calendar.isWorkingDay(grundlovsdag)).isFalse();
        assertThat(calendar.isWorkingDay(christmasEve)).isFalse();
        assertThat(calendar.isWorkingDay(newYearsEve)).isFalse();

        DanishHolidayCalendar open = DanishHolidayCalendar.builder().grundlovsdagClosed(false)
                .christmasEveClosed(false).newYearsEveClosed(false).build();
        assertThat(open.isWorkingDay(grundlovsdag)).isTrue();
        assertThat(open.isWorkingDay(christmasEve)).isTrue();
        assertThat(open.isWorkingDay(newYearsEve)).isTrue();
        assertThat(open.isWorkingDay(LocalDate.of(2024, 12, 25))).isFalse();
    }

    @Test
    void eachCustomaryDayIsSetOnItsOwnAndReportedBack() {
        DanishHolidayCalendar onlyChristmasEveOpen = DanishHolidayCalendar.builder().christmasEveClosed(false).build();
        assertThat(onlyChristmasEveOpen.christmasEveClosed()).isFalse();
        assertThat(onlyChristmasEveOpen.grundlovsdagClosed()).isTrue();
        assertThat(onlyChristmasEveOpen.newYearsEveClosed()).isTrue();
        assertThat(onlyChristmasEveOpen.isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(onlyChristmasEveOpen.isWorkingDay(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(onlyChristmasEveOpen).hasToString(
                "DanishHolidayCalendar[grundlovsdagClosed=true, christmasEveClosed=false, newYearsEveClosed=true]");
        DanishHolidayCalendar onlyGrundlovsdagOpen = DanishHolidayCalendar.builder().grundlovsdagClosed(false).build();
        assertThat(onlyGrundlovsdagOpen.grundlovsdagClosed()).isFalse();
        assertThat(onlyGrundlovsdagOpen.christmasEveClosed()).isTrue();
        assertThat(DanishHolidayCalendar.builder().newYearsEveClosed(false).build().newYearsEveClosed()).isFalse();
    }

    @Test
    void countingWorkingDaysSkipsEaster() {
        // Wednesday before Easter 2024: Skærtorsdag to 2. påskedag are closed.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 3, 27), 1)).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 3, 27), 6)).isEqualTo(LocalDate.of(2024, 4, 9));
    }

    @Test
    void countingFromAClosedDayStartsOnTheNextWorkingDay() {
        LocalDate saturday = LocalDate.of(2024, 3, 2);
        assertThat(calendar.plusWorkingDays(saturday, 0)).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(calendar.plusWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 3, 4), 0)).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 3, 4))).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void theCustomaryClosedDaysAreASettingByCode() {
        DanishHolidayCalendar none = DanishHolidayCalendar.closing(List.of());
        assertThat(none.closedCustomaryDays()).isEmpty();
        assertThat(none.isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(DanishHolidayCalendar.standard().closedCustomaryDays())
                .isEqualTo(DanishHolidayCalendar.CUSTOMARY_CLOSED_DAYS);
        assertThatThrownBy(() -> DanishHolidayCalendar.closing(
                List.of(DanishHoliday.JULEDAG))).isInstanceOf(IllegalArgumentException.class);
    }
}
