package dk.ics.barometer;

import dk.ics.barometer.internal.PlanReader;
import dk.ics.model.IcsException;
import dk.ics.model.ReadLimits;
import dk.ics.model.casework.CaseStep;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A municipality's implementation/anchoring plan for ICS (implementerings-/forankringsplan): goals, tasks with
 * someone responsible and a deadline, cut-off dates from which new investigations, plans and follow-ups must use ICS,
 * and milestones, each linked to aim points. Read one with {@link #load(Path)}; the file's aim point ids are checked
 * against the catalogue. Immutable.
 *
 * @param municipality the municipality
 * @param adopted      the day the plan was adopted, or {@code null} for a draft
 * @param status       where the plan stands
 * @param goals        the goals
 * @param tasks        the tasks
 * @param cutOffDates  the cut-off dates, at most one per case step
 * @param milestones   the milestones
 */
public record AnchoringPlan(String municipality, LocalDate adopted, PlanStatus status, List<PlanGoal> goals,
        List<PlanTask> tasks, List<CutOffDate> cutOffDates, List<Milestone> milestones) {

    /** Copies the lists. */
    public AnchoringPlan {
        goals = goals == null ? List.of() : List.copyOf(goals);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        cutOffDates = cutOffDates == null ? List.of() : List.copyOf(cutOffDates);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /**
     * Reads a plan from a JSON file, checked against the built-in catalogue.
     *
     * @throws IcsException when the file is not valid: unknown aim point ids, duplicate ids, a task without someone
     *                      responsible or a deadline, a step with two cut-off dates
     */
    public static AnchoringPlan load(Path file) {
        return load(file, Catalogue.standard(), ReadLimits.DEFAULTS);
    }

    /** Reads a plan from a JSON file, checked against the given catalogue. */
    public static AnchoringPlan load(Path file, Catalogue catalogue, ReadLimits limits) {
        return PlanReader.load(file, catalogue, limits);
    }

    /** The tasks past their deadline and not done on the given day. */
    public List<PlanTask> overdueTasks(LocalDate today) {
        return tasks.stream().filter(t -> t.isOverdue(today)).toList();
    }

    /** The cut-off date of a case step, if the plan sets one. */
    public Optional<CutOffDate> cutOff(CaseStep step) {
        return cutOffDates.stream().filter(c -> c.step() == step).findFirst();
    }

    /** The ids of the aim points that some goal, task, cut-off date or milestone is linked to. */
    public Set<String> aimPointsCovered() {
        Set<String> out = new LinkedHashSet<>();
        Stream.of(goals.stream().map(PlanGoal::aimPoints), tasks.stream().map(PlanTask::aimPoints),
                cutOffDates.stream().map(CutOffDate::aimPoints), milestones.stream().map(Milestone::aimPoints))
                .flatMap(s -> s).forEach(out::addAll);
        return out;
    }

    /** The catalogue's aim points that nothing in the plan is linked to. */
    public List<AimPoint> aimPointsNotCovered(Catalogue catalogue) {
        Set<String> covered = aimPointsCovered();
        return catalogue.aimPoints().stream().filter(a -> !covered.contains(a.id())).toList();
    }

    /** The municipality, status and counts; not the texts. */
    @Override
    public String toString() {
        return "AnchoringPlan[municipality=" + municipality + ", status=" + status + ", goals=" + goals.size()
                + ", tasks=" + tasks.size() + ", cutOffDates=" + cutOffDates.size() + ", milestones="
                + milestones.size() + "]";
    }
}
