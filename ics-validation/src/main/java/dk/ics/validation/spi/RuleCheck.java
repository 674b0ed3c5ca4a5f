package dk.ics.validation.spi;

import dk.ics.model.law.LegalReference;
import dk.ics.model.LocalizedText;
import dk.ics.model.Severity;
import java.util.List;

/**
 * Where one rule reports its findings during one validation, with the rule's settings from the municipality's
 * profile. Made by the validator for each rule and each call; not shared between threads.
 *
 * <p>A finding carries a JSON Pointer (take it from the binding, never build it from field names), a message key
 * and arguments. Arguments must be codes, numbers, dates computed by the rule or field names: never a value from
 * the document.
 */
public interface RuleCheck {

    /** The severity the profile gives this rule's findings. */
    Severity severity();

    /**
     * The value of a threshold: the profile's, else the default from {@link RuleInfo#thresholds()}.
     *
     * @throws IllegalArgumentException when the rule did not declare the threshold
     */
    int threshold(String name);

    /**
     * Reports a finding with a message the rule renders itself (custom rules with their own texts).
     *
     * @param pointer    the JSON Pointer of the place in the document ({@code ""} for the whole document)
     * @param messageKey a stable key for the message
     * @param message    the message in Danish and English
     * @param arguments  the arguments the message was rendered with (codes, numbers, dates; never document values)
     */
    void report(String pointer, String messageKey, LocalizedText message, List<String> arguments);

    /**
     * Reports a finding whose message comes from the library's built-in message texts.
     *
     * @param pointer    the JSON Pointer of the place in the document
     * @param messageKey a key in the built-in texts
     * @param arguments  the message arguments
     * @throws IllegalArgumentException when the key is not a built-in text
     */
    void report(String pointer, String messageKey, String... arguments);

    /**
     * Reports a finding resting on one of the rule's legal references, e.g. the section of the regime that applies
     * to the case where the rule names both Barnets lov's and Serviceloven's; the finding's basis is its citation.
     * By default the rule's own basis is used.
     *
     * @param basis      the reference the finding rests on
     * @param pointer    where
     * @param messageKey the message key
     * @param arguments  the message arguments (codes, numbers, dates; never a document value)
     */
    default void report(LegalReference basis, String pointer, String messageKey, String... arguments) {
        report(pointer, messageKey, arguments);
    }

    /**
     * Reports that the rule could not be applied because the case context lacks something it needs, as a finding
     * {@code ICS-CTX-MISSING} naming the rule and what was missing.
     *
     * @param what a code naming what is missing, e.g. {@code "needKnownDate"} or {@code "latestBfu"}
     */
    void contextMissing(String what);
}
