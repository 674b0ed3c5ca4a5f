package dk.ics.model.casework.internal;

import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.model.casework.EventType;
import dk.ics.model.casework.LegalRegime;
import dk.ics.model.casework.WorkingDayCalendar;
import dk.ics.model.law.LegalReference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One computation of a case's deadlines on a reference instant: the events known by then in time order, the
 * calendar and zone, and the deadlines found so far. Used by one thread for one call; not shared.
 */
public final class DeadlineContext {

    /** The order of events: by time, then by position in the case. */
    private static final Comparator<Entry> BY_TIME = (a, b) -> {
        int c = a.at().compareTo(b.at());
        return c != 0 ? c : Integer.compare(a.index(), b.index());
    };

    /**
     * The order of results: by due time (those without one last), then rule, then triggering event. Compares keys
     * worked out once per deadline, not per comparison.
     */
    private static final Comparator<Found> BY_DUE = Comparator.comparingLong(Found::dueSecond)
            .thenComparingInt(Found::dueNano)
            .thenComparing(f -> f.deadline().rule())
            .thenComparingInt(Found::triggerIndex);

    /** Pointers of the first events, built once: every deadline names the event that triggered it. */
    private static final String[] POINTERS = new String[256];

    static {
        for (int i = 0; i < POINTERS.length; i++) {
            POINTERS[i] = "/events/" + i;
        }
    }

    /** A deadline found, with its sort keys. */
    private record Found(Deadline deadline, long dueSecond, int dueNano, int triggerIndex) {
    }

    /**
     * An event with its position in the case's list (for its JSON Pointer) and its moment (converted once: the rules
     * compare moments many times per case).
     *
     * @param index the position in the case's events
     * @param event the event
     * @param at    the moment of the event
     */
    public record Entry(int index, CaseEvent event, Instant at) {

        /** An entry for an event at a position. */
        public Entry(int index, CaseEvent event) {
            this(index, event, event.instant());
        }

        /** The event's JSON Pointer in the case. */
        public String pointer() {
            return index < POINTERS.length ? POINTERS[index] : "/events/" + index;
        }

        /** The event's type. */
        public EventType type() {
            return event.type();
        }
    }

    private final CaseRecord record;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final Instant reference;
    private final Duration childTalkWithin;
    private final List<Entry> entries;
    private final Instant closedAt;
    private final Instant barnetsLovInForce;
    private final Instant eighteen;
    private final List<Found> out = new ArrayList<>();

