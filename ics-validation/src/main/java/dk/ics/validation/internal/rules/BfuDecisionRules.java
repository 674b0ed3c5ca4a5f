package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.FAGLIG_UDREDNING;
import static dk.ics.model.QualityBeacon.INDDRAGELSE;
import static dk.ics.model.QualityBeacon.VALG_AF_INDSATS;
import static dk.ics.model.Severity.ERROR;

import dk.ics.model.law.LegalReferences;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import dk.ics.model.casework.CaseEvent;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.model.casework.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in rules over the decision and the deadline of a børnefaglig undersøgelse (Barnets lov §§ 20, 22).
 */
final class BfuDecisionRules {

    private BfuDecisionRules() {
    }

    /** The rules of this group, in code order. */
    static List<BuiltInRule> all() {
        return List.of(new LegalBasis(), new ViewsOfSupport(), new FourMonths(), new ViewBeforeDecision());
    }

    /** ICS-BFU-010: the decision names its legal basis (§§ 32, 46, 47 or no support). */
    static final class LegalBasis extends BfuRules.InvestigationRule {
        LegalBasis() {
            super("ICS-BFU-010", ERROR, VALG_AF_INDSATS, LegalReferences.BL_22_STK_6);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (doc.codes(Role.DECISION_LEGAL_BASIS).isEmpty()) {
                out.report(doc.at(Role.DECISION_LEGAL_BASIS), key("missing"));
            }
        }
    }

    /** ICS-BFU-011: the child's and the parents' view of the support, when support is decided (§ 22). */
    static final class ViewsOfSupport extends BfuRules.InvestigationRule {
        ViewsOfSupport() {
            super("ICS-BFU-011", ERROR, INDDRAGELSE, LegalReferences.BL_22);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            List<String> bases = doc.codes(Role.DECISION_LEGAL_BASIS);
            if (!bases.isEmpty() && bases.stream().allMatch("NONE"::equals)) {
                return; // no support decided, so there is no support to have a view of
            }
            if (!doc.hasText(Role.CHILD_VIEW_OF_SUPPORT)) {
                out.report(doc.at(Role.CHILD_VIEW_OF_SUPPORT), key("child"));
            }
            if (!doc.hasText(Role.PARENTS_VIEW_OF_SUPPORT)) {
                out.report(doc.at(Role.PARENTS_VIEW_OF_SUPPORT), key("parents"));
            }
        }
    }

    private static final Set<DeadlineRule> FOUR_MONTHS = Set.of(DeadlineRule.BFU_4_MONTHS);
    private static final Set<DeadlineRule> PRELIMINARY = Set.of(DeadlineRule.BFU_PRELIMINARY_ASSESSMENT_4_MONTHS);
    private static final Set<DeadlineRule> CHILD_VIEW = Set.of(DeadlineRule.CHILD_VIEW_BEFORE_DECISION);

    /**
     * The events an investigation records: when the municipality learned of the need (the document's date, else the
     * case's); when final, the investigation finished (on its document date, else its decision date), the decision
     * it ends in (by its legal basis, on its decision date), the child's views obtained (by talk or, with the § 5
     * exception, otherwise; taken as obtained by the document's date when the case records no talk); and a
     * preliminary assessment the document holds. A preliminary assessment dated nowhere is taken as made in time
     * (record {@code BFU_PRELIMINARY_ASSESSMENT} on the case to have its date judged).
     */
    static List<Timeline.Fact> facts(Doc doc, CaseContext context) {
        List<Timeline.Fact> facts = new ArrayList<>();
        Optional<LocalDate> known = doc.date(Role.NEED_KNOWN_DATE).or(context::needKnownDate);
        known.ifPresent(k -> facts.add(Timeline.Fact.of(EventType.NEED_KNOWN, Timeline.startOf(k))));
        if (known.isPresent() && doc.hasText(Role.PRELIMINARY_ASSESSMENT)) {
            facts.add(new Timeline.Fact(CaseEvent.of(EventType.BFU_PRELIMINARY_ASSESSMENT,
                    Timeline.startOf(known.get().plusMonths(4))), true));
        }
        if (!doc.isFinal()) {
            return facts;
        }
        Optional<LocalDate> finished = doc.date(Role.DOCUMENT_DATE).or(() -> doc.date(Role.DECISION_DATE));
        finished.ifPresent(f -> facts.add(Timeline.Fact.of(EventType.BFU_FINISHED, Timeline.startOf(f))));
        Optional<LocalDate> decided = doc.date(Role.DECISION_DATE).or(() -> finished);
        if (decided.isPresent()) {
            if (doc.hasText(Role.CHILD_PERSPECTIVE) || doc.hasText(Role.CHILD_PERSPECTIVE_EXCEPTION)) {
                EventType view = doc.hasText(Role.CHILD_PERSPECTIVE) ? EventType.CHILD_TALK
                        : EventType.CHILD_VIEW_OBTAINED_OTHERWISE;
                LocalDate by = finished.filter(f -> f.isBefore(decided.get())).orElse(decided.get());
                facts.add(new Timeline.Fact(CaseEvent.of(view, Timeline.startOf(by)), true));
            }
            for (String code : doc.codes(Role.DECISION_LEGAL_BASIS)) {
                EventType type = switch (code) {
                    case "BL_32" -> EventType.DECISION_SUPPORT_32;
                    case "BL_46" -> EventType.DECISION_PLACEMENT_46;
                    case "BL_47" -> EventType.DECISION_PLACEMENT_47;
                    default -> null;
                };
                if (type != null) {
                    facts.add(Timeline.Fact.of(type, Timeline.endOf(decided.get())));
                }
            }
        }
        return facts;
    }

