package dk.ics.validation;

import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.casework.EventType;
import dk.ics.model.casework.LegalRegime;
import dk.ics.model.child.Child;
import dk.ics.templates.BoundDocument;
import dk.ics.validation.internal.CaseFacts;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The case a document belongs to, as the rules see it: the reference date ("today" for deadlines), the legal regime,
 * the child's birth date, the dates of the case that start or end deadlines, and the other documents of the case a
 * rule compares with (the latest børnefaglig undersøgelse for a plan, the plan for a follow-up). Immutable and
 * thread-safe; made with {@link #builder(LocalDate)} or {@link #on(LocalDate)}.
 *
 * <p>Everything but the reference date is optional. A rule that needs a missing date reports so as a finding
 * ({@code ICS-CTX-MISSING}); dates the document itself carries (e.g. when the municipality learned of the need) are
 * taken from the document first.
 *
 * <p><strong>One source of the deadlines.</strong> The rules about a statutory deadline never compute it: they ask
 * the {@link #deadlineCalculator()} about {@link #asCaseRecord()}, the case as events, with the document being
 * checked added as the event it records (a final plan is the plan made on its date, a follow-up the follow-up held
 * on its date). So a document rule and {@link DeadlineCalculator#deadlines} never disagree about the same case.
 */
public final class CaseContext {

    private final LocalDate referenceDate;
    private final LegalRegime regime;
    private final LocalDate caseOpened;
    private final LocalDate childBirthDate;
    private final LocalDate needKnownDate;
    private final LocalDate supportDecisionDate;
    private final LocalDate placementWithConsentDecisionDate;
    private final LocalDate placementWithoutConsentDecisionDate;
    private final boolean urgentDecision;
    private final LocalDate measureStartDate;
    private final LocalDate parallelInvestigationFinishedDate;
    private final LocalDate placementStartDate;
    private final List<LocalDate> supervisionVisits;
    private final List<LocalDate> earlierFollowUps;
    private final List<LocalDate> earlierPlans;
    private final BoundDocument latestBfu;
    private final BoundDocument plan;
    private final CaseRecord record;
    private final Set<Fact> setOnBuilder;
    private final DeadlineCalculator calculator;

    /** The dates a builder may set in place of the events of a case record. */
    private enum Fact {
        NEED_KNOWN, SUPPORT_DECISION, PLACEMENT_46, PLACEMENT_47, URGENT, MEASURE_START, PARALLEL_INVESTIGATION,
        PLACEMENT_START
    }

    private CaseContext(Builder b) {
        referenceDate = b.referenceDate;
        regime = b.regime;
        caseOpened = b.caseOpened;
        childBirthDate = b.childBirthDate;
        needKnownDate = b.needKnownDate;
        supportDecisionDate = b.supportDecisionDate;
        placementWithConsentDecisionDate = b.placementWithConsentDecisionDate;
        placementWithoutConsentDecisionDate = b.placementWithoutConsentDecisionDate;
        urgentDecision = b.urgentDecision;
        measureStartDate = b.measureStartDate;
        parallelInvestigationFinishedDate = b.parallelInvestigationFinishedDate;
        placementStartDate = b.placementStartDate;
        supervisionVisits = List.copyOf(b.supervisionVisits);
        earlierFollowUps = List.copyOf(b.earlierFollowUps);
        earlierPlans = List.copyOf(b.earlierPlans);
        latestBfu = b.latestBfu;
        plan = b.plan;
        record = b.record;
        setOnBuilder = b.setOnBuilder.isEmpty() ? Set.of() : Set.copyOf(b.setOnBuilder);
        calculator = b.calculator;
    }

    /** A context that knows only the reference date: rules needing more report what they miss. */
    public static CaseContext on(LocalDate referenceDate) {
        return builder(referenceDate).build();
    }

    /** A context from a case record, judged on the reference date (see {@link Builder#caseRecord}). */
    public static CaseContext of(CaseRecord record, LocalDate referenceDate) {
        return builder(referenceDate).caseRecord(record).build();
    }

    /** A builder for a context with the given reference date (the day deadlines are judged on). */
    public static Builder builder(LocalDate referenceDate) {
        return new Builder(referenceDate);
    }

    /** A builder holding this context's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(referenceDate);
        b.regime = regime;
        b.caseOpened = caseOpened;
        b.childBirthDate = childBirthDate;
        b.needKnownDate = needKnownDate;
        b.supportDecisionDate = supportDecisionDate;
        b.placementWithConsentDecisionDate = placementWithConsentDecisionDate;
        b.placementWithoutConsentDecisionDate = placementWithoutConsentDecisionDate;
        b.urgentDecision = urgentDecision;
        b.measureStartDate = measureStartDate;
        b.parallelInvestigationFinishedDate = parallelInvestigationFinishedDate;
        b.placementStartDate = placementStartDate;
        b.supervisionVisits.addAll(supervisionVisits);
        b.earlierFollowUps.addAll(earlierFollowUps);
        b.earlierPlans.addAll(earlierPlans);
        b.latestBfu = latestBfu;
        b.plan = plan;
        b.record = record;
        b.setOnBuilder.addAll(setOnBuilder);
        b.calculator = calculator;
        return b;
    }

    /** The day deadlines are judged on. */
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** The regime as recorded on the case, else derived from the date the case was opened; empty if neither. */
    public Optional<LegalRegime> regime() {
        if (regime != null) {
            return Optional.of(regime);
        }
        return caseOpened == null ? Optional.empty() : Optional.of(LegalRegime.forStartDate(caseOpened));
    }

    /**
     * The regime, falling back to the one in force on a date the document gives (e.g. when the need became known)
     * and finally to the regime in force on the reference date.
     */
    public LegalRegime regimeOr(Optional<LocalDate> documentStart) {
        return regime().orElseGet(() -> LegalRegime.forStartDate(documentStart.orElse(referenceDate)));
    }

    /** When the case was opened. */
    public Optional<LocalDate> caseOpened() {
        return Optional.ofNullable(caseOpened);
    }

    /** The child's birth date. */
    public Optional<LocalDate> childBirthDate() {
        return Optional.ofNullable(childBirthDate);
    }

    /** The child's age in whole years on a date; empty when the birth date is unknown or later. */
    public OptionalInt childAgeOn(LocalDate date) {
        if (childBirthDate == null || date.isBefore(childBirthDate)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(childBirthDate, date).getYears());
    }

    /** When the municipality learned of the need for an investigation (Barnets lov § 20, stk. 3). */
    public Optional<LocalDate> needKnownDate() {
        return Optional.ofNullable(needKnownDate);
    }

    /** The date of the decision on supporting measures (§ 32; SEL § 52). */
    public Optional<LocalDate> supportDecisionDate() {
        return Optional.ofNullable(supportDecisionDate);
    }

    /** The date of the decision on placement with consent (§ 46). */
    public Optional<LocalDate> placementWithConsentDecisionDate() {
        return Optional.ofNullable(placementWithConsentDecisionDate);
    }

    /** The date of the decision on placement without consent (§ 47; SEL § 58). */
    public Optional<LocalDate> placementWithoutConsentDecisionDate() {
        return Optional.ofNullable(placementWithoutConsentDecisionDate);
    }

    /** Whether the decision was made urgently, before a plan could be made (SEL § 140: plan within 4 months). */
    public boolean urgentDecision() {
        return urgentDecision;
    }

    /** The earliest decision on support or placement recorded (§§ 32, 46, 47). */
    public Optional<LocalDate> earliestDecisionDate() {
        return java.util.stream.Stream.of(supportDecisionDate, placementWithConsentDecisionDate,
                placementWithoutConsentDecisionDate).filter(Objects::nonNull).min(LocalDate::compareTo);
    }

    /** When the measure began (start of the first follow-up's 3 months, § 95). */
    public Optional<LocalDate> measureStartDate() {
        return Optional.ofNullable(measureStartDate);
    }

    /** When a parallel investigation was completed (the other trigger of the first follow-up, § 95). */
    public Optional<LocalDate> parallelInvestigationFinishedDate() {
        return Optional.ofNullable(parallelInvestigationFinishedDate);
    }

    /** When the current placement outside the home began; empty when the child is not placed. */
    public Optional<LocalDate> placementStartDate() {
        return Optional.ofNullable(placementStartDate);
    }

    /** The dates of supervision visits to the placed child (§ 156, stk. 5), oldest first. */
    public List<LocalDate> supervisionVisits() {
        return supervisionVisits;
    }

    /** The dates of follow-ups held before the document being checked, oldest first. */
    public List<LocalDate> earlierFollowUps() {
        return earlierFollowUps;
    }

    /** The dates of plans (barnets plan, or a handleplan under SEL) made before the document being checked. */
    public List<LocalDate> earlierPlans() {
        return earlierPlans;
    }

    /** The case record the context was filled from, when it was. */
    public Optional<CaseRecord> caseRecord() {
        return Optional.ofNullable(record);
    }

    /** The calculator the deadline rules ask; {@link DeadlineCalculator#standard()} unless set. */
    public DeadlineCalculator deadlineCalculator() {
        return calculator == null ? DeadlineCalculator.standard() : calculator;
    }

    /** Whether a calculator was set on the builder (a validator gives its own to a context that has none). */
    public boolean hasOwnDeadlineCalculator() {
        return calculator != null;
    }

    /**
     * The case as the deadline rules see it: a case record of events. It is the record the context was filled from,
     * with each date set on the builder afterwards in place of the record's events of that kind (a
     * {@code supportDecisionDate} replaces the record's § 32 decisions; visits, follow-ups and plans are added); a
     * context without a record gets one event per date it holds, at the start of the day in Copenhagen. A § 32
     * decision made from a date says that a plan is to be made (a plan is what is being judged against it); a decision
     * known by its day only is taken as made at the end of that day.
     *
     * <p>The regime is the one recorded or derived from the opening date, else the one in force on the reference
     * date; the child is the record's, else a child with the context's birth date.
     */
    public CaseRecord asCaseRecord() {
        return asCaseRecord(regimeOr(Optional.empty()));
    }

    /**
     * {@link #asCaseRecord()} with the regime to use when neither the record nor the context names one.
     *
     * @param fallback the regime when the case has none of its own (e.g. the one in force on the document's date)
     * @return the case as events
     */
    public CaseRecord asCaseRecord(LegalRegime fallback) {
        List<CaseEvent> events = new ArrayList<>();
        if (record != null) {
            for (CaseEvent e : record.events()) {
                if (!replaced(e)) {
                    events.add(setOnBuilder.contains(Fact.URGENT) && e.type().isDecision()
                            ? e.withUrgent(urgentDecision) : e);
                }
            }
        }
        boolean own = record == null;
        add(events, own || setOnBuilder.contains(Fact.NEED_KNOWN), EventType.NEED_KNOWN, needKnownDate);
        if (own || setOnBuilder.contains(Fact.SUPPORT_DECISION)) {
            decision(events, EventType.DECISION_SUPPORT_32, supportDecisionDate);
        }
        if (own || setOnBuilder.contains(Fact.PLACEMENT_46)) {
            decision(events, EventType.DECISION_PLACEMENT_46, placementWithConsentDecisionDate);
        }
        if (own || setOnBuilder.contains(Fact.PLACEMENT_47)) {
            decision(events, EventType.DECISION_PLACEMENT_47, placementWithoutConsentDecisionDate);
        }
        boolean measures = own || setOnBuilder.contains(Fact.MEASURE_START)
                || setOnBuilder.contains(Fact.PLACEMENT_START);
        if (measures) {
            if (placementStartDate != null) {
                events.add(CaseEvent.of(EventType.MEASURE_STARTED, startOf(placementStartDate)).withPlacement(true));
            }
            if (measureStartDate != null && !measureStartDate.equals(placementStartDate)) {
                events.add(CaseEvent.of(EventType.MEASURE_STARTED, startOf(measureStartDate)));
            }
        }
        add(events, own || setOnBuilder.contains(Fact.PARALLEL_INVESTIGATION), EventType.BFU_FINISHED,
                parallelInvestigationFinishedDate);
        if (own) {
            supervisionVisits.forEach(d -> events.add(CaseEvent.of(EventType.SUPERVISION_VISIT, startOf(d))));
            earlierFollowUps.forEach(d -> events.add(CaseEvent.of(EventType.FOLLOW_UP, startOf(d))));
            earlierPlans.forEach(d -> events.add(CaseEvent.of(EventType.PLAN_MADE, startOf(d))));
        } else {
            extra(events, EventType.SUPERVISION_VISIT, supervisionVisits);
            extra(events, EventType.FOLLOW_UP, earlierFollowUps);
            extra(events, EventType.PLAN_MADE, earlierPlans);
        }
        LegalRegime r = regime != null ? regime
                : caseOpened != null ? LegalRegime.forStartDate(caseOpened)
                : record != null ? record.regime() : fallback;
        Child child = record != null ? record.child() : Child.born("sagens-barn", childBirthDate);
        String id = record != null ? record.id() : "sag";
        return new CaseRecord(id, child, r, caseOpened, events);
    }

    /** The deadlines of {@link #asCaseRecord()} at the end of the reference date, from the context's calculator. */
    public List<Deadline> deadlines() {
        return deadlineCalculator().deadlines(asCaseRecord(), referenceDate);
    }

    private boolean replaced(CaseEvent e) {
        return switch (e.type()) {
            case NEED_KNOWN -> setOnBuilder.contains(Fact.NEED_KNOWN);
            case DECISION_SUPPORT_32 -> setOnBuilder.contains(Fact.SUPPORT_DECISION);
            case DECISION_PLACEMENT_46 -> setOnBuilder.contains(Fact.PLACEMENT_46);
            case DECISION_PLACEMENT_47 -> setOnBuilder.contains(Fact.PLACEMENT_47);
            case MEASURE_STARTED -> setOnBuilder.contains(e.isPlacementMeasure() ? Fact.PLACEMENT_START
                    : Fact.MEASURE_START);
            case BFU_FINISHED -> setOnBuilder.contains(Fact.PARALLEL_INVESTIGATION);
            default -> false;
        };
    }

    private void decision(List<CaseEvent> events, EventType type, LocalDate day) {
        if (day != null) {
            // A decision known by its day only is taken as made at the end of that day: what the case did on the
            // day of the decision came before it.
            CaseEvent d = CaseEvent.of(type, day.atTime(java.time.LocalTime.MAX).atZone(CaseEvent.COPENHAGEN)
                    .toOffsetDateTime());
            d = type == EventType.DECISION_SUPPORT_32 ? d.withPlanToBeMade(true) : d;
            events.add(urgentDecision ? d.withUrgent(true) : d);
        }
    }

    private static void add(List<CaseEvent> events, boolean when, EventType type, LocalDate day) {
        if (when && day != null) {
            events.add(CaseEvent.of(type, startOf(day)));
        }
    }

    /** Dates added on the builder that the record does not already hold on the same day. */
    private static void extra(List<CaseEvent> events, EventType type, List<LocalDate> days) {
        for (LocalDate d : days) {
            boolean known = events.stream().anyMatch(e -> e.type() == type && e.dateIn(CaseEvent.COPENHAGEN).equals(d));
            if (!known) {
                events.add(CaseEvent.of(type, startOf(d)));
            }
        }
    }

    private static java.time.OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(CaseEvent.COPENHAGEN).toOffsetDateTime();
    }

    /** The case's latest børnefaglig undersøgelse, bound to its template (a plan's goals are checked against it). */
    public Optional<BoundDocument> latestBfu() {
        return Optional.ofNullable(latestBfu);
    }

    /** The case's current plan, bound to its template (a follow-up's goals are checked against it). */
    public Optional<BoundDocument> plan() {
        return Optional.ofNullable(plan);
    }

    /** Names the parts that are present, never their values. */
    @Override
    public String toString() {
        List<String> present = new ArrayList<>();
        add(present, "regime", regime);
        add(present, "caseOpened", caseOpened);
        add(present, "childBirthDate", childBirthDate);
        add(present, "needKnownDate", needKnownDate);
        add(present, "supportDecisionDate", supportDecisionDate);
        add(present, "placementWithConsentDecisionDate", placementWithConsentDecisionDate);
        add(present, "placementWithoutConsentDecisionDate", placementWithoutConsentDecisionDate);
        add(present, "measureStartDate", measureStartDate);
        add(present, "urgentDecision", urgentDecision ? Boolean.TRUE : null);
        add(present, "parallelInvestigationFinishedDate", parallelInvestigationFinishedDate);
        add(present, "placementStartDate", placementStartDate);
        add(present, "latestBfu", latestBfu);
        add(present, "plan", plan);
        add(present, "caseRecord", record);
        return "CaseContext[present=" + present + ", supervisionVisits=" + supervisionVisits.size()
                + ", earlierFollowUps=" + earlierFollowUps.size() + ", earlierPlans=" + earlierPlans.size() + "]";
    }

    private static void add(List<String> out, String name, Object value) {
        // names only: the values are dates and documents of a child's case
        if (value != null) {
            out.add(name);
        }
    }

    /** Builds a {@link CaseContext}. Not thread-safe; the context it builds is. */
    public static final class Builder {

        private final LocalDate referenceDate;
        private LegalRegime regime;
        private LocalDate caseOpened;
        private LocalDate childBirthDate;
        private LocalDate needKnownDate;
        private LocalDate supportDecisionDate;
        private LocalDate placementWithConsentDecisionDate;
        private LocalDate placementWithoutConsentDecisionDate;
        private boolean urgentDecision;
        private LocalDate measureStartDate;
        private LocalDate parallelInvestigationFinishedDate;
        private LocalDate placementStartDate;
        private final List<LocalDate> supervisionVisits = new ArrayList<>();
        private final List<LocalDate> earlierFollowUps = new ArrayList<>();
        private final List<LocalDate> earlierPlans = new ArrayList<>();
        private BoundDocument latestBfu;
        private BoundDocument plan;
        private CaseRecord record;
        private final Set<Fact> setOnBuilder = EnumSet.noneOf(Fact.class);
        private boolean fillingFromRecord;
        private DeadlineCalculator calculator;

        private Builder(LocalDate referenceDate) {
            this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
        }

        /**
         * Fills the context from a case record: its regime and opening date, the child's birth date, and from its
         * events (in Copenhagen dates, only those on or before the reference date) when the need became known (the
         * first {@code NEED_KNOWN}), the first decision of each kind and whether it was urgent, when the current
         * measure began (the latest {@code MEASURE_STARTED}), when the current placement began (the latest placement
         * start not followed by a placement end), the supervision visits, and the follow-ups held before the
         * reference date. Values set on the builder afterwards override these; values the record does not know are
         * left as they were.
         */
        public Builder caseRecord(CaseRecord record) {
            this.record = Objects.requireNonNull(record, "record");
            setOnBuilder.clear();
            fillingFromRecord = true;
            try {
                CaseFacts.apply(record, referenceDate, this);
            } finally {
                fillingFromRecord = false;
            }
            return this;
        }

        private void set(Fact fact) {
            if (!fillingFromRecord) {
                setOnBuilder.add(fact);
            }
        }

        /** Sets the calculator the deadline rules ask (e.g. one with the municipality's calendar). */
        public Builder deadlineCalculator(DeadlineCalculator value) {
            calculator = Objects.requireNonNull(value, "deadlineCalculator");
            return this;
        }

        /** Adds the date of a plan made before the document being checked (a later plan is then a revision). */
        public Builder earlierPlan(LocalDate value) {
            earlierPlans.add(Objects.requireNonNull(value, "plan"));
            earlierPlans.sort(null);
            return this;
        }

        /** Sets the legal regime recorded on the case. */
        public Builder regime(LegalRegime value) {
            regime = value;
            return this;
        }

        /** Sets when the case was opened (gives the regime when none is recorded). */
        public Builder caseOpened(LocalDate value) {
            caseOpened = value;
            return this;
        }

        /** Sets the child's birth date. */
        public Builder childBirthDate(LocalDate value) {
            childBirthDate = value;
            return this;
        }

        /** Sets when the municipality learned of the need for an investigation. */
        public Builder needKnownDate(LocalDate value) {
            set(Fact.NEED_KNOWN);
            needKnownDate = value;
            return this;
        }

        /** Sets the date of the decision on supporting measures (§ 32). */
        public Builder supportDecisionDate(LocalDate value) {
            set(Fact.SUPPORT_DECISION);
            supportDecisionDate = value;
            return this;
        }

        /** Sets the date of the decision on placement with consent (§ 46). */
        public Builder placementWithConsentDecisionDate(LocalDate value) {
            set(Fact.PLACEMENT_46);
            placementWithConsentDecisionDate = value;
            return this;
        }

        /** Sets the date of the decision on placement without consent (§ 47). */
        public Builder placementWithoutConsentDecisionDate(LocalDate value) {
            set(Fact.PLACEMENT_47);
            placementWithoutConsentDecisionDate = value;
            return this;
        }

        /** Marks the decision as urgent (made before a plan could be made). */
        public Builder urgentDecision(boolean value) {
            set(Fact.URGENT);
            urgentDecision = value;
            return this;
        }

        /** Sets when the measure began. */
        public Builder measureStartDate(LocalDate value) {
            set(Fact.MEASURE_START);
            measureStartDate = value;
            return this;
        }

        /** Sets when a parallel investigation was completed. */
        public Builder parallelInvestigationFinishedDate(LocalDate value) {
            set(Fact.PARALLEL_INVESTIGATION);
            parallelInvestigationFinishedDate = value;
            return this;
        }

        /** Sets when the current placement outside the home began. */
        public Builder placementStartDate(LocalDate value) {
            set(Fact.PLACEMENT_START);
            placementStartDate = value;
            return this;
        }

        /** Adds the date of a supervision visit to the placed child. */
        public Builder supervisionVisit(LocalDate value) {
            supervisionVisits.add(Objects.requireNonNull(value, "supervision visit"));
            supervisionVisits.sort(null);
            return this;
        }

        /** Adds the date of a follow-up held before the document being checked. */
        public Builder earlierFollowUp(LocalDate value) {
            earlierFollowUps.add(Objects.requireNonNull(value, "follow-up"));
            earlierFollowUps.sort(null);
            return this;
        }

        /** Sets the case's latest børnefaglig undersøgelse. */
        public Builder latestBfu(BoundDocument value) {
            latestBfu = value;
            return this;
        }

        /** Sets the case's current plan. */
        public Builder plan(BoundDocument value) {
            plan = value;
            return this;
        }

        /** The context. */
        public CaseContext build() {
            return new CaseContext(this);
        }
    }
}
