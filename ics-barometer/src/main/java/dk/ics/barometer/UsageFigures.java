package dk.ics.barometer;

import dk.ics.barometer.internal.UsageScorer;
import dk.ics.model.IcsException;
import dk.ics.model.ReadLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures a case system supplies for the "use of ICS in casework" status: per case step, the documents made in a
 * period, how many on ICS templates, and how many passed the ICS checks. JSON form:
 * {@code {"municipality": "…", "from": "2024-01-01", "to": "2024-06-30", "steps": [{"step":
 * "BOERNEFAGLIG_UNDERSOEGELSE", "documents": 40, "onIcsTemplate": 36, "passedChecks": 30}]}}.
 *
 * @param municipality the municipality
 * @param from         the first day of the period
 * @param to           the last day of the period
 * @param steps        the figures per case step, each step at most once
 */
public record UsageFigures(String municipality, LocalDate from, LocalDate to, List<StepFigures> steps) {

    /** Copies the steps. */
    public UsageFigures {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * Reads figures from a JSON file and checks them: counts of 0 or more, {@code passedChecks <= onIcsTemplate <=
     * documents}, {@code from <= to}, no step twice.
     *
     * @throws IcsException at the JSON Pointer of the first problem
     */
    public static UsageFigures load(Path file) {
        return UsageScorer.load(file, ReadLimits.DEFAULTS);
    }

    /** These figures checked: the same errors as {@link #load(Path)}. */
    public UsageFigures checked() {
        UsageScorer.check(this, "usage figures");
        return this;
    }
}
