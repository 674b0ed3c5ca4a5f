package dk.ics.validation.internal.rules;

import static dk.ics.model.QualityBeacon.FAGLIG_UDREDNING;
import static dk.ics.model.Severity.WARNING;

import dk.ics.model.casework.CaseStep;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.law.LegalReferences;
import dk.ics.templates.Role;
import dk.ics.validation.CaseContext;
import dk.ics.validation.spi.RuleCheck;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in rule over a partner's statement (school, day care, health visitor). */
final class PartnerRules {

    private PartnerRules() {
    }

    /** The rules of this group, in code order. */
    static List<BuiltInRule> all() {
        return List.of(new BothSides());
    }

    /**
     * ICS-PART-001: for each dimension the statement covers (says anything about), both resources and challenges
     * are described, or an explicit statement says that none were found (ICS; Barnets lov § 22 asks the
     * investigation for both).
     */
    static final class BothSides extends BuiltInRule {
        BothSides() {
            super("ICS-PART-001", WARNING, FAGLIG_UDREDNING, "ICS: ressourcer og udfordringer",
                    List.of(LegalReferences.BL_22_STK_1), Set.of(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE), Map.of());
        }

        @Override
        boolean applies(Doc doc) {
            return doc.isPartnerStatement();
        }

        @Override
        void check(Doc doc, CaseContext context, RuleCheck out) {
            for (Dimension d : doc.dimensionsCovered()) {
                if (doc.count(Role.DIMENSION_RESOURCES, d) == 0
                        && !doc.hasText(Role.DIMENSION_NO_RESOURCES_FOUND, d)) {
                    out.report(doc.at(Role.DIMENSION_RESOURCES, d), key("resources"), d.code());
                }
                if (doc.count(Role.DIMENSION_CHALLENGES, d) == 0
                        && !doc.hasText(Role.DIMENSION_NO_CHALLENGES_FOUND, d)) {
                    out.report(doc.at(Role.DIMENSION_CHALLENGES, d), key("challenges"), d.code());
                }
            }
        }
    }
}
