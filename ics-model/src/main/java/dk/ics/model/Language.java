package dk.ics.model;

import java.util.Locale;

/** The two languages the library speaks: Danish (the default, the caseworker's language) and English. */
public enum Language {
    /** Danish. */
    DA(Locale.forLanguageTag("da-DK")),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale of this language. */
    public Locale locale() {
        return locale;
    }

    /** Danish for a Danish locale, English for every other. */
    public static Language of(Locale locale) {
        return locale != null && "da".equals(locale.getLanguage()) ? DA : EN;
    }

    /** The language for {@code da} or {@code en} (case-insensitive). */
    public static Language ofTag(String tag) {
        if (tag != null) {
            switch (tag.trim().toLowerCase(Locale.ROOT)) {
                case "da", "da-dk" -> {
                    return DA;
                }
                case "en", "en-gb", "en-us" -> {
                    return EN;
                }
                default -> { }
            }
        }
        throw new IcsUnknownCodeException(Location.UNKNOWN, "language", tag, java.util.List.of("da", "en"));
    }
}
