package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.INDDRAGELSE;
import static dk.ics.model.QualityBeacon.VALG_AF_INDSATS;
import static dk.ics.model.Severity.ERROR;
import static dk.ics.model.Severity.WARNING;

import dk.ics.model.Severity;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.EventType;
import dk.ics.model.law.LegalReferences;
import dk.ics.model.law.Standing;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.casework.LegalRegime;
import dk.ics.model.triangle.Dimension;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in rules over barnets plan and the ungeplan (Barnets lov §§ 91, 92, 108; SEL § 140). */
final class PlanRules {

    private static final Set<CaseStep> PLAN = Set.of(CaseStep.BARNETS_PLAN, CaseStep.UNGEPLAN);
    private static final Set<CaseStep> CHILDS_PLAN = Set.of(CaseStep.BARNETS_PLAN);
    private static final Set<CaseStep> UNGEPLAN = Set.of(CaseStep.UNGEPLAN);
    private static final Set<DeadlineRule> THREE_MONTHS = Set.of(DeadlineRule.PLAN_SUPPORT_3_MONTHS,
            DeadlineRule.PLAN_PLACEMENT_3_MONTHS);
    private static final Set<DeadlineRule> BEFORE_47 = Set.of(DeadlineRule.PLAN_BEFORE_PLACEMENT_47);
    private static final Set<DeadlineRule> HANDLEPLAN = Set.of(DeadlineRule.HANDLEPLAN_BEFORE_DECISION,
            DeadlineRule.HANDLEPLAN_URGENT_4_MONTHS);
    private static final Set<DeadlineRule> UNGEPLAN_DEADLINES = Set.of(DeadlineRule.UNGEPLAN_3_MONTHS,
            DeadlineRule.UNGEPLAN_BEFORE_PLACEMENT_47);

    private PlanRules() {
    }

    /** The rules of this group, in code order. */
    static List<BuiltInRule> all() {
        return List.of(new GoalsMatchNeeds(), new GoalPart("ICS-PLAN-002", ERROR,
                "ICS: hvert mål har en ansvarlig (pejlemærket Valg af indsats; ikke et krav i § 92)",
                Role.GOAL_RESPONSIBLE), new GoalPart("ICS-PLAN-003", WARNING, "ICS: mål med succeskriterier",
                Role.GOAL_SUCCESS_INDICATOR), new ChildWishes(), new ThreeMonths(), new BeforePlacement47(),
                new Ungeplan(), new MeasuresServeGoals(), new UngeplanInTime(), new SelHandleplan());
    }

    /** The event a final plan records: the plan (or, for an ungeplan, the ungeplan) made on its date. */
    static List<Timeline.Fact> facts(Doc doc, EventType made) {
        if (!doc.isFinal()) {
            return List.of();
        }
        return doc.date(Role.DOCUMENT_DATE).map(d -> List.of(Timeline.Fact.of(made, Timeline.startOf(d))))
                .orElse(List.of());
    }

    /**
     * Judges a plan against the deadlines of some rules: a final plan that met one late, a draft while one is
     * overdue. Reports the case context missing when the case has no decision at all.
     */
    private static void judge(BuiltInRule rule, Doc doc, CaseContext context, RuleCheck out, Set<DeadlineRule> rules,
            EventType made, boolean needsDecision) {
        Optional<Timeline> t = Timeline.of(doc, context, facts(doc, made));
        if (t.isEmpty()) {
            out.contextMissing("consistentCaseDates");
            return;
        }
        boolean decided = t.get().has(EventType.DECISION_SUPPORT_32) || t.get().has(EventType.DECISION_PLACEMENT_46)
                || t.get().has(EventType.DECISION_PLACEMENT_47);
        if (!decided) {
            if (needsDecision) {
                out.contextMissing("decisionDate");
            }
            return;
        }
        Deadlines.judge(doc, t.get(), rules, out, doc.at(Role.DOCUMENT_DATE), rule.key("late"), rule.key("overdue"));
    }

