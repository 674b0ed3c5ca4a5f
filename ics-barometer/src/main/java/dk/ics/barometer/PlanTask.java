package dk.ics.barometer;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of the plan, with someone responsible (a role or a member of staff: organisational data, not case data)
 * and a deadline.
 *
 * @param id          the task's id, unique in the plan
 * @param text        the task
 * @param responsible who is responsible (tovholder)
 * @param deadline    when it is due
 * @param status      where it stands
 * @param aimPoints   the ids of the aim points it serves
 */
public record PlanTask(String id, String text, String responsible, LocalDate deadline, TaskStatus status,
        List<String> aimPoints) {

    /** Copies the aim points; an absent status is {@link TaskStatus#NOT_STARTED}. */
    public PlanTask {
        aimPoints = aimPoints == null ? List.of() : List.copyOf(aimPoints);
        status = status == null ? TaskStatus.NOT_STARTED : status;
    }

    /** Whether the task is past its deadline and not done on the given day. */
    public boolean isOverdue(LocalDate today) {
        return status != TaskStatus.DONE && deadline != null && deadline.isBefore(today);
    }

    /** The id, deadline, status and aim points; not the texts. */
    @Override
    public String toString() {
        return "PlanTask[id=" + id + ", deadline=" + deadline + ", status=" + status + ", aimPoints=" + aimPoints
                + "]";
    }
}
