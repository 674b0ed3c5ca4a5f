package dk.ics.validation;

import dk.ics.model.LocalizedText;
import dk.ics.model.QualityBeacon;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseStep;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.Role;
import dk.ics.validation.spi.Rule;
import dk.ics.validation.spi.RuleCheck;
import dk.ics.validation.spi.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A vendor's rule as a vendor would write it, registered for ServiceLoader in the test resources: a plan must have a
 * purpose of at least a threshold's length.
 */
public final class VendorRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ACME-PLAN-001", Severity.WARNING, QualityBeacon.VALG_AF_INDSATS,
            "Acme: formålet skal være konkret", Set.of(CaseStep.BARNETS_PLAN),
            LocalizedText.of("Planens formål er beskrevet med mindst minLength tegn.",
                    "The plan's purpose has at least minLength characters."),
            Map.of("minLength", 20));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(BoundDocument document, CaseContext context, RuleCheck check) {
        int min = check.threshold("minLength");
        var purpose = document.text(Role.PLAN_PURPOSE);
        if (purpose.isEmpty() || purpose.get().value().strip().length() < min) {
            String at = purpose.map(b -> b.pointer()).orElse(document.place(Role.PLAN_PURPOSE).orElse(""));
            check.report(at, "ACME-PLAN-001.short",
                    LocalizedText.of("Formålet er kortere end " + min + " tegn.",
                            "The purpose is shorter than " + min + " characters."),
                    List.of(Integer.toString(min)));
        }
    }
}
