package dk.ics.barometer;

import java.util.List;
import java.util.Optional;

/**
 * How one role's scores moved over the compared rounds, by the same rules as the total (see {@link Trend}); a round
 * in which nobody of the role answered has no score for it.
 *
 * @param role      the role
 * @param overall   the role's overall score trend (id {@code overall})
 * @param aimPoints the role's trend per aim point, in catalogue order
 */
public record RoleTrend(Role role, ScoreTrend overall, List<ScoreTrend> aimPoints) {

    /** Copies the aim points. */
    public RoleTrend {
        aimPoints = List.copyOf(aimPoints);
    }

    /** The role's trend for one aim point. */
    public Optional<ScoreTrend> aimPoint(String aimPointId) {
        return aimPoints.stream().filter(t -> t.id().equals(aimPointId)).findFirst();
    }
}
