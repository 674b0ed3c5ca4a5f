package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.OPFOELGNING;
import static dk.ics.model.Severity.ERROR;

import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.model.casework.EventType;
import dk.ics.model.law.Law;
import dk.ics.model.law.LegalReferences;
import dk.ics.model.law.Standing;
import dk.ics.model.casework.LegalRegime;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in rules over a follow-up (opfølgning) (Barnets lov §§ 95, 156; SEL § 70). */
final class FollowUpRules {

    private static final Set<CaseStep> STEP = Set.of(CaseStep.OPFOELGNING);

    private FollowUpRules() {
    }

    /** The rules of this group, in code order. */
    static List<BuiltInRule> all() {
        return List.of(new EveryGoal(), new FirstFollowUp(), new NextDate(), new SupervisionVisits(),
                new SelFollowUp());
    }

    private static final Set<DeadlineRule> FIRST = Set.of(DeadlineRule.FOLLOW_UP_FIRST);
    private static final Set<DeadlineRule> EVERY_6_MONTHS = Set.of(DeadlineRule.FOLLOW_UP_EVERY_6_MONTHS);
    private static final Set<DeadlineRule> SUPERVISION = Set.of(DeadlineRule.SUPERVISION_2_PER_YEAR);

    /**
     * The events a follow-up records: when final, the follow-up held on its date (with the next date it planned);
     * and, when the case records no measure, the earliest start of a measure in the case's plan.
     */
    static List<Timeline.Fact> facts(Doc doc, CaseContext context) {
        List<Timeline.Fact> facts = new ArrayList<>();
        measureStart(context).ifPresent(m -> facts.add(new Timeline.Fact(
                CaseEvent.of(EventType.MEASURE_STARTED, Timeline.startOf(m)), true)));
        Optional<LocalDate> held = doc.date(Role.DOCUMENT_DATE);
        if (doc.isFinal() && held.isPresent()) {
            CaseEvent f = CaseEvent.of(EventType.FOLLOW_UP, Timeline.startOf(held.get()));
            Optional<LocalDate> next = doc.date(Role.NEXT_FOLLOW_UP_DATE);
            if (next.isPresent() && !next.get().isBefore(held.get())) {
                f = f.withNextPlannedDate(next.get());
            }
            facts.add(new Timeline.Fact(f, false));
        }
        return facts;
    }

    /** The date the measure began: the context's, else the earliest start of a measure in the plan. */
    static Optional<LocalDate> measureStart(CaseContext context) {
        return context.measureStartDate().or(() -> context.plan().map(Doc::of).flatMap(p -> p.items(Role.MEASURES)
                .stream().flatMap(m -> m.date(Role.MEASURE_START_DATE).stream()).min(LocalDate::compareTo)));
    }

    /** ICS-OPF-001: every goal of the plan is followed up. */
    static final class EveryGoal extends BuiltInRule {
        EveryGoal() {
            super("ICS-OPF-001", ERROR, OPFOELGNING, null, List.of(LegalReferences.BL_95_STK_1.as(
                    Standing.PROJECT_READING, "ICS reads the follow-up on the child's well-being and development as a"
                            + " follow-up on every goal of the plan.")), STEP, java.util.Map.of());
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (context.plan().isEmpty()) {
                out.contextMissing("plan");
                return;
            }
            Set<String> followed = new HashSet<>();
            for (Doc f : doc.items(Role.GOAL_FOLLOW_UPS)) {
                f.text(Role.FOLLOW_UP_GOAL_REF).map(String::strip).ifPresent(followed::add);
            }
            List<Doc> goals = Doc.of(context.plan().get()).items(Role.GOALS);
            for (int i = 0; i < goals.size(); i++) {
                Optional<String> id = goals.get(i).text(Role.GOAL_ID).map(String::strip);
                if (id.isEmpty() || !followed.contains(id.get())) {
                    out.report(doc.at(Role.GOAL_FOLLOW_UPS), key("missing"), Integer.toString(i + 1));
                }
            }
        }
    }

    /**
     * ICS-OPF-002 and ICS-SEL-002 (first part): the first follow-up falls by the earlier of a completed parallel
     * afdækning or investigation and 3 months after the measure began (Barnets lov § 95, stk. 2; SEL § 70), as
     * {@link DeadlineRule#FOLLOW_UP_FIRST} computes it. Only the first follow-up is judged by it, at any later
     * reference date: a final follow-up that met it late stays late.
     */
    static void judgeFirst(BuiltInRule rule, Law law, Doc doc, CaseContext context, RuleCheck out) {
        Optional<Timeline> t = Timeline.of(doc, context, facts(doc, context));
        if (t.isEmpty()) {
            out.contextMissing("consistentCaseDates");
            return;
        }
        if (!t.get().has(EventType.MEASURE_STARTED)) {
            if (Deadlines.stepRegime(doc, context) == (law == Law.SERVICELOVEN ? LegalRegime.SEL
                    : LegalRegime.BARNETS_LOV)) {
                out.contextMissing("measureStartDate");
            }
            return;
        }
        List<Deadline> first = doc.isFinal() ? t.get().metByDocument(FIRST) : t.get().of(FIRST);
        for (Deadline d : Deadlines.under(first, law)) {
            if (doc.isFinal() && d.status() == DeadlineStatus.MET_LATE) {
                out.report(d.reference(), doc.at(Role.DOCUMENT_DATE), rule.key("late"), d.formattedDue());
            } else if (!doc.isFinal() && d.status() == DeadlineStatus.OVERDUE) {
                out.report(d.reference(), doc.at(Role.DOCUMENT_DATE), rule.key("overdue"), d.formattedDue());
            }
        }
    }

