package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.FAGLIG_UDREDNING;
import static dk.ics.model.QualityBeacon.INDDRAGELSE;
import static dk.ics.model.Severity.ERROR;
import static dk.ics.model.Severity.WARNING;

import dk.ics.model.QualityBeacon;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.model.law.LegalReference;
import dk.ics.model.law.LegalReferences;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in rules over the description and perspectives of a børnefaglig undersøgelse (Barnets lov §§ 5, 20, 22;
 * ICS: the triangle, resources and challenges, tragtmodellen). Partner statements share the investigation step but
 * are checked by {@link PartnerRules} instead.
 */
final class BfuRules {

    private static final Set<CaseStep> BFU = Set.of(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE);

    private BfuRules() {
    }

    /** The rules of this group, in code order. */
    static List<BuiltInRule> all() {
        return List.of(new SidesDescribed(), new DescriptionInFocus(), new ResourcesInFocus(),
                new ChallengesInFocus(), new OutOfFocusReason(), new ChildPerspective(),
                new Perspective("ICS-BFU-007", ERROR, Role.PARENTS_PERSPECTIVE),
                new Perspective("ICS-BFU-008", WARNING, Role.NETWORK_PERSPECTIVE), new AnalysisSides(),
                new FunnelInvestigated());
    }

    /** A rule over the investigation itself, not over a partner's statement. */
    abstract static class InvestigationRule extends BuiltInRule {

        InvestigationRule(String code, Severity severity, QualityBeacon beacon, LegalReference... references) {
            super(code, severity, beacon, null, List.of(references), BFU, Map.of());
        }

        InvestigationRule(String code, Severity severity, QualityBeacon beacon, String method) {
            super(code, severity, beacon, method, List.of(), BFU, Map.of());
        }

        InvestigationRule(String code, Severity severity, QualityBeacon beacon,
                String method, Map<String, Integer> thresholds) {
            super(code, severity, beacon, method, List.of(), BFU, thresholds);
        }

        @Override
        boolean applies(Doc doc) {
            return !doc.isPartnerStatement();
        }
    }

    /** ICS-BFU-001: each side of the triangle has at least one described dimension. */
    static final class SidesDescribed extends InvestigationRule {
        SidesDescribed() {
            super("ICS-BFU-001", ERROR, FAGLIG_UDREDNING, LegalReferences.BL_22_STK_1);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            for (Side side : Side.values()) {
                boolean described = Dimension.onSide(side).stream()
                        .anyMatch(d -> doc.hasText(Role.DIMENSION_DESCRIPTION, d));
                if (!described) {
                    Dimension first = Dimension.onSide(side).get(0);
                    out.report(doc.at(Role.DIMENSION, first), key("side"), side.code());
                }
            }
        }
    }

    /** ICS-BFU-002: a dimension in focus has a description of at least the minimum length. */
    static final class DescriptionInFocus extends InvestigationRule {
        DescriptionInFocus() {
            super("ICS-BFU-002", ERROR, FAGLIG_UDREDNING, "ICS: trekanten", Map.of("minLength", 1));
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            int min = out.threshold("minLength");
            for (Dimension d : doc.dimensionsInFocus()) {
                int length = doc.textLength(Role.DIMENSION_DESCRIPTION, d);
                if (length == 0) {
                    out.report(doc.at(Role.DIMENSION_DESCRIPTION, d), key("missing"), d.code());
                } else if (length < min) {
                    out.report(doc.at(Role.DIMENSION_DESCRIPTION, d), key("short"), d.code(),
                            Integer.toString(min));
                }
            }
        }
    }

    /** ICS-BFU-003: a dimension in focus has a resource or says none was found (§ 22: resources and challenges). */
    static final class ResourcesInFocus extends InvestigationRule {
        ResourcesInFocus() {
            super("ICS-BFU-003", ERROR, FAGLIG_UDREDNING, LegalReferences.BL_22_STK_1);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            for (Dimension d : doc.dimensionsInFocus()) {
                if (doc.count(Role.DIMENSION_RESOURCES, d) == 0
                        && !doc.hasText(Role.DIMENSION_NO_RESOURCES_FOUND, d)) {
                    out.report(doc.at(Role.DIMENSION_RESOURCES, d), key("missing"), d.code());
                }
            }
        }
    }

