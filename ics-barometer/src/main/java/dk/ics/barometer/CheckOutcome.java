package dk.ics.barometer;

import dk.ics.model.LocalizedText;

/** The outcome of one item of the expectations checklist. */
public enum CheckOutcome {
    /** The expectation is met. */
    PASS(LocalizedText.of("Opfyldt", "Pass")),
    /** The expectation is not met. */
    FAIL(LocalizedText.of("Ikke opfyldt", "Fail")),
    /** The profile does not say enough to tell. */
    UNKNOWN(LocalizedText.of("Ukendt", "Unknown"));

    private final LocalizedText label;

    CheckOutcome(LocalizedText label) {
        this.label = label;
    }

    /** The outcome's name in Danish and English. */
    public LocalizedText label() {
        return label;
    }
}
