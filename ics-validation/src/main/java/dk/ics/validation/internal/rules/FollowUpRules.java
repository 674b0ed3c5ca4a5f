package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.OPFOELGNING;
import static dk.ics.model.Severity.ERROR;

import dk.ics.model.casework.CaseStep;
import dk.ics.model.casework.LegalRegime;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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

    /** The date the measure began: the context's, else the earliest start of a measure in the plan. */
    static Optional<LocalDate> measureStart(CaseContext context) {
        return context.measureStartDate().or(() -> context.plan().map(Doc::of).flatMap(p -> p.items(Role.MEASURES)
                .stream().flatMap(m -> m.date(Role.MEASURE_START_DATE).stream()).min(LocalDate::compareTo)));
    }

    /** ICS-OPF-001: every goal of the plan is followed up. */
    static final class EveryGoal extends BuiltInRule {
        EveryGoal() {
            super("ICS-OPF-001", ERROR, OPFOELGNING, "Barnets lov § 95", STEP);
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
     * ICS-OPF-002: the first follow-up falls by the earlier of a completed parallel investigation and 3 months after
     * the measure began (Barnets lov § 95). Applies to the first follow-up only (no earlier follow-up in the context).
     */
    static final class FirstFollowUp extends BuiltInRule {
        FirstFollowUp() {
            super("ICS-OPF-002", ERROR, OPFOELGNING, "Barnets lov § 95", STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (Deadlines.regime(doc, context) != LegalRegime.BARNETS_LOV || !context.earlierFollowUps().isEmpty()) {
                return;
            }
            Optional<LocalDate> deadline = Stream.of(measureStart(context).map(d -> d.plusMonths(3)),
                    context.parallelInvestigationFinishedDate()).flatMap(Optional::stream).min(LocalDate::compareTo);
            if (deadline.isEmpty()) {
                out.contextMissing("measureStartDate");
                return;
            }
            Deadlines.check(doc, context, out, deadline.get(), doc.date(Role.DOCUMENT_DATE),
                    doc.at(Role.DOCUMENT_DATE), key("late"), key("overdue"));
        }
    }

    /** ICS-OPF-003: the next follow-up date is set, after this one, and justified (Barnets lov § 95). */
    static final class NextDate extends BuiltInRule {
        NextDate() {
            super("ICS-OPF-003", ERROR, OPFOELGNING, "Barnets lov § 95", STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (Deadlines.regime(doc, context) != LegalRegime.BARNETS_LOV) {
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
     * ICS-OPF-004: a placed child has at least two supervision visits a year (Barnets lov § 156, stk. 5; SEL § 148,
     * stk. 4). Counted in the year up to the reference date (a visit exactly one year before does not count). A
     * child placed for less than a year needs one visit after six months and two after a year.
     */
    static final class SupervisionVisits extends BuiltInRule {
        SupervisionVisits() {
            super("ICS-OPF-004", ERROR, OPFOELGNING, "Barnets lov § 156, stk. 5", STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            Optional<LocalDate> placed = context.placementStartDate();
            if (placed.isEmpty()) {
                boolean placementInPlan = context.plan().map(Doc::of).stream()
                        .flatMap(p -> p.items(Role.MEASURES).stream())
                        .flatMap(m -> m.codes(Role.MEASURE_LEGAL_BASIS).stream())
                        .anyMatch(c -> c.equals("BL_46") || c.equals("BL_47"));
                if (placementInPlan) {
                    out.contextMissing("placementStartDate");
                }
                return;
            }
            LocalDate on = context.referenceDate();
            int required = !placed.get().plusYears(1).isAfter(on) ? 2 : !placed.get().plusMonths(6).isAfter(on) ? 1 : 0;
            LocalDate from = on.minusYears(1);
            long visits = context.supervisionVisits().stream().filter(v -> v.isAfter(from) && !v.isAfter(on)).count();
            if (visits < required) {
                out.report("", key("few"), Long.toString(visits), on.toString(), Integer.toString(required));
            }
        }
    }

    /**
     * ICS-SEL-002: under Serviceloven the first follow-up falls within 3 months of the measure's start and the next
     * within 6 months of this one (SEL § 70).
     */
    static final class SelFollowUp extends BuiltInRule {
        SelFollowUp() {
            super("ICS-SEL-002", ERROR, OPFOELGNING, "Serviceloven § 70", STEP);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (Deadlines.regime(doc, context) != LegalRegime.SEL) {
                return;
            }
            if (context.earlierFollowUps().isEmpty()) {
                Optional<LocalDate> start = measureStart(context);
                if (start.isEmpty()) {
                    out.contextMissing("measureStartDate");
                } else {
                    Deadlines.check(doc, context, out, start.get().plusMonths(3), doc.date(Role.DOCUMENT_DATE),
                            doc.at(Role.DOCUMENT_DATE), key("late"), key("overdue"));
                }
            }
            Optional<LocalDate> next = doc.date(Role.NEXT_FOLLOW_UP_DATE);
            if (next.isEmpty()) {
                out.report(doc.at(Role.NEXT_FOLLOW_UP_DATE), key("noNext"));
                return;
            }
            LocalDate from = doc.date(Role.DOCUMENT_DATE).orElse(context.referenceDate());
            LocalDate latest = from.plusMonths(6);
            if (next.get().isAfter(latest)) {
                out.report(doc.at(Role.NEXT_FOLLOW_UP_DATE), key("nextLate"), latest.toString());
            }
        }
    }
}
