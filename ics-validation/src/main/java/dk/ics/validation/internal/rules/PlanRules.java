package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.INDDRAGELSE;
import static dk.ics.model.QualityBeacon.VALG_AF_INDSATS;
import static dk.ics.model.Severity.ERROR;
import static dk.ics.model.Severity.WARNING;

import dk.ics.model.Severity;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.casework.LegalRegime;
import dk.ics.model.triangle.Dimension;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The built-in rules over barnets plan and the ungeplan (Barnets lov §§ 91, 92, 108; SEL § 140). */
final class PlanRules {

    private static final Set<CaseStep> PLAN = Set.of(CaseStep.BARNETS_PLAN, CaseStep.UNGEPLAN);

    private PlanRules() {
    }

    /** The rules of this group, in code order. */
    static List<BuiltInRule> all() {
        return List.of(new GoalsMatchNeeds(), new GoalPart("ICS-PLAN-002", ERROR, "Barnets lov § 92",
                Role.GOAL_RESPONSIBLE), new GoalPart("ICS-PLAN-003", WARNING, "ICS: mål med succeskriterier",
                Role.GOAL_SUCCESS_INDICATOR), new ChildWishes(), new ThreeMonths(), new BeforePlacement47(),
                new Ungeplan(), new MeasuresServeGoals(), new SelHandleplan());
    }

    /** ICS-PLAN-001: each goal addresses a dimension with a challenge identified in the latest investigation. */
    static final class GoalsMatchNeeds extends BuiltInRule {
        GoalsMatchNeeds() {
            super("ICS-PLAN-001", ERROR, VALG_AF_INDSATS, "Barnets lov § 92", PLAN);
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

    /** ICS-PLAN-002 and -003: each goal has someone responsible (§ 92) and a success indicator (ICS). */
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
            super("ICS-PLAN-004", ERROR, INDDRAGELSE, "Barnets lov § 92", PLAN);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (!doc.hasText(Role.CHILD_WISHES)) {
                out.report(doc.at(Role.CHILD_WISHES), key("missing"));
            }
        }
    }

    /**
     * ICS-PLAN-005: made within 3 months of the decision on support (§ 32) or placement with consent (§ 46)
     * (Barnets lov § 91). Under SEL, {@link SelHandleplan} applies instead.
     */
    static final class ThreeMonths extends BuiltInRule {
        ThreeMonths() {
            super("ICS-PLAN-005", ERROR, VALG_AF_INDSATS, "Barnets lov § 91", PLAN);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (Deadlines.regime(doc, context) != LegalRegime.BARNETS_LOV) {
                return;
            }
            Optional<LocalDate> decision = Stream.of(context.supportDecisionDate(),
                    context.placementWithConsentDecisionDate()).flatMap(Optional::stream).min(LocalDate::compareTo);
            if (decision.isEmpty()) {
                if (context.placementWithoutConsentDecisionDate().isEmpty()) {
                    out.contextMissing("decisionDate");
                }
                return;
            }
            Deadlines.check(doc, context, out, decision.get().plusMonths(3), doc.date(Role.DOCUMENT_DATE),
                    doc.at(Role.DOCUMENT_DATE), key("late"), key("overdue"));
        }
    }

    /** ICS-PLAN-006: for a placement without consent the plan is made at the latest on the day of the decision. */
    static final class BeforePlacement47 extends BuiltInRule {
        BeforePlacement47() {
            super("ICS-PLAN-006", ERROR, VALG_AF_INDSATS, "Barnets lov § 91", PLAN);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (Deadlines.regime(doc, context) != LegalRegime.BARNETS_LOV) {
                return;
            }
            context.placementWithoutConsentDecisionDate().ifPresent(decision -> Deadlines.check(doc, context, out,
                    decision, doc.date(Role.DOCUMENT_DATE), doc.at(Role.DOCUMENT_DATE), key("late"),
                    key("overdue")));
        }
    }

    /**
     * ICS-PLAN-007: from the age of 16 (on the plan's date) the plan describes the transition to adult life (ungeplan,
     * § 108). The birth date is the case's, else the document's.
     */
    static final class Ungeplan extends BuiltInRule {
        Ungeplan() {
            super("ICS-PLAN-007", ERROR, VALG_AF_INDSATS, "Barnets lov § 108", PLAN);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            LocalDate on = doc.date(Role.DOCUMENT_DATE).orElse(context.referenceDate());
            Optional<LocalDate> born = context.childBirthDate().or(() -> doc.date(Role.CHILD_BIRTH_DATE));
            if (born.isEmpty()) {
                out.contextMissing("childBirthDate");
                return;
            }
            if (on.isBefore(born.get())) {
                return;
            }
            int age = Period.between(born.get(), on).getYears();
            if (age >= 16 && !doc.hasText(Role.TRANSITION_TO_ADULTHOOD)) {
                out.report(doc.at(Role.TRANSITION_TO_ADULTHOOD), key("missing"), Integer.toString(age));
            }
        }
    }

    /**
     * ICS-PLAN-008: every measure serves at least one goal of the plan, and only goals the plan has (§ 92). A plan
     * with no goals at all is left to the template check.
     */
    static final class MeasuresServeGoals extends BuiltInRule {
        MeasuresServeGoals() {
            super("ICS-PLAN-008", ERROR, VALG_AF_INDSATS, "Barnets lov § 92", PLAN);
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
     * decision (SEL § 140).
     */
    static final class SelHandleplan extends BuiltInRule {
        SelHandleplan() {
            super("ICS-SEL-001", ERROR, VALG_AF_INDSATS, "Serviceloven § 140", PLAN);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (Deadlines.regime(doc, context) != LegalRegime.SEL) {
                return;
            }
            Optional<LocalDate> decision = context.earliestDecisionDate();
            if (decision.isEmpty()) {
                out.contextMissing("decisionDate");
                return;
            }
            LocalDate deadline = context.urgentDecision() ? decision.get().plusMonths(4) : decision.get();
            Deadlines.check(doc, context, out, deadline, doc.date(Role.DOCUMENT_DATE), doc.at(Role.DOCUMENT_DATE),
                    key("late"), key("overdue"));
        }
    }
}
