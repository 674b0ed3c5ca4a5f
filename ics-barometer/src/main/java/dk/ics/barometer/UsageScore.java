package dk.ics.barometer;

import dk.ics.model.internal.JsonSupport;
import java.time.LocalDate;
import java.util.List;

/**
 * The status on the use of ICS in casework: per case step and overall. The overall score is the mean of the steps'
 * unrounded scores (each step counts the same, however many documents it has), rounded half up; it has no score
 * when no step has documents. Immutable.
 *
 * @param municipality  the municipality
 * @param from          the first day of the period
 * @param to            the last day of the period
 * @param steps         the steps, in the order given
 * @param overall       the overall score, or {@code null}
 * @param overallStatus its status
 */
public record UsageScore(String municipality, LocalDate from, LocalDate to, List<StepUsage> steps, Integer overall,
        Status overallStatus) {

    /** Copies the steps. */
    public UsageScore {
        steps = List.copyOf(steps);
    }

    /** The score as plain text in a language: one line per case step. */
    public String render(dk.ics.model.Language language) {
        return dk.ics.barometer.internal.TextReport.render(this, language);
    }

    /** The score as indented JSON. */
    public String toJson() {
        return JsonSupport.write(this);
    }
}
