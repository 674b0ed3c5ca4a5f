package dk.ics.model.casework.internal;

import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.EventType;
import dk.ics.model.casework.LegalRegime;
import dk.ics.model.casework.internal.DeadlineContext.Entry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The deadline rules of {@link DeadlineRule}, applied to one {@link DeadlineContext}. Stateless. */
public final class DeadlineRules {

    /** Placements longer than this many years are not followed further (a guard, far beyond any childhood). */
    private static final int MAX_PLACEMENT_YEARS = 30;

    private DeadlineRules() {
    }

    /** Applies every rule of the case's regime. */
    public static void apply(DeadlineContext c) {
        notifications(c);
        investigations(c);
        childViews(c);
        plans(c);
        ungeplan(c);
        supervision(c);
        followUps(c);
        supportAfterEighteen(c);
    }

    /**
     * The child's views before each decision on support or placement (Barnets lov § 5, stk. 3; SEL § 48, stk. 1): a
     * talk with the child, or the views obtained otherwise (§ 5, stk. 4), after the case's previous decision and by
     * the end of the day of the decision.
     */
    static void childViews(DeadlineContext c) {
        List<Entry> decisions = c.decisions();
        for (int k = 0; k < decisions.size(); k++) {
            Entry d = decisions.get(k);
            Instant after = k == 0 ? null : decisions.get(k - 1).at();
            Entry view = c.firstAfter(EventType.CHILD_TALK, EventType.CHILD_VIEW_OBTAINED_OTHERWISE, after)
                    .orElse(null);
            c.add(DeadlineRule.CHILD_VIEW_BEFORE_DECISION, c.endOfDay(c.date(d)), true, d, view);
        }
    }

    /** 24-hour assessment, acknowledgement of a professional notifier, and the talk with the child. */
    static void notifications(DeadlineContext c) {
        for (Entry n : c.all(EventType.NOTIFICATION_RECEIVED)) {
            // Hours are elapsed time: counted on the instant, so a change to or from summer time does not
            // shorten or lengthen them.
            ZonedDateTime assessDue = c.inZone(n.at().plus(24, ChronoUnit.HOURS));
            c.add(DeadlineRule.NOTIFICATION_ASSESSMENT_24H, assessDue, false, n,
                    c.firstAtOrAfter(EventType.NOTIFICATION_ASSESSED, n.at()).orElse(null));

            DeadlineRule ack = DeadlineRule.NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS;
            if (n.event().isFromProfessional()) {
                ZonedDateTime due = c.endOfDay(c.calendar().plusWorkingDays(c.date(n), 6));
                c.add(ack, due, true, n, c.firstAtOrAfter(EventType.NOTIFIER_ACKNOWLEDGED, n.at()).orElse(null));
            } else {
                c.notApplicable(ack, null, true, n);
            }

            DeadlineRule talk = DeadlineRule.CHILD_TALK_ABUSE;
            if (n.event().isAboutAbuse()) {
                ZonedDateTime due = c.inZone(n.at().plus(c.childTalkWithin()));
                c.add(talk, due, false, n, c.firstAtOrAfter(EventType.CHILD_TALK, n.at()).orElse(null));
            } else {
                c.notApplicable(talk, null, false, n);
            }
        }
    }

    /** The 4-month investigation and, when it is not finished in time, the preliminary assessment. */
    static void investigations(DeadlineContext c) {
        List<Entry> clocks = c.all(EventType.NEED_KNOWN);
        if (clocks.isEmpty()) {
            // Without a NEED_KNOWN the municipality knew of the need no later than it started the investigation.
            clocks = c.all(EventType.BFU_STARTED);
        }
        for (Entry s : clocks) {
            ZonedDateTime due = c.monthsAfter(s, 4);
            Entry finished = c.firstAtOrAfter(EventType.BFU_FINISHED, s.at()).orElse(null);
            c.add(DeadlineRule.BFU_4_MONTHS, due, true, s, finished);
            if (finished != null && !finished.at().isAfter(due.toInstant())) {
                c.notApplicable(DeadlineRule.BFU_PRELIMINARY_ASSESSMENT_4_MONTHS, due, true, s);
            } else {
                c.add(DeadlineRule.BFU_PRELIMINARY_ASSESSMENT_4_MONTHS, due, true, s,
                        c.firstAtOrAfter(EventType.BFU_PRELIMINARY_ASSESSMENT, s.at()).orElse(null));
            }
        }
    }

