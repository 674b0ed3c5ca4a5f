package dk.ics.model.law;

import dk.ics.model.LocalizedText;

/**
 * How firmly a {@link LegalReference} stands: whether its wording was read in the consolidated act, read through a
 * secondary source, or is the project's own reading of the law or a convention where the law sets no rule.
 */
public enum Standing {
    /** The wording was read in the consolidation the reference names. */
    VERIFIED(LocalizedText.of("efterprøvet i lovteksten", "verified in the act")),
    /** The wording was read in a secondary source (guidance, a commentary), not in the act itself. */
    SECONDARY(LocalizedText.of("læst i en sekundær kilde", "read in a secondary source")),
    /** The section is the law's; how the library applies it is the project's own reading (the note says how). */
    PROJECT_READING(LocalizedText.of("projektets egen læsning", "the project's own reading")),
    /** The law sets no such rule; the library follows a convention of its own (the note says which). */
    PROJECT_CONVENTION(LocalizedText.of("projektets egen konvention", "the project's own convention"));

    private final LocalizedText label;

    Standing(LocalizedText label) {
        this.label = label;
    }

    /** The standing in Danish and English. */
    public LocalizedText label() {
        return label;
    }

    /** Whether the reference was read in the law itself. */
    public boolean isVerified() {
        return this == VERIFIED;
    }
}
