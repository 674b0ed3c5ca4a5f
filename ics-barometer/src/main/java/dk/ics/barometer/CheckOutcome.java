package dk.ics.barometer;

/** The outcome of one item of the expectations checklist. */
public enum CheckOutcome {
    /** The expectation is met. */
    PASS,
    /** The expectation is not met. */
    FAIL,
    /** The profile does not say enough to tell. */
    UNKNOWN
}
