package dk.ics.barometer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How one score (an aim point's, or the overall one) moved over the compared rounds.
 *
 * @param id        the aim point's id, or {@code overall}
 * @param scores    the score in each round, oldest first; an entry is {@code null} where that round has no score
 * @param change    the last score minus the first, or {@code null} when either is missing
 * @param direction {@link Direction#IMPROVING} when the change is above the margin, {@link Direction#DECLINING}
 *                  when below minus the margin, else {@link Direction#STABLE}
 */
public record ScoreTrend(String id, List<Integer> scores, Integer change, Direction direction) {

    /** Copies the scores (which may hold {@code null}). */
    public ScoreTrend {
        scores = Collections.unmodifiableList(new ArrayList<>(scores));
    }
}
