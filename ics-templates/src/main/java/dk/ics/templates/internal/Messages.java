package dk.ics.templates.internal;

import dk.ics.model.Finding;
import dk.ics.model.LocalizedText;
import dk.ics.model.Severity;
import dk.ics.model.internal.CodeLabels;
import dk.ics.model.internal.MessageTexts;
import java.util.List;

/**
 * The module's message texts (Danish and English), loaded once, and the one way findings are made from them. A
 * finding keeps codes and field names among its arguments for machines; its message shows them as a reader knows
 * them (a field's title, a role's or a code's label).
 */
public final class Messages {

    private static final MessageTexts TEXTS = MessageTexts.load("/dk/ics/templates/internal/messages",
            Messages.class::getResourceAsStream);

    private Messages() {
    }

    /**
     * A finding with the module's text for the key, showing each argument as it is (a dimension or side code as its
     * label). Arguments must be codes, names or numbers, never values.
     */
    public static Finding finding(String code, Severity severity, String pointer, String key, List<String> args) {
        return finding(code, severity, pointer, key, args, CodeLabels.shown(args), "");
    }

    /**
     * A finding with the module's text for the key.
     *
     * @param args  the arguments the finding keeps (codes, names, numbers)
     * @param shown how the message shows each placeholder, in Danish and English
     * @param basis the basis the finding rests on, e.g. the template
     */
    public static Finding finding(String code, Severity severity, String pointer, String key, List<String> args,
            List<LocalizedText> shown, String basis) {
        return new Finding(code, severity, pointer, key, args, basis, null, TEXTS.renderShown(key, shown));
    }

    /** Whether a message key exists. */
    public static boolean has(String key) {
        return TEXTS.has(key);
    }

    /** The message keys (for tests). */
    static java.util.Set<String> keys() {
        return TEXTS.keys();
    }

    /** Renders a text with shown arguments (for tests). */
    static LocalizedText render(String key, List<LocalizedText> shown) {
        return TEXTS.renderShown(key, shown);
    }
}
