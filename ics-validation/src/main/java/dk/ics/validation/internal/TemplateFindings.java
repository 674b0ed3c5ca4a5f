package dk.ics.validation.internal;

import dk.ics.model.Finding;
import dk.ics.model.Severity;
import dk.ics.templates.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The template's findings as the validator reports them: with the severities of the municipality's profile, and
 * without those a rule already reports. Thread-safe (stateless).
 *
 * <p><b>The same problem.</b> A template finding about missing content ({@code TPL-REQUIRED}, {@code TPL-EMPTY})
 * and a rule's finding at the same JSON Pointer say the same thing (the child's perspective is missing: the schema
 * requires the field, and {@code ICS-BFU-006} requires the perspective there). Only the rule's finding is kept, with
 * its code, severity, message and legal basis: the rule is what the municipality configured and documented. Findings
 * at different pointers, and template findings of any other kind (a wrong type, an unknown code), are kept beside the
 * rule's: they are other problems, even at the same place. The validator's own findings ({@code ICS-CTX-MISSING},
 * {@code ICS-RULE-FAILED}) never absorb a template finding.
 */
public final class TemplateFindings {

    private TemplateFindings() {
    }

    /**
     * The template's findings with the profile's severities. In a draft, missing content set to ERROR is reported as
     * a WARNING, as the template's own convention and the rules' do.
     *
     * @param findings   the template's findings
     * @param severities the severity the profile sets per template finding code
     * @param draft      whether the document is a draft
     */
    public static List<Finding> withSeverities(List<Finding> findings, Map<String, Severity> severities,
            boolean draft) {
        if (severities.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Severity set = severities.get(f.code());
            if (set == null) {
                out.add(f);
                continue;
            }
            boolean lower = draft && set == Severity.ERROR && Template.MISSING_CONTENT_CODES.contains(f.code());
            out.add(f.withSeverity(lower ? Severity.WARNING : set));
        }
        return out;
    }

    /**
     * The template's and the rules' findings in one list, each problem once (see the class comment).
     *
     * @param template the template's findings
     * @param rules    the rules' findings
     */
    public static List<Finding> merge(List<Finding> template, List<Finding> rules) {
        Set<String> rulePointers = new HashSet<>();
        for (Finding r : rules) {
            if (!r.code().equals(Collector.CONTEXT_MISSING) && !r.code().equals(Collector.RULE_FAILED)) {
                rulePointers.add(r.pointer());
            }
        }
        List<Finding> out = new ArrayList<>(template.size() + rules.size());
        for (Finding t : template) {
            if (!(Template.MISSING_CONTENT_CODES.contains(t.code()) && rulePointers.contains(t.pointer()))) {
                out.add(t);
            }
        }
        out.addAll(rules);
        return out;
    }
}
