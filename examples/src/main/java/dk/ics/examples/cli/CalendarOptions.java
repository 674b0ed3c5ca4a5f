package dk.ics.examples.cli;

import dk.ics.model.casework.DanishHoliday;
import dk.ics.model.casework.DanishHolidayCalendar;
import dk.ics.validation.Profile;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --closed-days} option of the commands that compute deadlines, mixed in with {@code @Mixin}: which of the
 * customary closed days (Grundlovsdag, juleaftensdag, nytårsaftensdag; not public holidays by law) count as closed
 * when a deadline is counted in working days. Without it, the profile's calendar (all three closed by default).
 */
public final class CalendarOptions {

    @Option(names = "--closed-days", paramLabel = "all|none|CODE,...", converter = ClosedDaysConverter.class,
            description = "Which customary days are closed besides the public holidays: all (the default), none, or "
                    + "a comma-separated list of GRUNDLOVSDAG, JULEAFTENSDAG, NYTAARSAFTENSDAG.")
    private Set<DanishHoliday> closedDays;

    /** The calendar to count working days on: the option's, else the profile's. */
    DanishHolidayCalendar calendar(Profile profile) {
        return closedDays == null ? profile.calendar() : DanishHolidayCalendar.closing(closedDays);
    }

    /** Whether the option was given. */
    boolean given() {
        return closedDays != null;
    }

    /** Converts {@code all}, {@code none} or a list of codes; a bad code is named only when shaped like one. */
    static final class ClosedDaysConverter implements ITypeConverter<Set<DanishHoliday>> {
        @Override
        public Set<DanishHoliday> convert(String value) {
            String v = value.trim();
            if (v.equalsIgnoreCase("all")) {
                return DanishHolidayCalendar.CUSTOMARY_CLOSED_DAYS;
            }
            Set<DanishHoliday> out = EnumSet.noneOf(DanishHoliday.class);
            if (v.equalsIgnoreCase("none")) {
                return out;
            }
            for (String part : v.split(",", -1)) {
                String code = part.trim().toUpperCase(Locale.ROOT);
                DanishHoliday day = DanishHolidayCalendar.CUSTOMARY_CLOSED_DAYS.stream()
                        .filter(d -> d.name().equals(code)).findFirst().orElseThrow(() -> new TypeConversionException(
                                "expected all, none or a comma-separated list of "
                                        + DanishHolidayCalendar.CUSTOMARY_CLOSED_DAYS));
                out.add(day);
            }
            return out;
        }
    }
}