    /**
     * Prepares a computation.
     *
     * @param record          the case
     * @param calendar        the working-day calendar
     * @param zone            the zone days are counted in
     * @param reference       the reference instant; events after it are not yet known and are left out
     * @param childTalkWithin the time allowed for the talk with the child after a notification about abuse
     */
    public DeadlineContext(CaseRecord record, WorkingDayCalendar calendar, ZoneId zone, Instant reference,
            Duration childTalkWithin) {
        this.record = record;
        this.calendar = calendar;
        this.zone = zone;
        this.reference = reference;
        this.childTalkWithin = childTalkWithin;
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < record.events().size(); i++) {
            Entry e = new Entry(i, record.events().get(i));
            if (!e.at().isAfter(reference)) {
                list.add(e);
            }
        }
        if (!inOrder(list)) {
            // Cases usually list their events in time order already; sort only when they do not.
            list.sort(BY_TIME);
        }
        this.entries = List.copyOf(list);
        this.closedAt = closedAt(entries);
        this.barnetsLovInForce = LegalRegime.BARNETS_LOV_IN_FORCE.atStartOfDay(zone).toInstant();
        this.eighteen = record.child().dateOfBirth().map(b -> b.plusYears(18).atStartOfDay(zone).toInstant())
                .orElse(null);
    }

    private static boolean inOrder(List<Entry> list) {
        for (int i = 1; i < list.size(); i++) {
            if (BY_TIME.compare(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The case is closed when its last known event is a CASE_CLOSED; deadlines falling due later lapse. */
    private static Instant closedAt(List<Entry> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        Entry last = entries.get(entries.size() - 1);
        return last.type() == EventType.CASE_CLOSED ? last.at() : null;
    }

    /** The case. */
    public CaseRecord record() {
        return record;
    }

    /** The case's regime. */
    public LegalRegime regime() {
        return record.regime();
    }

    /**
     * The regime a step falling due at a time follows: the case's, except that in a case opened under Serviceloven a
     * step due from 1 January 2024 follows Barnets lov (the project's reading of the move to Barnets lov, see
     * {@link dk.ics.model.law.LegalReferences#BL_212}).
     */
    public LegalRegime regimeFor(ZonedDateTime due) {
        if (regime() == LegalRegime.BARNETS_LOV || !due.toInstant().isBefore(barnetsLovInForce)) {
            return LegalRegime.BARNETS_LOV;
        }
        return LegalRegime.SEL;
    }

    /** The regime of the time an event happened, by the same reading as {@link #regimeFor}. */
    public LegalRegime regimeOf(Entry e) {
        return regimeFor(inZone(e.at()));
    }

    private static LegalRegime other(LegalRegime r) {
        return r == LegalRegime.SEL ? LegalRegime.BARNETS_LOV : LegalRegime.SEL;
    }

    /** The first moment of the child's 18th birthday, when the birth date is known. */
    public Optional<Instant> eighteenthBirthday() {
        return Optional.ofNullable(eighteen);
    }

    /** The calendar. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The reference instant. */
    public Instant reference() {
        return reference;
    }

    /** The time allowed for the talk with the child. */
    public Duration childTalkWithin() {
        return childTalkWithin;
    }

    /** The known events of a type, in time order. */
    public List<Entry> all(EventType type) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.type() == type) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The known decisions of every type, in time order. */
    public List<Entry> decisions() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.type().isDecision()) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The first known event of a type at or after an instant. */
    public Optional<Entry> firstAtOrAfter(EventType type, Instant from) {
        for (Entry e : entries) {
            if (e.type() == type && !e.at().isBefore(from)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The first known event of either type at or after an instant ({@code null}: any). */
    public Optional<Entry> firstAtOrAfter(EventType a, EventType b, Instant from) {
        for (Entry e : entries) {
            if ((e.type() == a || e.type() == b) && (from == null || !e.at().isBefore(from))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The first known event of either type strictly after an instant ({@code null}: any). */
    public Optional<Entry> firstAfter(EventType a, EventType b, Instant after) {
        for (Entry e : entries) {
            if ((e.type() == a || e.type() == b) && (after == null || e.at().isAfter(after))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The first known event of a type strictly after an instant ({@code null}: any). */
    public Optional<Entry> firstAfter(EventType type, Instant after) {
        for (Entry e : entries) {
            if (e.type() == type && (after == null || e.at().isAfter(after))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The end of the measure started by an entry: the first MEASURE_ENDED of the same kind at or after it. */
    public Optional<Entry> endOf(Entry start) {
        for (Entry e : entries) {
            if (e.type() == EventType.MEASURE_ENDED
                    && e.event().isPlacementMeasure() == start.event().isPlacementMeasure()
                    && !e.at().isBefore(start.at())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether some measure is running at an instant (started at or before it and not ended by then). */
    public boolean measureRunningAt(Instant t) {
        for (Entry m : all(EventType.MEASURE_STARTED)) {
            if (!m.at().isAfter(t) && endOf(m).map(end -> end.at().isAfter(t)).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    /** Whether there are measures and every one of them ended before an instant. */
    public boolean allMeasuresEndedBefore(Instant t) {
        List<Entry> measures = all(EventType.MEASURE_STARTED);
        return !measures.isEmpty() && measures.stream()
                .allMatch(m -> endOf(m).map(end -> end.at().isBefore(t)).orElse(false));
    }

    /** The day of an event in the zone. */
    public LocalDate date(Entry e) {
        return e.event().dateIn(zone);
    }

    /** The last moment of a day in the zone. */
    public ZonedDateTime endOfDay(LocalDate day) {
        return day.atTime(LocalTime.MAX).atZone(zone);
    }

    /** The first moment of a day in the zone. */
    public Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * The end of the day {@code months} calendar months after the event's day; a day missing in the target month
     * is the month's last day (31 January + 1 month = the end of 28 or 29 February).
     */
    public ZonedDateTime monthsAfter(Entry e, int months) {
        return endOfDay(date(e).plusMonths(months));
    }

    /** An instant as a date-time in the zone. */
    public ZonedDateTime inZone(Instant t) {
        return t.atZone(zone);
    }

    /**
     * Records a deadline, working out its status.
     *
     * @param rule     the rule
     * @param due      when it is due
     * @param wholeDay whether it is due at the end of a day
     * @param trigger  the event that set it running
     * @param met      the event that met it, or {@code null}
     */
    public void add(DeadlineRule rule, ZonedDateTime due, boolean wholeDay, Entry trigger, Entry met) {
        Instant dueAt = due.toInstant();
        DeadlineStatus status;
        if (met != null && rule.endsAtEighteen() && eighteen != null && met.at().isAfter(eighteen)
                && trigger.at().isBefore(eighteen) && dueAt.isAfter(eighteen)) {
            met = null; // met only after the measures for the child had ended at 18: it lapsed at the birthday
        }
        if (met != null) {
            status = met.at().isAfter(dueAt) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
        } else if (closedAt != null && dueAt.isAfter(closedAt)) {
            status = DeadlineStatus.NOT_APPLICABLE;
        } else {
            status = reference.isAfter(dueAt) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN;
        }
        addWithStatus(rule, due, wholeDay, status, trigger, met);
    }

    /** Records a deadline that does not apply, with its due time when one is known. */
    public void notApplicable(DeadlineRule rule, ZonedDateTime due, boolean wholeDay, Entry trigger) {
        addWithStatus(rule, due, wholeDay, DeadlineStatus.NOT_APPLICABLE, trigger, null);
    }

    private void addWithStatus(DeadlineRule rule, ZonedDateTime due, boolean wholeDay, DeadlineStatus status,
            Entry trigger, Entry met) {
        LegalRegime regime = due == null ? regimeOf(trigger) : regimeFor(due);
        LegalReference reference = rule.reference(regime).or(() -> rule.reference(other(regime)))
                .orElseThrow(() -> new IllegalStateException(rule + " has no reference"));
        if (status != DeadlineStatus.MET && status != DeadlineStatus.MET_LATE && rule.endsAtEighteen()
                && due != null && eighteen != null && trigger.at().isBefore(eighteen) && due.toInstant().isAfter(eighteen)) {
            // The child's measures end at 18 (a placement ends then, § 111, stk. 1): what was still owed lapses.
            status = DeadlineStatus.NOT_APPLICABLE;
        }
        Deadline d = new Deadline(rule, rule.step(), due, wholeDay, status, reference, rule.label(), trigger.pointer(),
                met == null ? null : met.event(), met == null ? null : met.pointer());
        Instant dueAt = due == null ? Instant.MAX : due.toInstant();
        out.add(new Found(d, dueAt.getEpochSecond(), dueAt.getNano(), trigger.index()));
    }

    /** The deadlines found, ordered by due time (those without one last), then rule, then triggering event. */
    public List<Deadline> result() {
        Found[] sorted = out.toArray(new Found[0]);
        Arrays.sort(sorted, BY_DUE);
        Deadline[] result = new Deadline[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            result[i] = sorted[i].deadline();
        }
        return List.of(result);
    }
}
