package dk.ics.model.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which days a municipality's offices are open, for deadlines counted in working days (such as the acknowledgement
 * of a professional's notification within 6 working days).
 *
 * <p>{@link DanishHolidayCalendar} is the built-in implementation; a vendor may supply its own (for instance one
 * that knows a municipality's extra closed days). Implementations must be immutable and thread-safe, since a
 * {@link DeadlineCalculator} shares one between threads.
 */
public interface WorkingDayCalendar {

    /**
     * Whether the offices are open on the day.
     *
     * @param date the day
     * @return {@code true} for a working day
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * The working day reached by counting {@code n} working days after a date.
     *
     * <p>For {@code n >= 1} this is the n-th working day strictly after {@code date}, whether or not {@code date}
     * itself is a working day (a notification received on a Saturday has its first working day on Monday). For
     * {@code n == 0} it is {@code date} itself when that is a working day, otherwise the next working day. The result
     * is always a working day and never decreases as {@code n} grows.
     *
     * @param date the day counting starts from
     * @param n    the number of working days, {@code >= 0}
     * @return the working day reached
     * @throws IllegalArgumentException when {@code n} is negative
     */
    default LocalDate plusWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("the number of working days must not be negative");
        }
        LocalDate d = date;
        if (n == 0) {
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The first working day strictly after a date.
     *
     * @param date the day
     * @return the next working day
     */
    default LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }
}
