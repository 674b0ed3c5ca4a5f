package dk.ics.barometer;

import dk.ics.model.LocalizedText;

/**
 * The status of an aim point, of the use of ICS in a case step, or of a whole round: a traffic light, or no light
 * when too few answers lie behind the figure. The bands come from the catalogue's {@link StatusThresholds}.
 */
public enum Status {
    /** Green: the score is at or above the green threshold (by default 67). */
    GREEN(LocalizedText.of("Grøn", "Green")),
    /** Yellow: the score is at or above the yellow threshold (by default 34) and below green. */
    YELLOW(LocalizedText.of("Gul", "Yellow")),
    /** Red: the score is below the yellow threshold. */
    RED(LocalizedText.of("Rød", "Red")),
    /** No score: fewer statements (or case documents) were answered than the catalogue's minimum requires. */
    INSUFFICIENT_ANSWERS(LocalizedText.of("For få svar", "Insufficient answers"));

    private final LocalizedText label;

    Status(LocalizedText label) {
        this.label = label;
    }

    /** The status's name in Danish and English. */
    public LocalizedText label() {
        return label;
    }
}
