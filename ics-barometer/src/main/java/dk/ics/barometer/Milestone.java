package dk.ics.barometer;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone of the plan, to celebrate when reached or to adjust the plan when it slips.
 *
 * @param id        the milestone's id, unique in the plan
 * @param text      what is reached
 * @param date      when it is planned
 * @param reached   whether it is reached
 * @param aimPoints the ids of the aim points it serves
 */
public record Milestone(String id, String text, LocalDate date, boolean reached, List<String> aimPoints) {

    /** Copies the aim points. */
    public Milestone {
        aimPoints = aimPoints == null ? List.of() : List.copyOf(aimPoints);
    }

    /** The id, date and state; not the text. */
    @Override
    public String toString() {
        return "Milestone[id=" + id + ", date=" + date + ", reached=" + reached + ", aimPoints=" + aimPoints + "]";
    }
}
