package dk.ics.validation.internal;

import dk.ics.model.LocalizedText;
import dk.ics.model.internal.MessageTexts;
import java.util.List;

/**
 * The validation module's built-in message texts (Danish and English), loaded once when the class is first used and
 * shared: an immutable catalogue, so no bundle is read on the per-call path.
 */
public final class Texts {

    private static final MessageTexts TEXTS =
            MessageTexts.load("/dk/ics/validation/internal/messages", Texts.class::getResourceAsStream);

    private Texts() {
    }

    /** Whether a key is a built-in text. */
    public static boolean has(String key) {
        return TEXTS.has(key);
    }

    /** Renders a built-in text; an unknown key is a programming error ({@link IllegalArgumentException}). */
    public static LocalizedText render(String key, List<String> args) {
        return TEXTS.render(key, args);
    }

    /** Renders a built-in text. */
    public static LocalizedText render(String key, String... args) {
        return TEXTS.render(key, args);
    }
}
