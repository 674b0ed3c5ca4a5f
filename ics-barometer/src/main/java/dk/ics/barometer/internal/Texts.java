package dk.ics.barometer.internal;

import dk.ics.model.LocalizedText;
import dk.ics.model.internal.MessageTexts;
import java.util.List;

/** The barometer's message texts in Danish and English, loaded once. */
public final class Texts {

    private static final MessageTexts TEXTS =
            MessageTexts.load("/dk/ics/barometer/internal/messages", Texts.class::getResourceAsStream);

    private Texts() {
    }

    /** Renders a message with the same arguments in both languages. */
    public static LocalizedText render(String key, String... args) {
        return TEXTS.render(key, args);
    }

    /** Renders a message with Danish arguments in Danish and English arguments in English. */
    public static LocalizedText render(String key, List<String> daArgs, List<String> enArgs) {
        return new LocalizedText(TEXTS.render(key, daArgs).da(), TEXTS.render(key, enArgs).en());
    }
}
