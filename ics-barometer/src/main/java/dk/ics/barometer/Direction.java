package dk.ics.barometer;

import dk.ics.model.LocalizedText;

/** Which way a score moved between the first and the last of the compared rounds. */
public enum Direction {
    /** Up by more than the margin. */
    IMPROVING(LocalizedText.of("Fremgang", "Improving")),
    /** Within the margin either way. */
    STABLE(LocalizedText.of("Stabil", "Stable")),
    /** Down by more than the margin. */
    DECLINING(LocalizedText.of("Tilbagegang", "Declining")),
    /** The first or the last round has no score for it. */
    NOT_COMPARABLE(LocalizedText.of("Kan ikke sammenlignes", "Not comparable"));

    private final LocalizedText label;

    Direction(LocalizedText label) {
        this.label = label;
    }

    /** The direction's name in Danish and English. */
    public LocalizedText label() {
        return label;
    }
}
