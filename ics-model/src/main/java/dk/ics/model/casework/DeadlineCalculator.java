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
 * <li>{@link DeadlineRule#CHILD_VIEW_BEFORE_DECISION}: each decision on support or placement, by the end of its day;
 * met by the first CHILD_TALK or CHILD_VIEW_OBTAINED_OTHERWISE after the case's previous decision (Barnets lov § 5,
 * stk. 3 and 4).</li>
 * <li>Barnets lov § 91, for the case's <em>first</em> plan: {@link DeadlineRule#PLAN_SUPPORT_3_MONTHS} after a § 32
 * decision with {@code planToBeMade} (otherwise not applicable), {@link DeadlineRule#PLAN_PLACEMENT_3_MONTHS} after
 * a § 46 decision, and {@link DeadlineRule#PLAN_BEFORE_PLACEMENT_47} at the moment of a § 47 decision; each met by
 * the case's first PLAN_MADE, so a revised plan is never late. Serviceloven § 140:
 * {@link DeadlineRule#HANDLEPLAN_BEFORE_DECISION} at the moment of each decision, or
 * {@link DeadlineRule#HANDLEPLAN_URGENT_4_MONTHS} 4 months after an {@code urgent} one; a PLAN_MADE counts for a
 * decision when it was made after the previous decision and did not count for an earlier one.</li>
 * <li>Barnets lov § 108, the ungeplan as a plan of its own, once the young person is 16 (not computed without a
 * birth date): a placement running at or after the 16th birthday requires one,
 * {@link DeadlineRule#UNGEPLAN_3_MONTHS} from the later of the placement decision and the birthday, or
 * {@link DeadlineRule#UNGEPLAN_BEFORE_PLACEMENT_47} at a § 47 decision made at 16 or later; under § 32 support the
 * municipality decides whether to make one, {@link DeadlineRule#UNGEPLAN_CONSIDERED_FROM_16} 3 months from the later
 * of the birthday and the first § 32 decision (met by UNGEPLAN_CONSIDERED or UNGEPLAN_MADE), and when it decided to
 * ({@code planToBeMade}), {@link DeadlineRule#UNGEPLAN_3_MONTHS} by the same date. Any UNGEPLAN_MADE meets them.</li>
 * <li>{@link DeadlineRule#FOLLOW_UP_FIRST}: each MEASURE_STARTED, 3 months later; under Barnets lov (§ 95, stk. 2)
 * earlier when an afdækning (AFDAEKNING) or investigation (BFU_FINISHED) after the start finishes first (the end of
 * that day). Met by the first FOLLOW_UP; not applicable when the measure ended first. Then under Barnets lov
 * {@link DeadlineRule#FOLLOW_UP_NEXT_PLANNED} on each FOLLOW_UP's {@code nextPlannedDate}, and after a follow-up held
 * under Serviceloven (§ 70) {@link DeadlineRule#FOLLOW_UP_EVERY_6_MONTHS} 6 months after it while a measure runs;
 * met by the next FOLLOW_UP.</li>
 * <li>{@link DeadlineRule#SUPERVISION_2_PER_YEAR}: for each year of a placement (MEASURE_STARTED with
 * {@code placement}), counted from its first day, two SUPERVISION_VISITs within the year; met by the second.</li>
 * <li>{@link DeadlineRule#UNGESTOETTE_DECISION_BEFORE_18} (§ 111, stk. 1): for each placement begun before the 18th
 * birthday, a DECISION_UNGESTOETTE at the latest 6 months before the birthday (or at the start of a placement begun
 * later than that); listed from the 16th birthday.</li>
 * </ul>
 * <strong>Turning 18.</strong> A placement, and the child's measures, end at the 18th birthday: a deadline of a rule
 * that {@linkplain DeadlineRule#endsAtEighteen() ends at 18}, set running before the birthday and falling due after
 * it, is {@link DeadlineStatus#NOT_APPLICABLE} unless it was met by then. A measure begun after 18 (ungestøtte) is
 * followed up as any other (§ 95, stk. 1).
 *
 * <p><strong>From Serviceloven to Barnets lov.</strong> In a case opened under Serviceloven a step falling due from
 * 1 January 2024 follows Barnets lov: its rule and legal reference are Barnets lov's (an urgent SEL decision's
 * handleplan due in 2024 becomes barnets plan under § 91; Barnets lov's own rules, such as the ungeplan and
 * supervision visits, apply to such steps too). A follow-up held under Serviceloven keeps its 6-month successor. The
 * act's transitional provisions were not read: this is the project's reading ({@link
 * dk.ics.model.law.LegalReferences#BL_212}).
 *
 * <p>When the case's last known event is CASE_CLOSED, deadlines not met that would fall due after the closing are
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
