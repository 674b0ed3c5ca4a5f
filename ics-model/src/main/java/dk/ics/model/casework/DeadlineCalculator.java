package dk.ics.model.casework;

import dk.ics.model.casework.internal.DeadlineContext;
import dk.ics.model.casework.internal.DeadlineRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Computes the statutory deadlines of a case on a reference date-time: what is due, what is met, met late or
 * overdue, and why (the rule and its legal basis). Built once with a {@link WorkingDayCalendar} and a zone;
 * immutable and thread-safe.
 *
 * <pre>{@code
 * DeadlineCalculator calc = DeadlineCalculator.standard();     // Danish holidays, Europe/Copenhagen
 * for (Deadline d : calc.deadlines(CaseRecords.read(file), Instant.now())) {
 *     System.out.println(d.step().label().in(Language.DA) + "  " + d.formattedDue() + "  "
 *             + d.status().label().in(Language.DA) + "  " + d.basis());
 * }
 * }</pre>
 *
 * <p><strong>What is computed.</strong> Only events at or before the reference time count (later ones are not yet
 * known). Each rule of the case's {@link LegalRegime} gives one deadline per event that sets it running:
 * <ul>
 * <li>{@link DeadlineRule#NOTIFICATION_ASSESSMENT_24H}: each NOTIFICATION_RECEIVED, 24 elapsed hours later; met by
 * the first NOTIFICATION_ASSESSED at or after it.</li>
 * <li>{@link DeadlineRule#NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS}: a notification from a professional
 * ({@code professionalNotifier}), by the end of the 6th working day after the day it was received; met by
 * NOTIFIER_ACKNOWLEDGED. Not applicable to other notifiers.</li>
 * <li>{@link DeadlineRule#CHILD_TALK_ABUSE}: a notification that {@code concernsAbuse}; met by a CHILD_TALK. The law
 * sets no time limit; the talk serves the assessment of the notification, so by default it is due with it, 24 hours
 * after receipt (this project's convention: {@link Builder#childTalkWithin(Duration)}).</li>
 * <li>{@link DeadlineRule#BFU_4_MONTHS}: from each NEED_KNOWN (or, when the case has none, each BFU_STARTED), to
 * the end of the day 4 months later; met by BFU_FINISHED.
 * {@link DeadlineRule#BFU_PRELIMINARY_ASSESSMENT_4_MONTHS} has the same due time, is not applicable when the
 * investigation finished in time, and is met by BFU_PRELIMINARY_ASSESSMENT.</li>
 * <li>Barnets lov § 91: {@link DeadlineRule#PLAN_SUPPORT_3_MONTHS} after a § 32 decision with
 * {@code planToBeMade} (otherwise not applicable), {@link DeadlineRule#PLAN_PLACEMENT_3_MONTHS} after a § 46
 * decision, and {@link DeadlineRule#PLAN_BEFORE_PLACEMENT_47} at the moment of a § 47 decision. Serviceloven § 140:
 * {@link DeadlineRule#HANDLEPLAN_BEFORE_DECISION} at the moment of each decision, or
 * {@link DeadlineRule#HANDLEPLAN_URGENT_4_MONTHS} 4 months after an {@code urgent} one. A PLAN_MADE counts for a
 * decision when it was made after the previous decision of the case and did not count for an earlier one.</li>
 * <li>{@link DeadlineRule#UNGEPLAN_FROM_16} (Barnets lov only): once the child is 16 and the case has a decision,
 * 3 months from the later of the 16th birthday and the first decision (this project's convention: the law sets no
 * time limit); not applicable before the birthday or when the birth date is unknown.</li>
 * <li>{@link DeadlineRule#FOLLOW_UP_FIRST}: each MEASURE_STARTED, 3 months later; under Barnets lov (§ 95) earlier
 * when an investigation running alongside finishes first (the end of that day). Met by the first FOLLOW_UP;
 * not applicable when the measure ended first. Then under Barnets lov {@link DeadlineRule#FOLLOW_UP_NEXT_PLANNED}
 * on each FOLLOW_UP's {@code nextPlannedDate}, and under Serviceloven (§ 70)
 * {@link DeadlineRule#FOLLOW_UP_EVERY_6_MONTHS} 6 months after each follow-up while a measure runs; met by the next
 * FOLLOW_UP.</li>
 * <li>{@link DeadlineRule#SUPERVISION_2_PER_YEAR} (Barnets lov only): for each year of a placement
 * (MEASURE_STARTED with {@code placement}), counted from its first day, two SUPERVISION_VISITs within the year;
 * met by the second.</li>
 * </ul>
 * When the case's last known event is CASE_CLOSED, deadlines not met that would fall due after the closing are
 * {@link DeadlineStatus#NOT_APPLICABLE}.
 *
 * <p><strong>Counting.</strong> Hour deadlines count elapsed hours on the time line, so a change to or from summer
 * time neither shortens nor lengthens them (received 10:00 on the Saturday before the spring change, due 11:00 on
 * Sunday local time). "Within n months of D" runs to the end of the day D plus n calendar months in the zone; when
 * that month is shorter the last day of the month is used (31 January + 1 month: the end of 28 or 29 February).
 * Working-day deadlines run to the end of the n-th working day after the day of the event, by the calendar. An event
 * at or before the due time meets a deadline in time; an event after it meets it late.
 */
public final class DeadlineCalculator {

    private static final DeadlineCalculator STANDARD = builder().build();

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Duration childTalkWithin;

    private DeadlineCalculator(Builder b) {
        this.calendar = b.calendar;
        this.zone = b.zone;
        this.childTalkWithin = b.childTalkWithin;
    }

    /** The calculator with the defaults: {@link DanishHolidayCalendar#standard()}, Europe/Copenhagen. */
    public static DeadlineCalculator standard() {
        return STANDARD;
    }

    /** A builder for a calculator with another calendar, zone or convention. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The deadlines of a case on a reference instant, ordered by due time (those without one last), then rule.
     *
     * @param record    the case
     * @param reference the moment to compute for
     * @return every deadline that the case's events set running, with its status
     */
    public List<Deadline> deadlines(CaseRecord record, Instant reference) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(reference, "reference");
        DeadlineContext context = new DeadlineContext(record, calendar, zone, reference, childTalkWithin);
        DeadlineRules.apply(context);
        return context.result();
    }

    /** The deadlines of a case on a reference date-time with an offset. */
    public List<Deadline> deadlines(CaseRecord record, OffsetDateTime reference) {
        return deadlines(record, reference.toInstant());
    }

    /** The deadlines of a case on a local reference date-time in the calculator's zone. */
    public List<Deadline> deadlines(CaseRecord record, LocalDateTime reference) {
        return deadlines(record, reference.atZone(zone).toInstant());
    }

    /** The deadlines of a case as they stand at the end of a day in the calculator's zone. */
    public List<Deadline> deadlines(CaseRecord record, LocalDate endOfDay) {
        return deadlines(record, endOfDay.atTime(LocalTime.MAX));
    }

    /** The working-day calendar. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The zone days are counted in. */
    public ZoneId zone() {
        return zone;
    }

    /** The time allowed for the talk with the child after a notification about abuse. */
    public Duration childTalkWithin() {
        return childTalkWithin;
    }

    /** Builds a {@link DeadlineCalculator}; every setting has a default. Not thread-safe; build once. */
    public static final class Builder {

        private WorkingDayCalendar calendar = DanishHolidayCalendar.standard();
        private ZoneId zone = CaseEvent.COPENHAGEN;
        private Duration childTalkWithin = Duration.ofHours(24);

        private Builder() {
        }

        /** The working-day calendar; default {@link DanishHolidayCalendar#standard()}. */
        public Builder calendar(WorkingDayCalendar value) {
            this.calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /** The zone days are counted in; default Europe/Copenhagen. */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * The time allowed for the talk with the child after a notification about abuse; default 24 hours (this
         * project's convention, see the class comment).
         */
        public Builder childTalkWithin(Duration value) {
            Objects.requireNonNull(value, "childTalkWithin");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("childTalkWithin must be positive");
            }
            this.childTalkWithin = value;
            return this;
        }

        /** The calculator. */
        public DeadlineCalculator build() {
            return new DeadlineCalculator(this);
        }
    }
}
