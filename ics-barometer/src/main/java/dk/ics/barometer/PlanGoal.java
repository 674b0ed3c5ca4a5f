package dk.ics.barometer;

import java.util.List;

/**
 * A goal of the implementation/anchoring plan, preferably specific and measurable, tied to aim points.
 *
 * @param id        the goal's id, unique in the plan
 * @param text      the goal (organisational free text)
 * @param aimPoints the ids of the aim points it serves
 */
public record PlanGoal(String id, String text, List<String> aimPoints) {

    /** Copies the aim points. */
    public PlanGoal {
        aimPoints = aimPoints == null ? List.of() : List.copyOf(aimPoints);
    }

    /** The id and aim points only. */
    @Override
    public String toString() {
        return "PlanGoal[id=" + id + ", aimPoints=" + aimPoints + "]";
    }
}