    /**
     * ICS-BFU-012: finished within 4 months of the date the municipality learned of the need, or a preliminary
     * assessment is recorded (Barnets lov § 20, stk. 3; SEL § 50), as {@link DeadlineRule#BFU_4_MONTHS} and
     * {@link DeadlineRule#BFU_PRELIMINARY_ASSESSMENT_4_MONTHS} compute it. A final document is finished on its
     * document date (else its decision date); a draft is not finished and is overdue once the reference date passes
     * the deadline. The deadline day itself is in time.
     */
    static final class FourMonths extends BfuRules.InvestigationRule {
        FourMonths() {
            super("ICS-BFU-012", ERROR, FAGLIG_UDREDNING, LegalReferences.BL_20_STK_3, LegalReferences.SEL_50);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (doc.date(Role.NEED_KNOWN_DATE).or(context::needKnownDate).isEmpty()) {
                out.contextMissing("needKnownDate");
                return;
            }
            Optional<Timeline> t = Timeline.of(doc, context, facts(doc, context));
            if (t.isEmpty()) {
                out.contextMissing("consistentCaseDates");
                return;
            }
            for (Deadline d : t.get().triggeredByDocument(FOUR_MONTHS)) {
                boolean preliminaryInTime = t.get().triggeredByDocument(PRELIMINARY).stream()
                        .anyMatch(p -> p.triggeredBy().equals(d.triggeredBy())
                                && (p.status() == DeadlineStatus.MET || p.status() == DeadlineStatus.NOT_APPLICABLE
                                || p.status() == DeadlineStatus.OPEN));
                if (preliminaryInTime) {
                    continue;
                }
                if (d.status() == DeadlineStatus.MET_LATE && doc.isFinal()) {
                    out.report(d.reference(), doc.at(Role.PRELIMINARY_ASSESSMENT), key("late"), d.formattedDue());
                } else if (d.status() == DeadlineStatus.OVERDUE) {
                    out.report(d.reference(), doc.at(Role.PRELIMINARY_ASSESSMENT), key("overdue"), d.formattedDue());
                }
            }
        }
    }

    /**
     * ICS-BFU-014: the child was talked with, or its views obtained otherwise where § 5, stk. 4 allows it, before the
     * decision the investigation ends in (Barnets lov § 5, stk. 3), as
     * {@link DeadlineRule#CHILD_VIEW_BEFORE_DECISION} computes it from the case's talks.
     */
    static final class ViewBeforeDecision extends BfuRules.InvestigationRule {
        ViewBeforeDecision() {
            super("ICS-BFU-014", ERROR, INDDRAGELSE, LegalReferences.BL_5_STK_3, LegalReferences.BL_5_STK_4);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (!doc.isFinal()) {
                return; // a draft has made no decision yet
            }
            Optional<Timeline> t = Timeline.of(doc, context, facts(doc, context));
            if (t.isEmpty()) {
                out.contextMissing("consistentCaseDates");
                return;
            }
            for (Deadline d : t.get().triggeredByDocument(CHILD_VIEW)) {
                if (d.status() == DeadlineStatus.MET_LATE) {
                    out.report(d.reference(), doc.at(Role.DECISION_DATE), key("late"), d.formattedDue());
                } else if (d.status() == DeadlineStatus.OVERDUE) {
                    out.report(d.reference(), doc.at(Role.DECISION_DATE), key("missing"), d.formattedDue());
                }
            }
        }
    }
}
