package dk.ics.barometer;

/**
 * How the answers to one statement moved between the first and the last compared round: the mean value on the
 * answer scale in each (over the answers with a value), and the change.
 *
 * @param statementId  the statement's id
 * @param aimPointId   the aim point it belongs to
 * @param meanFirst    the mean in the first round, or {@code null} when nobody gave it a value
 * @param meanLast     the mean in the last round, or {@code null} when nobody gave it a value
 * @param change       {@code meanLast - meanFirst}, or {@code null} when either is missing
 * @param answersFirst the number of answers with a value in the first round
 * @param answersLast  the number of answers with a value in the last round
 */
public record StatementChange(String statementId, String aimPointId, Double meanFirst, Double meanLast, Double change,
        int answersFirst, int answersLast) {
}
