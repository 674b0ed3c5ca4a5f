package dk.ics.validation.internal;

import dk.ics.model.LocalizedText;
import dk.ics.model.internal.CodeLabels;
import dk.ics.model.internal.MessageTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validation module's message texts (Danish and English): the built-in ones, loaded once when the class is first
 * used, possibly with a vendor's own wording for some keys. An immutable catalogue, so no bundle is read on the
 * per-call path.
 *
 * <p>Arguments are rendered for a reader: a dimension or side code as its label, and what {@code ICS-CTX-MISSING}
 * says is missing (a camelCase name such as {@code measureStartDate}) as the phrase of its {@code context.} key
 * ("datoen for indsatsens start"). The finding keeps the codes and names among its arguments.
 */
public final class Texts {

    /** The prefix of the keys that say in words what a case context lacks. */
    public static final String CONTEXT_PREFIX = "context.";

    private static final Texts BUILT_IN = new Texts(
            MessageTexts.load("/dk/ics/validation/internal/messages", Texts.class::getResourceAsStream));

    private final MessageTexts texts;

    private Texts(MessageTexts texts) {
        this.texts = texts;
    }

    /** The built-in texts. */
    public static Texts builtIn() {
        return BUILT_IN;
    }

    /** Whether a key is a built-in text. */
    public static boolean has(String key) {
        return BUILT_IN.texts.has(key);
    }

    /** Renders a built-in text; an unknown key is a programming error ({@link IllegalArgumentException}). */
    public static LocalizedText render(String key, List<String> args) {
        return BUILT_IN.message(key, args);
    }

    /** Renders a built-in text. */
    public static LocalizedText render(String key, String... args) {
        return BUILT_IN.message(key, List.of(args));
    }

    /** The keys of the texts. */
    public Set<String> keys() {
        return texts.keys();
    }

    /**
     * These texts with a vendor's wording for some keys.
     *
     * @throws IllegalArgumentException with the first unknown key as its message
     */
    public Texts withOverrides(Map<String, String> da, Map<String, String> en) {
        return da.isEmpty() && en.isEmpty() ? this : new Texts(texts.withOverrides(da, en));
    }

    /** Renders a text with its arguments shown for a reader; an unknown key is an {@link IllegalArgumentException}. */
    public LocalizedText message(String key, List<String> args) {
        List<LocalizedText> shown = new ArrayList<>(args.size());
        for (String a : args) {
            shown.add(key.equals(Collector.CONTEXT_MISSING) && texts.has(CONTEXT_PREFIX + a)
                    ? texts.render(CONTEXT_PREFIX + a) : CodeLabels.shown(a));
        }
        return texts.renderShown(key, shown);
    }
}
