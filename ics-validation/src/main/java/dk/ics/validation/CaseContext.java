package dk.ics.validation;

import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.LegalRegime;
import dk.ics.templates.BoundDocument;
import dk.ics.validation.internal.CaseFacts;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The case a document belongs to, as the rules see it: the reference date ("today" for deadlines), the legal regime,
 * the child's birth date, the dates of the case that start or end deadlines, and the other documents of the case a
 * rule compares with (the latest børnefaglig undersøgelse for a plan, the plan for a follow-up). Immutable and
 * thread-safe; made with {@link #builder(LocalDate)} or {@link #on(LocalDate)}.
 *
 * <p>Everything but the reference date is optional. A rule that needs a missing date reports so as a finding
 * ({@code ICS-CTX-MISSING}); dates the document itself carries (e.g. when the municipality learned of the need) are
 * taken from the document first.
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
    private final BoundDocument latestBfu;
    private final BoundDocument plan;

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
        latestBfu = b.latestBfu;
        plan = b.plan;
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
        b.latestBfu = latestBfu;
        b.plan = plan;
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
        return "CaseContext[present=" + present + ", supervisionVisits=" + supervisionVisits.size()
                + ", earlierFollowUps=" + earlierFollowUps.size() + "]";
    }

    private static void add(List<String> out, String name, Object value) {
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
        private BoundDocument latestBfu;
        private BoundDocument plan;

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
            CaseFacts.apply(Objects.requireNonNull(record, "record"), referenceDate, this);
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
            needKnownDate = value;
            return this;
        }

        /** Sets the date of the decision on supporting measures (§ 32). */
        public Builder supportDecisionDate(LocalDate value) {
            supportDecisionDate = value;
            return this;
        }

        /** Sets the date of the decision on placement with consent (§ 46). */
        public Builder placementWithConsentDecisionDate(LocalDate value) {
            placementWithConsentDecisionDate = value;
            return this;
        }

        /** Sets the date of the decision on placement without consent (§ 47). */
        public Builder placementWithoutConsentDecisionDate(LocalDate value) {
            placementWithoutConsentDecisionDate = value;
            return this;
        }

        /** Marks the decision as urgent (made before a plan could be made). */
        public Builder urgentDecision(boolean value) {
            urgentDecision = value;
            return this;
        }

        /** Sets when the measure began. */
        public Builder measureStartDate(LocalDate value) {
            measureStartDate = value;
            return this;
        }

        /** Sets when a parallel investigation was completed. */
        public Builder parallelInvestigationFinishedDate(LocalDate value) {
            parallelInvestigationFinishedDate = value;
            return this;
        }

        /** Sets when the current placement outside the home began. */
        public Builder placementStartDate(LocalDate value) {
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
