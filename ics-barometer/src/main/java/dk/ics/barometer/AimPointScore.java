package dk.ics.barometer;

import dk.ics.model.LocalizedText;

/**
 * The score of one aim point for one group of respondents (all of them, or one role).
 *
 * <p>The score is the mean of every value given to the aim point's statements by the group's respondents (one value
 * per respondent and statement; <em>Ved ikke</em> and skipped statements do not count), placed on 0–100 between the
 * scale's lowest and highest value (0–3 by default, so ×100/3), rounded half up to a whole number. The aim point
 * has no score ({@link Status#INSUFFICIENT_ANSWERS}) when fewer of its statements than the catalogue's
 * {@code minimumAnsweredShare} (by default half) have at least one answer with a value from the group.
 *
 * @param aimPointId         the aim point's id
 * @param title              the aim point's title
 * @param score              the score 0–100, or {@code null} when there are too few answers
 * @param exactScore         the score before rounding, or {@code null} when there are too few answers
 * @param status             the status band of the score, or {@link Status#INSUFFICIENT_ANSWERS}
 * @param answers            the number of answers with a value behind the score
 * @param dontKnow           the number of answers without a value (<em>Ved ikke</em>)
 * @param statementsAnswered the number of the aim point's statements with at least one answer with a value
 * @param statements         the number of the aim point's statements
 */
public record AimPointScore(String aimPointId, LocalizedText title, Integer score, Double exactScore, Status status,
        int answers, int dontKnow, int statementsAnswered, int statements) {

    /** Whether the aim point has a score. */
    public boolean isScored() {
        return score != null;
    }
}
