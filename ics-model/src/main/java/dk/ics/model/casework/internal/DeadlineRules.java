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
        plans(c);
        if (c.regime() == LegalRegime.BARNETS_LOV) {
            ungeplan(c);
            supervision(c);
        }
        followUps(c);
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
     * The child's plan (Barnets lov) or handleplan (SEL) around each decision. A plan counts for a decision when it
     * was made after the previous decision on the case (or at any time when there is none) and was not already
     * counted for an earlier decision.
     */
    static void plans(DeadlineContext c) {
        List<Entry> decisions = c.decisions();
        Set<Integer> used = new HashSet<>();
        for (int k = 0; k < decisions.size(); k++) {
            Entry d = decisions.get(k);
            Instant windowStart = k == 0 ? null : decisions.get(k - 1).at();
            Entry plan = needsPlan(c, d) ? unusedPlanAfter(c, windowStart, used) : null;
            if (c.regime() == LegalRegime.SEL) {
                if (d.event().isUrgentDecision()) {
                    c.add(DeadlineRule.HANDLEPLAN_URGENT_4_MONTHS, c.monthsAfter(d, 4), true, d, plan);
                } else {
                    c.add(DeadlineRule.HANDLEPLAN_BEFORE_DECISION, c.inZone(d.at()), false, d, plan);
                }
                continue;
            }
            switch (d.type()) {
                case DECISION_SUPPORT_32 -> {
                    if (Boolean.TRUE.equals(d.event().planToBeMade())) {
                        c.add(DeadlineRule.PLAN_SUPPORT_3_MONTHS, c.monthsAfter(d, 3), true, d, plan);
                    } else {
                        c.notApplicable(DeadlineRule.PLAN_SUPPORT_3_MONTHS, null, true, d);
                    }
                }
                case DECISION_PLACEMENT_46 ->
                        c.add(DeadlineRule.PLAN_PLACEMENT_3_MONTHS, c.monthsAfter(d, 3), true, d, plan);
                default -> c.add(DeadlineRule.PLAN_BEFORE_PLACEMENT_47, c.inZone(d.at()), false, d, plan);
            }
        }
    }

    private static boolean needsPlan(DeadlineContext c, Entry decision) {
        return c.regime() == LegalRegime.SEL || decision.type() != EventType.DECISION_SUPPORT_32
                || Boolean.TRUE.equals(decision.event().planToBeMade());
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
     * The ungeplan (Barnets lov § 108) once the young person is 16 and the case has a decision. The law gives no
     * time limit; this project's convention is 3 months from the later of the 16th birthday and the first decision,
     * as for barnets plan.
     */
    static void ungeplan(DeadlineContext c) {
        List<Entry> decisions = c.decisions();
        if (decisions.isEmpty()) {
            return;
        }
        Entry first = decisions.get(0);
        Optional<LocalDate> born = c.record().child().dateOfBirth();
        if (born.isEmpty()) {
            c.notApplicable(DeadlineRule.UNGEPLAN_FROM_16, null, true, first);
            return;
        }
        LocalDate sixteen = born.get().plusYears(16);
        LocalDate from = sixteen.isAfter(c.date(first)) ? sixteen : c.date(first);
        ZonedDateTime due = c.endOfDay(from.plusMonths(3));
        if (c.reference().isBefore(c.startOfDay(sixteen))) {
            c.notApplicable(DeadlineRule.UNGEPLAN_FROM_16, due, true, first);
            return;
        }
        c.add(DeadlineRule.UNGEPLAN_FROM_16, due, true, first,
                c.firstAfter(EventType.UNGEPLAN_MADE, null).orElse(null));
    }

    /** The first follow-up on each measure, then the planned (Barnets lov) or 6-monthly (SEL) follow-ups. */
    static void followUps(DeadlineContext c) {
        for (Entry m : c.all(EventType.MEASURE_STARTED)) {
            ZonedDateTime due = c.monthsAfter(m, 3);
            if (c.regime() == LegalRegime.BARNETS_LOV) {
                // § 95: at the earlier of a parallel investigation completed and 3 months after the start.
                Optional<Entry> parallel = c.firstAfter(EventType.BFU_FINISHED, m.at());
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
            ZonedDateTime due;
            DeadlineRule rule;
            if (c.regime() == LegalRegime.BARNETS_LOV) {
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
                due = c.monthsAfter(f, 6);
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
     * § 156, stk. 5). A year the placement does not complete is not required to hold two visits.
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
}
