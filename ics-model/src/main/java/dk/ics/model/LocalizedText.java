package dk.ics.model;

import java.util.Objects;

/**
 * A text in Danish and English. The Danish text is required; the English one falls back to the Danish when absent.
 *
 * @param da the Danish text
 * @param en the English text, or {@code null}
 */
public record LocalizedText(String da, String en) {

    /** Checks that the Danish text is present. */
    public LocalizedText {
        Objects.requireNonNull(da, "da");
    }

    /** A text in both languages. */
    public static LocalizedText of(String da, String en) {
        return new LocalizedText(da, en);
    }

    /** The text in the given language (Danish when there is no English). */
    public String in(Language language) {
        return language == Language.EN && en != null ? en : da;
    }
}
