package dk.ics.barometer;

import dk.ics.model.LocalizedText;

/**
 * The outcome of one expectation, with its reason in Danish and English.
 *
 * @param expectation the expectation
 * @param outcome     pass, fail or unknown
 * @param reason      why, with the figures that decided it
 */
public record CheckResult(Expectation expectation, CheckOutcome outcome, LocalizedText reason) {
}
