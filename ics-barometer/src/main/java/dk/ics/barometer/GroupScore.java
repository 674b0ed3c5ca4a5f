package dk.ics.barometer;

import java.util.List;
import java.util.Optional;

/**
 * The scores of one group of respondents in a round: all respondents ({@code role == null}) or those of one role.
 *
 * <p>The overall score is the mean of the unrounded scores of the aim points that have a score, rounded half up; it
 * is {@link Status#INSUFFICIENT_ANSWERS} when no aim point has a score.
 *
 * @param role          the role, or {@code null} for all respondents
 * @param respondents   the number of respondents in the group
 * @param aimPoints     the aim points' scores, in catalogue order
 * @param overall       the overall score 0–100, or {@code null} when no aim point has a score
 * @param overallStatus the status band of the overall score
 * @param answers       the number of answers with a value behind the overall score (all aim points)
 */
public record GroupScore(Role role, int respondents, List<AimPointScore> aimPoints, Integer overall,
        Status overallStatus, int answers) {

    /** Copies the aim points. */
    public GroupScore {
        aimPoints = List.copyOf(aimPoints);
    }

    /** The score of one aim point. */
    public Optional<AimPointScore> aimPoint(String aimPointId) {
        return aimPoints.stream().filter(a -> a.aimPointId().equals(aimPointId)).findFirst();
    }
}
