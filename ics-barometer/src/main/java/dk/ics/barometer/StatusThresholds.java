package dk.ics.barometer;

/**
 * Where the status bands begin on the 0–100 score: a score at or above {@code green} is {@link Status#GREEN}, at or
 * above {@code yellow} is {@link Status#YELLOW}, below is {@link Status#RED}. The defaults (67 and 34) are this
 * library's choice (ICS-DOMAIN § 10), not an official value: they are data in the catalogue.
 *
 * @param green  the lowest green score
 * @param yellow the lowest yellow score
 */
public record StatusThresholds(int green, int yellow) {

    /** The status of a whole-number score on the 0–100 scale. */
    public Status statusOf(int score) {
        if (score >= green) {
            return Status.GREEN;
        }
        return score >= yellow ? Status.YELLOW : Status.RED;
    }
}
