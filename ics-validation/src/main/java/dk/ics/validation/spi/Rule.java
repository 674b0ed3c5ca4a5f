package dk.ics.validation.spi;

import dk.ics.templates.BoundDocument;
import dk.ics.validation.CaseContext;

/**
 * One ICS or legal check over a case document: reads the document by ICS role through its binding, never by field
 * name, so it works on customised templates, and reports what it finds through a {@link RuleCheck}.
 *
 * <p>Vendors add rules by implementing this interface and either registering the class for
 * {@link java.util.ServiceLoader} ({@code provides dk.ics.validation.spi.Rule with ...} or
 * {@code META-INF/services/dk.ics.validation.spi.Rule}) or passing an instance to
 * {@code IcsValidator.builder().addRule(rule)}. A rule is shared by every validation: it must be stateless (or
 * immutable) and thread-safe. A rule that throws does not stop the others: its failure is reported as a finding
 * ({@code ICS-RULE-FAILED}) naming the rule.
 *
 * <p>A rule that needs something the case context lacks (a date, the latest investigation) must say so with
 * {@link RuleCheck#contextMissing(String)} rather than pass silently.
 */
public interface Rule {

    /** What the rule is: code, default severity, beacon, basis, steps, description and thresholds. */
    RuleInfo info();

    /**
     * Whether the rule applies to this document, beyond the template's step (for example only to partner statements
     * among the documents of the investigation step). The default applies it to every document of its steps.
     *
     * @param document the bound document
     * @return {@code true} to run {@link #check}
     */
    default boolean appliesTo(BoundDocument document) {
        return true;
    }

    /**
     * Checks a document and reports findings.
     *
     * @param document the document, bound to its template
     * @param context  the case the document belongs to
     * @param check    where findings go, with the profile's severity and thresholds for this rule
     */
    void check(BoundDocument document, CaseContext context, RuleCheck check);
}
