package dk.ics.validation.internal;

import dk.ics.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a municipality's rule profile, as read from a file before it is checked against the rules.
 *
 * @param name  the profile's name (e.g. the municipality), optional
 * @param rules    the settings per rule code, optional
 * @param calendar the working-day calendar's settings, optional
 */
public record ProfileFile(String name, Map<String, Setting> rules, Calendar calendar) {

    /**
     * The calendar's settings.
     *
     * @param closedDays the customary days that are closed (codes of {@code DanishHoliday}); {@code null} for all
     */
    public record Calendar(List<String> closedDays) {
    }

    /**
     * One rule's settings; each part is optional and {@code null} means "as built in".
     *
     * @param enabled    {@code false} switches the rule off
     * @param severity   the severity of the rule's findings
     * @param thresholds the thresholds to set, by name
     */
    public record Setting(Boolean enabled, Severity severity, Map<String, Integer> thresholds) {
    }
}
