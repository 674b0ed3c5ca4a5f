package dk.ics.model.casework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working days of a Danish municipality: Monday to Friday, except the public holidays (nytårsdag, skærtorsdag,
 * langfredag, påskedag, 2. påskedag, Store Bededag until 2023, Kristi himmelfartsdag, pinsedag, 2. pinsedag,
 * juledag, 2. juledag) and, by default, the days municipal offices customarily close: Grundlovsdag (5 June),
 * juleaftensdag (24 December) and nytårsaftensdag (31 December).
 *
 * <p>Those three customary days are not public holidays by law; whether they count as closed is a setting
 * ({@link Builder#grundlovsdagClosed(boolean)}, {@link Builder#christmasEveClosed(boolean)},
 * {@link Builder#newYearsEveClosed(boolean)}). The default is closed, as most municipalities' offices are, which
 * gives a caseworker the later (more lenient) of the two possible deadlines. Easter is computed with the Gregorian
 * computus (the anonymous "Meeus/Jones/Butcher" algorithm), and the movable holidays follow from it. Store Bededag
 * (the fourth Friday after Easter) was abolished as a public holiday from 2024 and is a working day from then on.
 *
 * <p>Immutable and thread-safe.
 */
public final class DanishHolidayCalendar implements WorkingDayCalendar {

    /** The first year Store Bededag is no longer a holiday. */
    public static final int STORE_BEDEDAG_ABOLISHED_FROM = 2024;

    /**
     * The days municipal offices customarily close that are not public holidays by law: Grundlovsdag, juleaftensdag
     * and nytårsaftensdag. Their codes are the settings of a profile's calendar and of the CLI's
     * {@code --closed-days}.
     */
    public static final Set<DanishHoliday> CUSTOMARY_CLOSED_DAYS = Collections.unmodifiableSet(
            EnumSet.of(DanishHoliday.GRUNDLOVSDAG, DanishHoliday.JULEAFTENSDAG, DanishHoliday.NYTAARSAFTENSDAG));

    private static final DanishHolidayCalendar STANDARD = builder().build();

    private final boolean grundlovsdagClosed;
    private final boolean christmasEveClosed;
    private final boolean newYearsEveClosed;

    private DanishHolidayCalendar(Builder b) {
        this.grundlovsdagClosed = b.grundlovsdagClosed;
        this.christmasEveClosed = b.christmasEveClosed;
        this.newYearsEveClosed = b.newYearsEveClosed;
    }

    /** The calendar with the defaults: public holidays, weekends, and 5 June, 24 and 31 December closed. */
    public static DanishHolidayCalendar standard() {
        return STANDARD;
    }

    /**
     * The calendar with exactly the given customary days closed (the public holidays always are).
     *
     * @param closed some of {@link #CUSTOMARY_CLOSED_DAYS}; none for a calendar of public holidays only
     * @throws IllegalArgumentException for a day that is not a customary closed day (a public holiday is always
     *                                  closed)
     */
    public static DanishHolidayCalendar closing(Collection<DanishHoliday> closed) {
        for (DanishHoliday d : closed) {
            if (!CUSTOMARY_CLOSED_DAYS.contains(d)) {
                throw new IllegalArgumentException(d + " is a public holiday, always closed; the settings are "
                        + CUSTOMARY_CLOSED_DAYS);
            }
        }
        return builder().grundlovsdagClosed(closed.contains(DanishHoliday.GRUNDLOVSDAG))
                .christmasEveClosed(closed.contains(DanishHoliday.JULEAFTENSDAG))
                .newYearsEveClosed(closed.contains(DanishHoliday.NYTAARSAFTENSDAG)).build();
    }

    /** A builder for a calendar with other settings for the customary closed days. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Easter Sunday in a year of the Gregorian calendar.
     *
     * @param year the year (1583 or later)
     * @return the date of Easter Sunday
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * The closed days of a year under this calendar's settings, in date order (weekends not included).
     *
     * @param year the year
     * @return each closed day with its holiday
     */
    public Map<LocalDate, DanishHoliday> holidays(int year) {
        Map<LocalDate, DanishHoliday> m = new TreeMap<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            Optional<DanishHoliday> h = holidayOn(d);
            if (h.isPresent()) {
                m.put(d, h.get());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The holiday or customary closed day on a date, if any (weekends are not holidays).
     *
     * @param date the day
     * @return the holiday, or empty
     */
    public Optional<DanishHoliday> holidayOn(LocalDate date) {
        DanishHoliday fixed = fixedHoliday(date);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        int year = date.getYear();
        long fromEaster = ChronoUnit.DAYS.between(easterSunday(year), date);
        DanishHoliday movable = switch ((int) Math.max(-100, Math.min(100, fromEaster))) {
            case -3 -> DanishHoliday.SKAERTORSDAG;
            case -2 -> DanishHoliday.LANGFREDAG;
            case 0 -> DanishHoliday.PAASKEDAG;
            case 1 -> DanishHoliday.ANDEN_PAASKEDAG;
            case 26 -> year < STORE_BEDEDAG_ABOLISHED_FROM ? DanishHoliday.STORE_BEDEDAG : null;
            case 39 -> DanishHoliday.KRISTI_HIMMELFARTSDAG;
            case 49 -> DanishHoliday.PINSEDAG;
            case 50 -> DanishHoliday.ANDEN_PINSEDAG;
            default -> null;
        };
        return Optional.ofNullable(movable);
    }

    private DanishHoliday fixedHoliday(LocalDate date) {
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        if (m == 1 && d == 1) {
            return DanishHoliday.NYTAARSDAG;
        }
        if (m == 6 && d == 5 && grundlovsdagClosed) {
            return DanishHoliday.GRUNDLOVSDAG;
        }
        if (m != 12) {
            return null;
        }
        return switch (d) {
            case 24 -> christmasEveClosed ? DanishHoliday.JULEAFTENSDAG : null;
            case 25 -> DanishHoliday.JULEDAG;
            case 26 -> DanishHoliday.ANDEN_JULEDAG;
            case 31 -> newYearsEveClosed ? DanishHoliday.NYTAARSAFTENSDAG : null;
            default -> null;
        };
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && holidayOn(date).isEmpty();
    }

    /** The customary days this calendar closes, in calendar order (all three by default). */
    public Set<DanishHoliday> closedCustomaryDays() {
        Set<DanishHoliday> out = EnumSet.noneOf(DanishHoliday.class);
        if (grundlovsdagClosed) {
            out.add(DanishHoliday.GRUNDLOVSDAG);
        }
        if (christmasEveClosed) {
            out.add(DanishHoliday.JULEAFTENSDAG);
        }
        if (newYearsEveClosed) {
            out.add(DanishHoliday.NYTAARSAFTENSDAG);
        }
        return Collections.unmodifiableSet(out);
    }

    /** Whether Grundlovsdag (5 June) counts as a closed day. */
    public boolean grundlovsdagClosed() {
        return grundlovsdagClosed;
    }

    /** Whether juleaftensdag (24 December) counts as a closed day. */
    public boolean christmasEveClosed() {
        return christmasEveClosed;
    }

    /** Whether nytårsaftensdag (31 December) counts as a closed day. */
    public boolean newYearsEveClosed() {
        return newYearsEveClosed;
    }

    @Override
    public String toString() {
        return "DanishHolidayCalendar[grundlovsdagClosed=" + grundlovsdagClosed + ", christmasEveClosed="
                + christmasEveClosed + ", newYearsEveClosed=" + newYearsEveClosed + "]";
    }

    /** Builds a {@link DanishHolidayCalendar}; every setting defaults to closed. Not thread-safe; build once. */
    public static final class Builder {

        private boolean grundlovsdagClosed = true;
        private boolean christmasEveClosed = true;
        private boolean newYearsEveClosed = true;

        private Builder() {
        }

        /** Whether Grundlovsdag (5 June) is a closed day; default {@code true}. */
        public Builder grundlovsdagClosed(boolean closed) {
            this.grundlovsdagClosed = closed;
            return this;
        }

        /** Whether juleaftensdag (24 December) is a closed day; default {@code true}. */
        public Builder christmasEveClosed(boolean closed) {
            this.christmasEveClosed = closed;
            return this;
        }

        /** Whether nytårsaftensdag (31 December) is a closed day; default {@code true}. */
        public Builder newYearsEveClosed(boolean closed) {
            this.newYearsEveClosed = closed;
            return this;
        }

        /** The calendar. */
        public DanishHolidayCalendar build() {
            return new DanishHolidayCalendar(this);
        }
    }
}