    /**
     * The child's plan (Barnets lov § 91) or handleplan (SEL § 140) around each decision. Under Barnets lov the
     * deadline is for the case's first plan: it is met by the first PLAN_MADE, and a plan made later is a revision
     * (§ 95, stk. 4) with no deadline of its own. Under Serviceloven a handleplan counts for a decision when it was
     * made after the previous decision on the case (or at any time when there is none) and was not already counted
     * for an earlier decision. A step of a case opened under Serviceloven that falls due from 2024 follows Barnets lov.
     */
    static void plans(DeadlineContext c) {
        List<Entry> decisions = c.decisions();
        Set<Integer> used = new HashSet<>();
        Entry firstPlan = c.firstAfter(EventType.PLAN_MADE, null).orElse(null);
        for (int k = 0; k < decisions.size(); k++) {
            Entry d = decisions.get(k);
            if (c.regime() == LegalRegime.SEL) {
                DeadlineRule rule = d.event().isUrgentDecision() ? DeadlineRule.HANDLEPLAN_URGENT_4_MONTHS
                        : DeadlineRule.HANDLEPLAN_BEFORE_DECISION;
                ZonedDateTime due = rule == DeadlineRule.HANDLEPLAN_URGENT_4_MONTHS ? c.monthsAfter(d, 4)
                        : c.inZone(d.at());
                if (c.regimeFor(due) == LegalRegime.SEL) {
                    Instant windowStart = k == 0 ? null : decisions.get(k - 1).at();
                    c.add(rule, due, rule == DeadlineRule.HANDLEPLAN_URGENT_4_MONTHS, d,
                            unusedPlanAfter(c, windowStart, used));
                    continue;
                }
            }
            switch (d.type()) {
                case DECISION_SUPPORT_32 -> {
                    if (Boolean.TRUE.equals(d.event().planToBeMade())) {
                        c.add(DeadlineRule.PLAN_SUPPORT_3_MONTHS, c.monthsAfter(d, 3), true, d, firstPlan);
                    } else {
                        c.notApplicable(DeadlineRule.PLAN_SUPPORT_3_MONTHS, null, true, d);
                    }
                }
                case DECISION_PLACEMENT_46 ->
                        c.add(DeadlineRule.PLAN_PLACEMENT_3_MONTHS, c.monthsAfter(d, 3), true, d, firstPlan);
                default -> c.add(DeadlineRule.PLAN_BEFORE_PLACEMENT_47, c.inZone(d.at()), false, d, firstPlan);
            }
        }
    }

    /** The first plan after an instant not already counted for an earlier decision; marks it as counted. */
    private static Entry unusedPlanAfter(DeadlineContext c, Instant after, Set<Integer> used) {
        for (Entry p : c.all(EventType.PLAN_MADE)) {
            if ((after == null || p.at().isAfter(after)) && used.add(p.index())) {
                return p;
            }
        }
        return null;
    }

