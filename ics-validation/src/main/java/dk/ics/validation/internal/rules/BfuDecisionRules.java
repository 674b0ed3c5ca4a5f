package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.FAGLIG_UDREDNING;
import static dk.ics.model.QualityBeacon.INDDRAGELSE;
import static dk.ics.model.QualityBeacon.VALG_AF_INDSATS;
import static dk.ics.model.Severity.ERROR;

import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The built-in rules over the decision and the deadline of a børnefaglig undersøgelse (Barnets lov §§ 20, 22).
 */
final class BfuDecisionRules {

    private BfuDecisionRules() {
    }

    /** The rules of this group, in code order. */
    static List<BuiltInRule> all() {
        return List.of(new LegalBasis(), new ViewsOfSupport(), new FourMonths());
    }

    /** ICS-BFU-010: the decision names its legal basis (§§ 32, 46, 47 or no support). */
    static final class LegalBasis extends BfuRules.InvestigationRule {
        LegalBasis() {
            super("ICS-BFU-010", ERROR, VALG_AF_INDSATS, "Barnets lov § 22");
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
            super("ICS-BFU-011", ERROR, INDDRAGELSE, "Barnets lov § 22");
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

    /**
     * ICS-BFU-012: finished within 4 months of the date the municipality learned of the need, or a preliminary
     * assessment is recorded (Barnets lov § 20, stk. 3; the same 4 months applied under SEL § 50, stk. 7). A final
     * document is finished on its document date (else its decision date); a draft is not finished and is overdue
     * once the reference date passes the deadline. The deadline day itself is in time.
     */
    static final class FourMonths extends BfuRules.InvestigationRule {
        FourMonths() {
            super("ICS-BFU-012", ERROR, FAGLIG_UDREDNING, "Barnets lov § 20, stk. 3 (SEL § 50, stk. 7)");
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (doc.hasText(Role.PRELIMINARY_ASSESSMENT)) {
                return;
            }
            Optional<LocalDate> known = doc.date(Role.NEED_KNOWN_DATE).or(context::needKnownDate);
            if (known.isEmpty()) {
                out.contextMissing("needKnownDate");
                return;
            }
            LocalDate deadline = known.get().plusMonths(4);
            Deadlines.check(doc, context, out, deadline,
                    doc.date(Role.DOCUMENT_DATE).or(() -> doc.date(Role.DECISION_DATE)),
                    doc.at(Role.PRELIMINARY_ASSESSMENT), key("late"), key("overdue"));
        }
    }
}