    /** ICS-BFU-004: a dimension in focus has a challenge or says none was found. */
    static final class ChallengesInFocus extends InvestigationRule {
        ChallengesInFocus() {
            super("ICS-BFU-004", ERROR, FAGLIG_UDREDNING, LegalReferences.BL_22_STK_1);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            for (Dimension d : doc.dimensionsInFocus()) {
                if (doc.count(Role.DIMENSION_CHALLENGES, d) == 0
                        && !doc.hasText(Role.DIMENSION_NO_CHALLENGES_FOUND, d)) {
                    out.report(doc.at(Role.DIMENSION_CHALLENGES, d), key("missing"), d.code());
                }
            }
        }
    }

    /** ICS-BFU-005: a dimension left out of focus says why. */
    static final class OutOfFocusReason extends InvestigationRule {
        OutOfFocusReason() {
            super("ICS-BFU-005", WARNING, FAGLIG_UDREDNING, "ICS: tragtmodellen");
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            for (Dimension d : doc.dimensionsOutOfFocus()) {
                if (!doc.hasText(Role.DIMENSION_NOT_IN_FOCUS_REASON, d)) {
                    out.report(doc.at(Role.DIMENSION_NOT_IN_FOCUS_REASON, d), key("missing"), d.code());
                }
            }
        }
    }

    /** ICS-BFU-006: the child's perspective, or the exception and how the child's view was obtained (§ 5). */
    static final class ChildPerspective extends InvestigationRule {
        ChildPerspective() {
            super("ICS-BFU-006", ERROR, INDDRAGELSE, LegalReferences.BL_5_STK_3, LegalReferences.BL_5_STK_4);
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (!doc.hasText(Role.CHILD_PERSPECTIVE) && !doc.hasText(Role.CHILD_PERSPECTIVE_EXCEPTION)) {
                out.report(doc.at(Role.CHILD_PERSPECTIVE), key("missing"));
            }
        }
    }

    /** ICS-BFU-007 and -008: the parents' and the network's perspectives. */
    static final class Perspective extends InvestigationRule {
        private final Role role;

        Perspective(String code, Severity severity, Role role) {
            super(code, severity, INDDRAGELSE, "ICS: barnets, forældrenes og netværkets perspektiv");
            this.role = role;
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            if (!doc.hasText(role)) {
                out.report(doc.at(role), key("missing"));
            }
        }
    }

    /** ICS-BFU-009: the analysis covers each of the three sides. */
    static final class AnalysisSides extends InvestigationRule {
        AnalysisSides() {
            super("ICS-BFU-009", ERROR, FAGLIG_UDREDNING, "ICS: beskrivelse, analyse, vurdering");
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            for (Side side : Side.values()) {
                if (!doc.hasText(Role.ANALYSIS_SIDE, side)) {
                    out.report(doc.at(Role.ANALYSIS_SIDE, side), key("missing"), side.code());
                }
            }
        }
    }

    /** ICS-BFU-013: every dimension the funnel selected is in focus and described. */
    static final class FunnelInvestigated extends InvestigationRule {
        FunnelInvestigated() {
            super("ICS-BFU-013", ERROR, FAGLIG_UDREDNING, "ICS: tragtmodellen");
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            List<Dimension> inFocus = doc.dimensionsInFocus();
            for (Dimension d : doc.dimensions(Role.FUNNEL_DIMENSIONS)) {
                if (!inFocus.contains(d) || !doc.hasText(Role.DIMENSION_DESCRIPTION, d)) {
                    out.report(doc.at(Role.DIMENSION, d), key("missing"), d.code());
                }
            }
        }
    }
}