    /** ICS-PLAN-001: each goal addresses a dimension with a challenge identified in the latest investigation. */
    static final class GoalsMatchNeeds extends BuiltInRule {
        GoalsMatchNeeds() {
            super("ICS-PLAN-001", ERROR, VALG_AF_INDSATS, null, List.of(LegalReferences.BL_92_STK_2.as(
                    Standing.PROJECT_READING, "ICS's reading of § 92, stk. 2 (the plan starts from the investigation),"
                            + " stricter than the law: each goal concerns a dimension where the investigation found a"
                            + " challenge.")), PLAN, java.util.Map.of());
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            Optional<Doc> bfu = context.latestBfu().map(Doc::of);
            Set<Dimension> challenged = EnumSet.noneOf(Dimension.class);
            bfu.ifPresent(b -> {
                for (Dimension d : Dimension.values()) {
                    if (b.count(Role.DIMENSION_CHALLENGES, d) > 0) {
                        challenged.add(d);
                    }
                }
            });
            boolean needsBfu = false;
            List<Doc> goals = doc.items(Role.GOALS);
            for (int i = 0; i < goals.size(); i++) {
                Doc goal = goals.get(i);
                List<Dimension> dims = goal.dimensions(Role.GOAL_DIMENSIONS);
                String number = Integer.toString(i + 1);
                if (dims.isEmpty()) {
                    out.report(goal.at(Role.GOAL_DIMENSIONS), key("noDimension"), number);
                } else if (bfu.isEmpty()) {
                    needsBfu = true;
                } else if (dims.stream().noneMatch(challenged::contains)) {
                    out.report(goal.at(Role.GOAL_DIMENSIONS), key("noChallenge"), number);
                }
            }
            if (needsBfu) {
                out.contextMissing("latestBfu");
            }
        }
    }

    /**
     * ICS-PLAN-002 and -003: each goal has someone responsible and a success indicator (ICS quality
     * recommendations; § 92 does not require them).
     */
    static final class GoalPart extends BuiltInRule {
        private final Role role;

        GoalPart(String code, Severity severity, String basis, Role role) {
            super(code, severity, VALG_AF_INDSATS, basis, PLAN);
            this.role = role;
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            List<Doc> goals = doc.items(Role.GOALS);
            for (int i = 0; i < goals.size(); i++) {
                if (!goals.get(i).hasText(role)) {
                    out.report(goals.get(i).at(role), key("missing"), Integer.toString(i + 1));
                }
            }
        }
    }

    /** ICS-PLAN-004: the child's wishes are recorded (§ 92). */
    static final class ChildWishes extends BuiltInRule {
        ChildWishes() {
            super("ICS-PLAN-004", ERROR, INDDRAGELSE, LegalReferences.BL_92_STK_1, PLAN);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (!doc.hasText(Role.CHILD_WISHES)) {
                out.report(doc.at(Role.CHILD_WISHES), key("missing"));
            }
        }
    }

    /**
     * ICS-PLAN-005: the first barnets plan within 3 months of the decision on support that says a plan is made
     * (§ 91, stk. 1) or on placement with consent (stk. 2), as {@link DeadlineRule#PLAN_SUPPORT_3_MONTHS} and
     * {@link DeadlineRule#PLAN_PLACEMENT_3_MONTHS} compute it: a revised plan has no deadline of its own.
     */
    static final class ThreeMonths extends BuiltInRule {
        ThreeMonths() {
            super("ICS-PLAN-005", ERROR, VALG_AF_INDSATS, null,
                    List.of(LegalReferences.BL_91_STK_1, LegalReferences.BL_91_STK_2), CHILDS_PLAN, java.util.Map.of());
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            judge(this, doc, context, out, THREE_MONTHS, EventType.PLAN_MADE,
                    Deadlines.stepRegime(doc, context) == LegalRegime.BARNETS_LOV);
        }
    }


    /** ICS-PLAN-006: for a placement without consent the plan is made before the decision (§ 91, stk. 2). */
    static final class BeforePlacement47 extends BuiltInRule {
        BeforePlacement47() {
            super("ICS-PLAN-006", ERROR, VALG_AF_INDSATS, LegalReferences.BL_91_STK_2, CHILDS_PLAN);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            judge(this, doc, context, out, BEFORE_47, EventType.PLAN_MADE, false);
        }
    }

