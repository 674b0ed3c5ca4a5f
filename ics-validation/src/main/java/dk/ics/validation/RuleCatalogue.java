package dk.ics.validation;

import dk.ics.model.Language;
import dk.ics.model.casework.CaseStep;
import dk.ics.validation.spi.RuleInfo;
import java.util.Collection;
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
                .append("| code | severity | beacon | basis | steps | thresholds | what it checks | hvad der")
                .append(" kontrolleres |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (RuleInfo r : rules) {
            sb.append("| `").append(r.code()).append("` | ").append(r.defaultSeverity()).append(" | ")
                    .append(r.beacon().label().in(Language.DA)).append(" | ").append(cell(r.basis())).append(" | ")
                    .append(r.steps().stream().sorted().map(CaseStep::code).collect(Collectors.joining(", ")))
                    .append(" | ").append(thresholds(r.thresholds())).append(" | ")
                    .append(cell(r.description().in(Language.EN))).append(" | ")
                    .append(cell(r.description().in(Language.DA))).append(" |\n");
        }
        sb.append("\nThe validator's own findings (a profile may set their severity):\n\n")
                .append("| code | default severity | meaning |\n| --- | --- | --- |\n")
                .append("| `ICS-CTX-MISSING` | WARNING | a rule could not be applied because the case context lacks")
                .append(" a date or document it needs; the arguments name the rule and what was missing |\n")
                .append("| `ICS-RULE-FAILED` | ERROR | a rule threw an exception; its partial findings are dropped,")
                .append(" the other rules still ran; the arguments name the rule and the exception class |\n");
        return sb.toString();
    }

    private static String thresholds(Map<String, Integer> t) {
        return t.isEmpty() ? "" : t.entrySet().stream().map(e -> "`" + e.getKey() + "` = " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
