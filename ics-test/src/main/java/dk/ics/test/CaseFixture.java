package dk.ics.test;

import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.EventType;
import dk.ics.model.casework.LegalRegime;
import dk.ics.model.child.Child;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A fluent builder of a {@link CaseRecord}, starting from a valid, coherent Barnets lov case: the case of the example
 * documents (a school's notification on 3 February 2025, an afdækning, a børnefaglig undersøgelse finished in time, a
 * § 32 decision, the child's plan, a measure and its first follow-up). Every deadline of the default case is met.
 * Get one with {@link IcsFixtures#aCase()}.
 *
 * <pre>{@code
 * OffsetDateTime t = OffsetDateTime.parse("2025-03-07T16:00+01:00");
 * CaseRecord late = IcsFixtures.aCase().notifiedAt(t).assessedAt(t.plusHours(25)).build();
 * }</pre>
 *
 * <p>Each change replaces the events of its kind; {@link #notifiedAt} moves the whole case in time, keeping the
 * intervals between its events. Not thread-safe: a builder belongs to one test. {@link #build()} may be called more
 * than once and checks the case as {@link CaseRecord} does.
 */
public final class CaseFixture {

    private String id = "sag-2025-017";
    private Child child = Child.born("barn-7f3a", LocalDate.of(2015, 11, 19));
    private LegalRegime regime = LegalRegime.BARNETS_LOV;
    private LocalDate opened = LocalDate.of(2025, 2, 3);
    private final List<CaseEvent> events = new ArrayList<>();

    CaseFixture() {
        events.add(CaseEvent.of(EventType.NOTIFICATION_RECEIVED, at("2025-02-03T09:40")).withProfessionalNotifier(true)
                .withConcernsAbuse(false));
        events.add(CaseEvent.of(EventType.NOTIFICATION_ASSESSED, at("2025-02-03T14:30")));
        events.add(CaseEvent.of(EventType.NOTIFIER_ACKNOWLEDGED, at("2025-02-05T10:00")));
        events.add(CaseEvent.of(EventType.AFDAEKNING, at("2025-02-21T12:00")));
        events.add(CaseEvent.of(EventType.NEED_KNOWN, at("2025-02-03T09:40")));
        events.add(CaseEvent.of(EventType.BFU_STARTED, at("2025-02-24T09:00")));
        events.add(CaseEvent.of(EventType.CHILD_TALK, at("2025-03-10T10:00")));
        events.add(CaseEvent.of(EventType.BFU_FINISHED, at("2025-05-27T12:00")));
        events.add(CaseEvent.of(EventType.DECISION_SUPPORT_32, at("2025-05-27T14:00")).withPlanToBeMade(true)
                .withSection("§ 32, stk. 1, nr. 3"));
        events.add(CaseEvent.of(EventType.MEASURE_STARTED, at("2025-06-10T09:00")).withPlacement(false));
        events.add(CaseEvent.of(EventType.PLAN_MADE, at("2025-06-16T12:00")));
        events.add(CaseEvent.of(EventType.FOLLOW_UP, at("2025-09-04T13:00"))
                .withNextPlannedDate(LocalDate.of(2026, 1, 15)));
    }

    private static OffsetDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CaseEvent.COPENHAGEN).toOffsetDateTime();
    }

    private static OffsetDateTime startOf(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(CaseEvent.COPENHAGEN).toOffsetDateTime();
    }

    /** The case's id (a pseudonym). */
    public CaseFixture id(String value) {
        this.id = Objects.requireNonNull(value, "id");
        return this;
    }

    /** Another child. */
    public CaseFixture withChild(Child value) {
        this.child = Objects.requireNonNull(value, "child");
        return this;
    }

    /** The child born on a date (pseudonymous id kept). */
    public CaseFixture childBornOn(LocalDate birthDate) {
        this.child = Child.born(child.id(), birthDate);
        return this;
    }

    /** The case under another regime, without moving its dates. */
    public CaseFixture regime(LegalRegime value) {
        this.regime = value;
        return this;
    }

    /**
     * The same case under Serviceloven: moved two years back (notified 3 February 2023), and the handleplan made the
     * day before the decision, as SEL § 140 requires.
     */
    public CaseFixture underSel() {
        notifiedAt(first(EventType.NOTIFICATION_RECEIVED).at().atZoneSameInstant(CaseEvent.COPENHAGEN)
                .minusYears(2).toOffsetDateTime());
        regime = LegalRegime.SEL;
        OffsetDateTime decision = first(EventType.DECISION_SUPPORT_32).at();
        replace(EventType.PLAN_MADE, e -> CaseEvent.of(EventType.PLAN_MADE, decision.minusDays(1)));
        return this;
    }

    /** The case under Barnets lov (the default). */
    public CaseFixture underBarnetsLov() {
        return regime(LegalRegime.BARNETS_LOV);
    }

    /**
     * The notification received at {@code t}: the whole case moves in time so that the notification is at {@code t},
     * every other event keeping its distance (in local time) from it.
     */
    public CaseFixture notifiedAt(OffsetDateTime t) {
        LocalDateTime from = local(first(EventType.NOTIFICATION_RECEIVED).at());
        long minutes = ChronoUnit.MINUTES.between(from, local(t));
        long days = ChronoUnit.DAYS.between(from.toLocalDate(), local(t).toLocalDate());
        events.replaceAll(e -> shifted(e, minutes, days));
        opened = opened == null ? null : opened.plusDays(days);
        return this;
    }

    /** The notification received at a local date-time in Copenhagen (the whole case moves, see {@link #notifiedAt}). */
    public CaseFixture notifiedAt(LocalDateTime t) {
        return notifiedAt(t.atZone(CaseEvent.COPENHAGEN).toOffsetDateTime());
    }

    /** The notification assessed at {@code t}. */
    public CaseFixture assessedAt(OffsetDateTime t) {
        return set(EventType.NOTIFICATION_ASSESSED, t);
    }

    /** The notification not (yet) assessed. */
    public CaseFixture notAssessed() {
        return without(EventType.NOTIFICATION_ASSESSED);
    }

    /** The notification about abuse (overgreb), without a talk with the child (none at all on the case). */
    public CaseFixture aboutAbuse() {
        replace(EventType.NOTIFICATION_RECEIVED, e -> e.withConcernsAbuse(true));
        return without(EventType.CHILD_TALK);
    }

    /** A talk with the child at {@code t}. */
    public CaseFixture childTalkAt(OffsetDateTime t) {
        return set(EventType.CHILD_TALK, t);
    }

    /** The notification from a private person (no acknowledgement due), the acknowledgement removed. */
    public CaseFixture fromPrivateNotifier() {
        replace(EventType.NOTIFICATION_RECEIVED, e -> e.withProfessionalNotifier(false));
        return without(EventType.NOTIFIER_ACKNOWLEDGED);
    }

    /** The professional notifier acknowledged on a day. */
    public CaseFixture acknowledgedOn(LocalDate day) {
        return set(EventType.NOTIFIER_ACKNOWLEDGED, startOf(day, 10));
    }

    /** The municipality learned of the need for an investigation on a day. */
    public CaseFixture needKnownOn(LocalDate day) {
        return set(EventType.NEED_KNOWN, startOf(day, 9));
    }

    /** The børnefaglig undersøgelse started on a day (and the need known the same day, unless known earlier). */
    public CaseFixture bfuStartedOn(LocalDate day) {
        OffsetDateTime t = startOf(day, 9);
        CaseEvent need = events(EventType.NEED_KNOWN).stream().findFirst().orElse(null);
        if (need == null || need.at().isAfter(t)) {
            set(EventType.NEED_KNOWN, t);
        }
        return set(EventType.BFU_STARTED, t);
    }

    /** The børnefaglig undersøgelse finished on a day. */
    public CaseFixture bfuFinishedOn(LocalDate day) {
        return set(EventType.BFU_FINISHED, startOf(day, 12));
    }

    /** The børnefaglig undersøgelse not (yet) finished, and nothing decided, planned or followed up after it. */
    public CaseFixture bfuNotFinished() {
        for (EventType t : List.of(EventType.BFU_FINISHED, EventType.DECISION_SUPPORT_32,
                EventType.DECISION_PLACEMENT_46, EventType.DECISION_PLACEMENT_47, EventType.PLAN_MADE,
                EventType.MEASURE_STARTED, EventType.FOLLOW_UP)) {
            without(t);
        }
        return this;
    }

    /** A preliminary assessment (foreløbig vurdering) on a day. */
    public CaseFixture preliminaryAssessmentOn(LocalDate day) {
        return set(EventType.BFU_PRELIMINARY_ASSESSMENT, startOf(day, 12));
    }

    /** The decision a § 32 decision on support on a day, saying a plan will be made. */
    public CaseFixture supportDecidedOn(LocalDate day) {
        return decision(CaseEvent.of(EventType.DECISION_SUPPORT_32, startOf(day, 14)).withPlanToBeMade(true));
    }

    /** The decision one on placement with consent (§ 46) on a day, and the measure made a placement from then on. */
    public CaseFixture placedWithConsentOn(LocalDate day) {
        decision(CaseEvent.of(EventType.DECISION_PLACEMENT_46, startOf(day, 14)));
        return placementStarts(day);
    }

    /**
     * The decision one on placement without consent (§ 47) on a day, and the measure made a placement from then on. The
     * plan stays where it was: move it with {@link #planMadeOn} (Barnets lov § 91 wants it before the decision).
     */
    public CaseFixture placedWithoutConsentOn(LocalDate day) {
        decision(CaseEvent.of(EventType.DECISION_PLACEMENT_47, startOf(day, 14)));
        return placementStarts(day);
    }

    /** The decision made urgently. */
    public CaseFixture urgent() {
        events.replaceAll(e -> e.type().isDecision() ? e.withUrgent(true) : e);
        return this;
    }

    /** The child's plan (handleplan under SEL) made on a day. */
    public CaseFixture planMadeOn(LocalDate day) {
        return set(EventType.PLAN_MADE, startOf(day, 12));
    }

    /** No plan made. */
    public CaseFixture noPlan() {
        return without(EventType.PLAN_MADE);
    }

    /** The measure started on a day. */
    public CaseFixture measureStartedOn(LocalDate day) {
        replace(EventType.MEASURE_STARTED, e -> new CaseEvent(e.type(), startOf(day, 9), null, null, null, null,
                e.placement(), null, null));
        return this;
    }

    /** The first follow-up on a day, with the next one planned. */
    public CaseFixture followUpOn(LocalDate day, LocalDate nextPlanned) {
        without(EventType.FOLLOW_UP);
        events.add(CaseEvent.of(EventType.FOLLOW_UP, startOf(day, 13)).withNextPlannedDate(nextPlanned));
        return this;
    }

    /** No follow-up yet. */
    public CaseFixture noFollowUp() {
        return without(EventType.FOLLOW_UP);
    }

    /** A supervision visit to the placed child on a day (added to any earlier ones). */
    public CaseFixture supervisionVisitOn(LocalDate day) {
        events.add(CaseEvent.of(EventType.SUPERVISION_VISIT, startOf(day, 11)));
        return this;
    }

    /** The case closed on a day. */
    public CaseFixture closedOn(LocalDate day) {
        return set(EventType.CASE_CLOSED, startOf(day, 15));
    }

    /** One more event, as given. */
    public CaseFixture withEvent(CaseEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
        return this;
    }

    /** Every event of a type removed. */
    public CaseFixture without(EventType type) {
        events.removeIf(e -> e.type() == type);
        return this;
    }

    /** The case. */
    public CaseRecord build() {
        List<CaseEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(CaseEvent::instant));
        return new CaseRecord(id, child, regime, opened, sorted);
    }

    /** The case as JSON text, in the format {@link CaseRecords#parse(String)} reads. */
    public String toJson() {
        return CaseRecords.toJson(build());
    }

    private CaseFixture decision(CaseEvent decision) {
        events.removeIf(e -> e.type().isDecision());
        events.add(decision);
        return this;
    }

    private CaseFixture placementStarts(LocalDate decided) {
        // The placement starts when the measure did, but never before the decision.
        LocalDate day = events(EventType.MEASURE_STARTED).stream().map(e -> e.dateIn(CaseEvent.COPENHAGEN))
                .filter(d -> d.isAfter(decided)).findFirst().orElse(decided);
        without(EventType.MEASURE_STARTED);
        events.add(CaseEvent.of(EventType.MEASURE_STARTED, startOf(day, 15)).withPlacement(true));
        return this;
    }

    private CaseFixture set(EventType type, OffsetDateTime t) {
        without(type);
        events.add(CaseEvent.of(type, t));
        return this;
    }

    private void replace(EventType type, UnaryOperator<CaseEvent> change) {
        events.replaceAll(e -> e.type() == type ? change.apply(e) : e);
    }

    private List<CaseEvent> events(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    private CaseEvent first(EventType type) {
        return events(type).stream().min(Comparator.comparing(CaseEvent::instant)).orElseThrow(
                () -> new IllegalStateException("the case fixture has no " + type + " event"));
    }

    private static LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(CaseEvent.COPENHAGEN).toLocalDateTime();
    }

    private static CaseEvent shifted(CaseEvent e, long minutes, long days) {
        OffsetDateTime moved = local(e.at()).plusMinutes(minutes).atZone(CaseEvent.COPENHAGEN).toOffsetDateTime();
        return new CaseEvent(e.type(), moved, e.concernsAbuse(), e.professionalNotifier(), e.planToBeMade(),
                e.urgent(), e.placement(), e.nextPlannedDate() == null ? null : e.nextPlannedDate().plusDays(days),
                e.section());
    }

    /** Shows the regime and the number of events, never ids or dates. */
    @Override
    public String toString() {
        return "CaseFixture[regime=" + regime + ", events=" + events.size() + "]";
    }
}
