package dk.ics.validation;

import dk.ics.model.Language;
import dk.ics.model.casework.CaseStep;
import dk.ics.validation.spi.RuleInfo;
import dk.ics.model.law.LegalReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rule catalogue as a Markdown table (code, severity, beacon, basis, steps, thresholds, what it checks), made
 * from the rules themselves so the documentation cannot drift from the code. {@code ics-validation/RULES.md} is
 * generated with it, and a test fails when the file differs. Stateless and thread-safe.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** The catalogue of a validator's rules, switched on or not. */
    public static String markdown(IcsValidator validator) {
        return markdown(validator.rules());
    }

    /** The catalogue of the given rules, in the given order. */
    public static String markdown(Collection<RuleInfo> rules) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ICS rule catalogue\n\n")
                .append("Generated from the rules by `RuleCatalogueTest` (do not edit by hand). The default profile")
                .append(" runs every rule with the severity shown; a municipality's profile may switch rules off,")
                .append(" change their severity and set their thresholds. In a draft document, rule errors are")
                .append(" reported as warnings.\n\n")
                .append("The basis column gives each legal reference with the consolidation it was read in and")
                .append(" how firmly it stands: verified in the act, read in a secondary source, the project's own")
                .append(" reading, or the project's own convention; the notes under the table say what each")
                .append(" reading or convention is.\n\n")
                .append("| code | severity | beacon | basis | steps | thresholds | what it checks | hvad der")
                .append(" kontrolleres |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        Map<String, LegalReference> notes = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            sb.append("| `").append(r.code()).append("` | ").append(r.defaultSeverity()).append(" | ")
                    .append(r.beacon().label().in(Language.DA)).append(" | ").append(cell(basis(r, notes)))
                    .append(" | ")
                    .append(r.steps().stream().sorted().map(CaseStep::code).collect(Collectors.joining(", ")))
                    .append(" | ").append(thresholds(r.thresholds())).append(" | ")
                    .append(cell(r.description().in(Language.EN))).append(" | ")
                    .append(cell(r.description().in(Language.DA))).append(" |\n");
        }
        if (!notes.isEmpty()) {
            sb.append("\nNotes on the references that are not verified in the act as used:\n\n");
            int n = 1;
            for (LegalReference ref : notes.values()) {
                sb.append(n++).append(". ").append(ref.citation()).append(" (").append(ref.standing().label()
                        .in(Language.EN)).append("): ").append(cell(ref.note())).append('\n');
            }
        }
        sb.append("\nThe validator's own findings (a profile may set their severity):\n\n")
                .append("| code | default severity | meaning |\n| --- | --- | --- |\n")
                .append("| `ICS-CTX-MISSING` | WARNING | a rule could not be applied because the case context lacks")
                .append(" a date or document it needs; the arguments name the rule and what was missing |\n")
                .append("| `ICS-RULE-FAILED` | ERROR | a rule threw an exception; its partial findings are dropped,")
                .append(" the other rules still ran; the arguments name the rule and the exception class |\n");
        return sb.toString();
    }

    /**
     * The basis cell: each reference as "citation (consolidation; standing[ note n])", then the rule's method basis
     * where it has one beyond its references.
     */
    private static String basis(RuleInfo r, Map<String, LegalReference> notes) {
        if (r.references().isEmpty()) {
            return r.basis();
        }
        List<String> parts = new ArrayList<>();
        for (LegalReference ref : r.references()) {
            String standing = ref.standing().label().in(Language.EN);
            if (!ref.standing().isVerified()) {
                String key = ref.citation() + "|" + ref.standing() + "|" + ref.note();
                notes.putIfAbsent(key, ref);
                int n = new ArrayList<>(notes.keySet()).indexOf(key) + 1;
                standing += ", note " + n;
            }
            parts.add(ref.citation() + " (" + ref.consolidation() + "; " + standing + ")");
        }
        String cited = LegalReference.citeAll(r.references());
        String method = r.basis().startsWith(cited) ? r.basis().substring(cited.length()) : "";
        if (!method.isEmpty()) {
            parts.add(method.replaceFirst("^; ", ""));
        }
        return String.join("; ", parts);
    }

    private static String thresholds(Map<String, Integer> t) {
        return t.isEmpty() ? "" : t.entrySet().stream().map(e -> "`" + e.getKey() + "` = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