    /**
     * The ungeplan, a plan of its own (Barnets lov § 108), once the young person is 16:
     * <ul>
     * <li>a placement (§§ 46, 47) running on or after the 16th birthday requires one (stk. 2) within 3 months of the
     * later of the placement decision and the birthday (stk. 3); a decision under § 47 made when the young person is
     * 16 or more requires it before the decision (stk. 4);</li>
     * <li>otherwise, when a young person with § 32 support or barnets plan turns 16, or a first § 32 decision is made
     * for a young person of 16 or more, the municipality decides whether to make one (stk. 1; met by
     * UNGEPLAN_CONSIDERED or an UNGEPLAN_MADE); when it decides to, the plan is due 3 months from that birthday or
     * decision (stk. 3).</li>
     * </ul>
     * The deadlines are listed from the day the duty arises (the birthday or the decision). Any UNGEPLAN_MADE meets
     * them: a later one is a revision. Not computed when the birth date is unknown.
     */
    static void ungeplan(DeadlineContext c) {
        Optional<LocalDate> born = c.record().child().dateOfBirth();
        List<Entry> decisions = c.decisions();
        if (born.isEmpty() || decisions.isEmpty()) {
            return;
        }
        LocalDate sixteen = born.get().plusYears(16);
        Instant sixteenAt = c.startOfDay(sixteen);
        Entry plan = c.firstAfter(EventType.UNGEPLAN_MADE, null).orElse(null);
        boolean placementRule = false;
        for (Entry d : decisions) {
            if (d.type() == EventType.DECISION_SUPPORT_32) {
                continue;
            }
            LocalDate anchor = c.date(d).isAfter(sixteen) ? c.date(d) : sixteen;
            Instant anchorAt = c.startOfDay(anchor).isAfter(d.at()) ? c.startOfDay(anchor) : d.at();
            if (c.reference().isBefore(anchorAt) || !placedOrNoMeasures(c, anchorAt)) {
                continue;
            }
            placementRule = true;
            if (d.type() == EventType.DECISION_PLACEMENT_47 && !d.at().isBefore(sixteenAt)) {
                addBl(c, DeadlineRule.UNGEPLAN_BEFORE_PLACEMENT_47, c.inZone(d.at()), false, d, plan);
            } else {
                addBl(c, DeadlineRule.UNGEPLAN_3_MONTHS, c.endOfDay(anchor.plusMonths(3)), true, d, plan);
            }
        }
        if (placementRule) {
            return;
        }
        Entry support = decisions.stream().filter(d -> d.type() == EventType.DECISION_SUPPORT_32).findFirst()
                .orElse(null);
        if (support == null) {
            return;
        }
        LocalDate anchor = c.date(support).isAfter(sixteen) ? c.date(support) : sixteen;
        if (c.reference().isBefore(c.startOfDay(anchor)) || c.allMeasuresEndedBefore(c.startOfDay(anchor))) {
            return;
        }
        ZonedDateTime due = c.endOfDay(anchor.plusMonths(3));
        Entry considered = c.firstAtOrAfter(EventType.UNGEPLAN_CONSIDERED, EventType.UNGEPLAN_MADE, support.at())
                .orElse(null);
        addBl(c, DeadlineRule.UNGEPLAN_CONSIDERED_FROM_16, due, true, support, considered);
        if (considered != null && considered.type() == EventType.UNGEPLAN_CONSIDERED
                && Boolean.TRUE.equals(considered.event().planToBeMade())) {
            addBl(c, DeadlineRule.UNGEPLAN_3_MONTHS, due, true, considered, plan);
        }
    }

    /**
     * Whether a placement had not ended by an instant: one is running then or begins later, or the case records no
     * placement measure at all (the decision alone).
     */
    private static boolean placedOrNoMeasures(DeadlineContext c, Instant t) {
        List<Entry> placements = c.all(EventType.MEASURE_STARTED).stream()
                .filter(m -> m.event().isPlacementMeasure()).toList();
        return placements.isEmpty() || placements.stream()
                .anyMatch(p -> c.endOf(p).map(end -> !end.at().isBefore(t)).orElse(true));
    }

    /** Adds a deadline of a rule Barnets lov alone has: in a case opened under SEL only when due from 2024. */
    private static void addBl(DeadlineContext c, DeadlineRule rule, ZonedDateTime due, boolean wholeDay, Entry trigger,
            Entry met) {
        if (c.regimeFor(due) == LegalRegime.BARNETS_LOV) {
            c.add(rule, due, wholeDay, trigger, met);
        }
    }

    /** The first follow-up on each measure, then the planned (Barnets lov) or 6-monthly (SEL) follow-ups. */
    static void followUps(DeadlineContext c) {
        for (Entry m : c.all(EventType.MEASURE_STARTED)) {
            ZonedDateTime due = c.monthsAfter(m, 3);
            if (c.regimeFor(due) == LegalRegime.BARNETS_LOV) {
                // § 95, stk. 2: at the earlier of a parallel afdækning (§ 19) or investigation (§ 20) completed
                // (nr. 1) and 3 months after the measure was put into effect (nr. 2).
                Optional<Entry> parallel = c.firstAfter(EventType.BFU_FINISHED, EventType.AFDAEKNING, m.at());
                if (parallel.isPresent()) {
                    ZonedDateTime onFinish = c.endOfDay(c.date(parallel.get()));
                    due = onFinish.isBefore(due) ? onFinish : due;
                }
            }
            Entry met = c.firstAtOrAfter(EventType.FOLLOW_UP, m.at()).orElse(null);
            Optional<Entry> end = c.endOf(m);
            if (met == null && end.isPresent() && end.get().at().isBefore(due.toInstant())) {
                c.notApplicable(DeadlineRule.FOLLOW_UP_FIRST, due, true, m);
            } else {
                c.add(DeadlineRule.FOLLOW_UP_FIRST, due, true, m, met);
            }
        }
        for (Entry f : c.all(EventType.FOLLOW_UP)) {
            ZonedDateTime due = c.monthsAfter(f, 6);
            DeadlineRule rule;
            // A follow-up held under Serviceloven keeps its 6-month successor even when that falls due in 2024:
            // Barnets lov leaves the schedule to the decision of a first follow-up (§ 95, stk. 3), which the case
            // has not made.
            if (c.regimeOf(f) == LegalRegime.BARNETS_LOV) {
                if (f.event().nextPlannedDate() == null) {
                    continue;
                }
                rule = DeadlineRule.FOLLOW_UP_NEXT_PLANNED;
                due = c.endOfDay(f.event().nextPlannedDate());
            } else {
                if (!c.measureRunningAt(f.at())) {
                    continue;
                }
                rule = DeadlineRule.FOLLOW_UP_EVERY_6_MONTHS;
            }
            Entry next = c.firstAfter(EventType.FOLLOW_UP, f.at()).orElse(null);
            if (next == null && c.allMeasuresEndedBefore(due.toInstant())) {
                c.notApplicable(rule, due, true, f);
            } else {
                c.add(rule, due, true, f, next);
            }
        }
    }

