package dk.ics.validation.spi;

import dk.ics.model.LocalizedText;
import dk.ics.model.QualityBeacon;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.law.LegalReference;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a {@link Rule} is, independent of any document: its stable code, default severity, the quality beacon it
 * serves, its basis in law or method, the case steps whose documents it checks, what it checks, and the thresholds a
 * municipality's profile may set.
 *
 * @param code            the stable code, e.g. {@code ICS-BFU-006}: upper-case letters, digits and {@code -}
 * @param defaultSeverity the severity of its findings when the profile does not change it
 * @param beacon          the quality beacon the rule serves
 * @param basis           the legal or method basis, e.g. {@code "Barnets lov § 5"} or {@code "ICS: tragtmodellen"}
 * @param steps           the case steps whose documents the rule checks (a template's {@code step}); never empty
 * @param description     what the rule checks, in Danish and English (used in the rule catalogue)
 * @param thresholds      the thresholds a profile may set, by name, with their default values (non-negative)
 * @param references      the legal references the basis rests on, as data (consolidation, standing); empty for a
 *                        rule that rests on the ICS method alone
 */
public record RuleInfo(String code, Severity defaultSeverity, QualityBeacon beacon, String basis,
        Set<CaseStep> steps, LocalizedText description, Map<String, Integer> thresholds,
        List<LegalReference> references) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

    /**
     * Checks the parts and copies the collections.
     *
     * @throws IllegalArgumentException when the code or a threshold name is malformed, a threshold is negative, or
     *                                  no step is given
     */
    public RuleInfo {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches() || code.length() > 64) {
            throw new IllegalArgumentException("a rule code is upper-case letters and digits in parts joined by '-',"
                    + " e.g. ACME-PLAN-001");
        }
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(beacon, "beacon");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(description, "description");
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("rule " + code + " must name at least one case step");
        }
        steps = Set.copyOf(EnumSet.copyOf(steps));
        thresholds = thresholds == null ? Map.of() : Map.copyOf(new TreeMap<>(thresholds));
        references = references == null ? List.of() : List.copyOf(references);
        for (Map.Entry<String, Integer> t : thresholds.entrySet()) {
            if (!NAME.matcher(t.getKey()).matches() || t.getValue() < 0) {
                throw new IllegalArgumentException("rule " + code + ": a threshold has a lower-camel-case name and a"
                        + " non-negative default");
            }
        }
    }

    /** A rule whose basis is given as text only (e.g. a municipality's own rule resting on its guidelines). */
    public RuleInfo(String code, Severity defaultSeverity, QualityBeacon beacon, String basis, Set<CaseStep> steps,
            LocalizedText description, Map<String, Integer> thresholds) {
        this(code, defaultSeverity, beacon, basis, steps, description, thresholds, List.of());
    }

    /** Whether the rule checks documents of a step. */
    public boolean appliesTo(CaseStep step) {
        return steps.contains(step);
    }
}