    /**
     * ICS-PLAN-007: the ungeplan describes the transition to adult life (its purpose under § 108; the content
     * provision, § 109, was not read).
     */
    static final class Ungeplan extends BuiltInRule {
        Ungeplan() {
            super("ICS-PLAN-007", ERROR, VALG_AF_INDSATS, null, List.of(LegalReferences.BL_108_STK_1.as(
                    Standing.PROJECT_READING, "The ungeplan is the plan for the transition to adult life; that it"
                            + " describes the transition is the project's reading (§ 109 on its content was not"
                            + " read).")), UNGEPLAN, java.util.Map.of());
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (!doc.hasText(Role.TRANSITION_TO_ADULTHOOD)) {
                out.report(doc.at(Role.TRANSITION_TO_ADULTHOOD), key("missing"));
            }
        }
    }

    /**
     * ICS-PLAN-009: the ungeplan within 3 months of the decision on the measure or of the 16th birthday (§ 108,
     * stk. 3), and before a decision on placement without consent (stk. 4), as
     * {@link DeadlineRule#UNGEPLAN_3_MONTHS} and {@link DeadlineRule#UNGEPLAN_BEFORE_PLACEMENT_47} compute it.
     */
    static final class UngeplanInTime extends BuiltInRule {
        UngeplanInTime() {
            super("ICS-PLAN-009", ERROR, VALG_AF_INDSATS, null,
                    List.of(LegalReferences.BL_108_STK_3, LegalReferences.BL_108_STK_4), UNGEPLAN, java.util.Map.of());
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            judge(this, doc, context, out, UNGEPLAN_DEADLINES, EventType.UNGEPLAN_MADE, false);
        }
    }

    /**
     * ICS-PLAN-008: every measure serves at least one goal of the plan, and only goals the plan has (§ 92). A plan
     * with no goals at all is left to the template check.
     */
    static final class MeasuresServeGoals extends BuiltInRule {
        MeasuresServeGoals() {
            super("ICS-PLAN-008", ERROR, VALG_AF_INDSATS, null, List.of(LegalReferences.BL_92_STK_2.as(
                    Standing.PROJECT_READING, "ICS's reading of § 92, stk. 2 (the plan starts from the chosen"
                            + " measure), stricter than the law: every measure serves a goal of the plan.")), PLAN,
                    java.util.Map.of());
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            Set<String> goalIds = new HashSet<>();
            doc.items(Role.GOALS).forEach(g -> g.text(Role.GOAL_ID).map(String::strip).ifPresent(goalIds::add));
            List<Doc> measures = doc.items(Role.MEASURES);
            for (int i = 0; i < measures.size(); i++) {
                Doc m = measures.get(i);
                List<String> refs = m.codes(Role.MEASURE_GOAL_REFS);
                String number = Integer.toString(i + 1);
                if (refs.isEmpty()) {
                    out.report(m.at(Role.MEASURE_GOAL_REFS), key("noGoal"), number);
                } else if (!goalIds.isEmpty() && !goalIds.containsAll(refs)) { // no goals: the template reports it
                    out.report(m.at(Role.MEASURE_GOAL_REFS), key("unknownGoal"), number);
                }
            }
        }
    }

    /**
     * ICS-SEL-001: under Serviceloven the handleplan is made before the decision, or within 4 months of an urgent
     * decision (SEL § 140, stk. 1), as {@link DeadlineRule#HANDLEPLAN_BEFORE_DECISION} and
     * {@link DeadlineRule#HANDLEPLAN_URGENT_4_MONTHS} compute it (a handleplan falling due from 2024 is a barnets
     * plan under § 91).
     */
    static final class SelHandleplan extends BuiltInRule {
        SelHandleplan() {
            super("ICS-SEL-001", ERROR, VALG_AF_INDSATS, LegalReferences.SEL_140_STK_1, CHILDS_PLAN);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            judge(this, doc, context, out, HANDLEPLAN, EventType.PLAN_MADE,
                    Deadlines.stepRegime(doc, context) == LegalRegime.SEL);
        }
    }
}
