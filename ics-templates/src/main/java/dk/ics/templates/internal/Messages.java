package dk.ics.templates.internal;

import dk.ics.model.Finding;
import dk.ics.model.Severity;
import dk.ics.model.internal.MessageTexts;
import java.util.List;

/** The module's message texts (Danish and English), loaded once, and the one way findings are made from them. */
public final class Messages {

    private static final MessageTexts TEXTS = MessageTexts.load("/dk/ics/templates/internal/messages",
            Messages.class::getResourceAsStream);

    private Messages() {
    }

    /** A finding with the module's text for the key. Arguments must be codes, names or numbers, never values. */
    public static Finding finding(String code, Severity severity, String pointer, String key, List<String> args) {
        return new Finding(code, severity, pointer, key, args, "", null, TEXTS.render(key, args));
    }

    /** Whether a message key exists. */
    public static boolean has(String key) {
        return TEXTS.has(key);
    }
}