    /** ICS-OPF-002: the first follow-up in time under Barnets lov (§ 95, stk. 2). */
    static final class FirstFollowUp extends BuiltInRule {
        FirstFollowUp() {
            super("ICS-OPF-002", ERROR, OPFOELGNING, LegalReferences.BL_95_STK_2, STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            judgeFirst(this, Law.BARNETS_LOV, doc, context, out);
        }
    }

    /**
     * ICS-OPF-003: the next follow-up date is set, after this one, and justified (Barnets lov § 95, stk. 3), for a
     * follow-up held under Barnets lov (in a case opened under SEL: from 2024).
     */
    static final class NextDate extends BuiltInRule {
        NextDate() {
            super("ICS-OPF-003", ERROR, OPFOELGNING, LegalReferences.BL_95_STK_3, STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (Deadlines.stepRegime(doc, context) != LegalRegime.BARNETS_LOV) {
                return;
            }
            Optional<LocalDate> next = doc.date(Role.NEXT_FOLLOW_UP_DATE);
            if (next.isEmpty()) {
                out.report(doc.at(Role.NEXT_FOLLOW_UP_DATE), key("noDate"));
            } else {
                Optional<LocalDate> date = doc.date(Role.DOCUMENT_DATE);
                if (date.isPresent() && !next.get().isAfter(date.get())) {
                    out.report(doc.at(Role.NEXT_FOLLOW_UP_DATE), key("notAfter"));
                }
            }
            if (!doc.hasText(Role.NEXT_FOLLOW_UP_JUSTIFICATION)) {
                out.report(doc.at(Role.NEXT_FOLLOW_UP_JUSTIFICATION), key("noJustification"));
            }
        }
    }

    /**
     * ICS-OPF-004: a placed child has at least two supervision visits in each year of the placement (Barnets lov
     * § 156, stk. 5), as {@link DeadlineRule#SUPERVISION_2_PER_YEAR} counts them: years from the placement's first
     * day (the project's reading; the law does not say how the year is counted). One finding per placement year that
     * ended, by the reference date, with fewer than two visits, or whose second visit came after it.
     */
    static final class SupervisionVisits extends BuiltInRule {
        SupervisionVisits() {
            super("ICS-OPF-004", ERROR, OPFOELGNING, null,
                    List.of(DeadlineRule.SUPERVISION_2_PER_YEAR.reference(LegalRegime.BARNETS_LOV).orElseThrow()),
                    STEP, java.util.Map.of());
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            Optional<Timeline> t = Timeline.of(doc, context, facts(doc, context));
            if (t.isEmpty()) {
                out.contextMissing("consistentCaseDates");
                return;
            }
            List<Deadline> years = t.get().of(SUPERVISION);
            if (years.isEmpty()) {
                boolean placementInPlan = context.plan().map(Doc::of).stream()
                        .flatMap(p -> p.items(Role.MEASURES).stream())
                        .flatMap(m -> m.codes(Role.MEASURE_LEGAL_BASIS).stream())
                        .anyMatch(c -> c.equals("BL_46") || c.equals("BL_47"));
                if (placementInPlan && context.placementStartDate().isEmpty()) {
                    out.contextMissing("placementStartDate");
                }
                return;
            }
            for (Deadline d : years) {
                if (d.status() == DeadlineStatus.OVERDUE) {
                    out.report(d.reference(), "", key("few"), d.formattedDue());
                } else if (d.status() == DeadlineStatus.MET_LATE) {
                    out.report(d.reference(), "", key("late"), d.formattedDue());
                }
            }
        }
    }

    /**
     * ICS-SEL-002: under Serviceloven the first follow-up falls within 3 months of the measure's start (SEL § 70, as
     * {@link DeadlineRule#FOLLOW_UP_FIRST} computes it) and the next within the 6 months
     * {@link DeadlineRule#FOLLOW_UP_EVERY_6_MONTHS} gives, for a follow-up held under Serviceloven (before 2024).
     */
    static final class SelFollowUp extends BuiltInRule {
        SelFollowUp() {
            super("ICS-SEL-002", ERROR, OPFOELGNING, LegalReferences.SEL_70, STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (Deadlines.regime(doc, context) != LegalRegime.SEL) {
                return;
            }
            judgeFirst(this, Law.SERVICELOVEN, doc, context, out);
            if (Deadlines.stepRegime(doc, context) != LegalRegime.SEL) {
                return;
            }
            Optional<LocalDate> next = doc.date(Role.NEXT_FOLLOW_UP_DATE);
            if (next.isEmpty()) {
                out.report(doc.at(Role.NEXT_FOLLOW_UP_DATE), key("noNext"));
                return;
            }
            Optional<Timeline> t = Timeline.of(doc, context, facts(doc, context));
            if (t.isEmpty() || !doc.isFinal()) {
                return; // a draft holds no follow-up yet to count 6 months from
            }
            for (Deadline d : t.get().triggeredByDocument(EVERY_6_MONTHS)) {
                if (next.get().isAfter(d.due().toLocalDate())) {
                    out.report(d.reference(), doc.at(Role.NEXT_FOLLOW_UP_DATE), key("nextLate"), d.formattedDue());
                }
            }
        }
    }
}
