package dk.ics.model.casework;

import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import dk.ics.model.law.LegalReference;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * One deadline of a case as it stands on a reference date-time: which rule, when it is due, whether it was met (and
 * by which event), and the legal basis. Computed by {@link DeadlineCalculator}; immutable.
 *
 * <p>A deadline counted in months or working days runs to the <em>end</em> of its last day ({@link #wholeDay()} is
 * {@code true}, and {@link #due()} is 23:59:59.999999999 that day); one counted in hours, or tied to the moment of a
 * decision, is due at an exact instant. An event at or before {@link #due()} meets the deadline in time.
 *
 * @param rule         the rule
 * @param step         the case step the rule belongs to
 * @param due          when the deadline falls due, in the calculator's zone; {@code null} only for
 *                     {@link DeadlineStatus#NOT_APPLICABLE} when no due time can be given
 * @param wholeDay     whether the deadline is the end of a day (show the date only)
 * @param status       where the deadline stands on the reference date-time
 * @param reference    the legal basis as data: act, section, subsection, consolidation and standing; its
 *                     {@linkplain #basis() citation} is e.g. {@code Barnets lov § 20, stk. 3}
 * @param label        the rule's name in Danish and English
 * @param triggeredBy  the JSON Pointer of the event that set the deadline running, e.g. {@code /events/0}
 * @param metBy        the event that met the deadline, or {@code null}
 * @param metByPointer the JSON Pointer of that event, or {@code null}
 */
public record Deadline(DeadlineRule rule, CaseStep step, ZonedDateTime due, boolean wholeDay, DeadlineStatus status,
        LegalReference reference, LocalizedText label, String triggeredBy, CaseEvent metBy, String metByPointer) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Checks that the required parts are present. */
    public Deadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(triggeredBy, "triggeredBy");
        if (due == null && status != DeadlineStatus.NOT_APPLICABLE) {
            throw new IllegalArgumentException("only a deadline that does not apply may lack a due time");
        }
        if ((metBy == null) != (metByPointer == null)) {
            throw new IllegalArgumentException("metBy and metByPointer go together");
        }
    }

    /** The rule's stable code, e.g. {@code NOTIFICATION_ASSESSMENT_24H}. */
    public String code() {
        return rule.code();
    }

    /** The legal basis as printed, e.g. {@code Barnets lov § 20, stk. 3}: the reference's citation. */
    public String basis() {
        return reference.citation();
    }

    /** The rule's name in a language. */
    public String label(Language language) {
        return label.in(language);
    }

    /** The due time, when there is one. */
    public Optional<ZonedDateTime> dueTime() {
        return Optional.ofNullable(due);
    }

    /** The event that met the deadline, when it was met. */
    public Optional<CaseEvent> metByEvent() {
        return Optional.ofNullable(metBy);
    }

    /**
     * The due time for display: {@code 2024-05-31} for a whole-day deadline, {@code 2024-03-06 10:15} for one due at
     * an instant (in the calculator's zone), and an empty string when there is none.
     */
    public String formattedDue() {
        if (due == null) {
            return "";
        }
        return wholeDay ? DAY.format(due) : MINUTE.format(due);
    }

    /** Shows the rule and the status, never dates (a case's dates are personal data). */
    @Override
    public String toString() {
        return "Deadline[" + rule + ", " + status + "]";
    }
}