    /**
     * At least two supervision visits in each year of a placement, counted from the day it began (Barnets lov
     * § 156, stk. 5, which says "two a year" without saying how the year is counted: the project's reading). A year
     * the placement does not complete is not required to hold two visits; the visits counted for a year are those
     * within it, so a later visit never makes up for a year that had too few.
     */
    static void supervision(DeadlineContext c) {
        for (Entry p : c.all(EventType.MEASURE_STARTED)) {
            if (!p.event().isPlacementMeasure()) {
                continue;
            }
            Optional<Entry> end = c.endOf(p);
            LocalDate start = c.date(p);
            for (int k = 0; k < MAX_PLACEMENT_YEARS; k++) {
                LocalDate yearStart = start.plusYears(k);
                Instant from = c.startOfDay(yearStart);
                if (from.isAfter(c.reference()) || end.isPresent() && !from.isBefore(end.get().at())) {
                    break;
                }
                ZonedDateTime due = c.endOfDay(start.plusYears(k + 1L).minusDays(1));
                if (c.regimeFor(due) != LegalRegime.BARNETS_LOV) {
                    continue; // a placement year ending before 2024: Serviceloven's supervision is not computed
                }
                if (c.eighteenthBirthday().map(e -> !from.isBefore(e)).orElse(false)) {
                    break; // the placement ended at 18
                }
                List<Entry> visits = c.all(EventType.SUPERVISION_VISIT).stream()
                        .filter(v -> !v.at().isBefore(from) && !v.at().isAfter(due.toInstant())).toList();
                Entry met = visits.size() >= 2 ? visits.get(1) : null;
                if (met == null && end.isPresent() && end.get().at().isBefore(due.toInstant())) {
                    c.notApplicable(DeadlineRule.SUPERVISION_2_PER_YEAR, due, true, p);
                } else {
                    c.add(DeadlineRule.SUPERVISION_2_PER_YEAR, due, true, p, met);
                }
            }
        }
    }

    /**
     * The decision on ungestøtte for a placed young person no later than 6 months before the placement ends at the
     * 18th birthday (Barnets lov § 111, stk. 1), for each placement running then; met by DECISION_UNGESTOETTE. When a
     * placement begins less than 6 months before the 18th birthday the decision is due at its start (the project's
     * reading). Listed from the 16th birthday, when planning for adult life begins (§ 108); not computed when the
     * birth date is unknown.
     */
    static void supportAfterEighteen(DeadlineContext c) {
        Optional<LocalDate> born = c.record().child().dateOfBirth();
        if (born.isEmpty() || c.reference().isBefore(c.startOfDay(born.get().plusYears(16)))) {
            return;
        }
        LocalDate eighteen = born.get().plusYears(18);
        for (Entry p : c.all(EventType.MEASURE_STARTED)) {
            if (!p.event().isPlacementMeasure() || !c.date(p).isBefore(eighteen)) {
                continue;
            }
            LocalDate dueDay = eighteen.minusMonths(6);
            dueDay = c.date(p).isAfter(dueDay) ? c.date(p) : dueDay;
            ZonedDateTime due = c.endOfDay(dueDay);
            Entry decision = c.firstAtOrAfter(EventType.DECISION_UNGESTOETTE, p.at()).orElse(null);
            Optional<Entry> end = c.endOf(p);
            if (decision == null && end.isPresent() && end.get().at().isBefore(due.toInstant())) {
                c.notApplicable(DeadlineRule.UNGESTOETTE_DECISION_BEFORE_18, due, true, p);
            } else {
                addBl(c, DeadlineRule.UNGESTOETTE_DECISION_BEFORE_18, due, true, p, decision);
            }
        }
    }
}
