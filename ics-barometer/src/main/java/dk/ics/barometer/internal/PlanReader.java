package dk.ics.barometer.internal;

import dk.ics.barometer.AimPoint;
import dk.ics.barometer.AnchoringPlan;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.CutOffDate;
import dk.ics.barometer.Milestone;
import dk.ics.barometer.PlanGoal;
import dk.ics.barometer.PlanTask;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.internal.JsonSupport;
import dk.ics.model.internal.SafeText;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks implementation/anchoring plans. */
public final class PlanReader {

    private PlanReader() {
    }

    /** Reads a plan file and checks it against the catalogue. */
    public static AnchoringPlan load(Path file, Catalogue catalogue, ReadLimits limits) {
        String source = FileAccess.sourceName(file);
        AnchoringPlan plan = JsonSupport.bind(FileAccess.readJson(file, limits), AnchoringPlan.class, source);
        check(plan, catalogue, source);
        return plan;
    }

    /** Checks a plan, throwing at the JSON Pointer of the first problem. */
    public static void check(AnchoringPlan plan, Catalogue catalogue, String source) {
        Location at = Location.of(source);
        text(plan.municipality(), at.withPointer("/municipality"), "the municipality's name");
        if (plan.status() == null) {
            throw new IcsInvalidDataException(at.withPointer("/status"), "expected the plan's status");
        }
        Set<String> ids = new HashSet<>();
        List<String> known = catalogue.aimPoints().stream().map(AimPoint::id).toList();
        for (int i = 0; i < plan.goals().size(); i++) {
            PlanGoal g = plan.goals().get(i);
            String p = "/goals/" + i;
            id(g.id(), ids, at.withPointer(p + "/id"));
            text(g.text(), at.withPointer(p + "/text"), "the goal");
            aimPoints(g.aimPoints(), known, at, p);
        }
        for (int i = 0; i < plan.tasks().size(); i++) {
            PlanTask t = plan.tasks().get(i);
            String p = "/tasks/" + i;
            id(t.id(), ids, at.withPointer(p + "/id"));
            text(t.text(), at.withPointer(p + "/text"), "the task");
            text(t.responsible(), at.withPointer(p + "/responsible"), "who is responsible (a role or a name)");
            if (t.deadline() == null) {
                throw new IcsInvalidDataException(at.withPointer(p + "/deadline"), "expected a deadline");
            }
            aimPoints(t.aimPoints(), known, at, p);
        }
        Set<CaseStep> steps = EnumSet.noneOf(CaseStep.class);
        for (int i = 0; i < plan.cutOffDates().size(); i++) {
            CutOffDate c = plan.cutOffDates().get(i);
            String p = "/cutOffDates/" + i;
            if (c.step() == null || c.from() == null) {
                throw new IcsInvalidDataException(at.withPointer(p), "expected a step and a from date");
            }
            if (!steps.add(c.step())) {
                throw new IcsInvalidDataException(at.withPointer(p + "/step"),
                        "a second cut-off date for step " + c.step().name() + "; expected one per step");
            }
            aimPoints(c.aimPoints(), known, at, p);
        }
        for (int i = 0; i < plan.milestones().size(); i++) {
            Milestone m = plan.milestones().get(i);
            String p = "/milestones/" + i;
            id(m.id(), ids, at.withPointer(p + "/id"));
            text(m.text(), at.withPointer(p + "/text"), "the milestone");
            if (m.date() == null) {
                throw new IcsInvalidDataException(at.withPointer(p + "/date"), "expected a date");
            }
            aimPoints(m.aimPoints(), known, at, p);
        }
    }

    private static void id(String id, Set<String> ids, Location at) {
        if (id == null || id.isBlank()) {
            throw new IcsInvalidDataException(at, "expected an id");
        }
        if (!ids.add(id)) {
            throw new IcsInvalidDataException(at, "duplicate id " + SafeText.code(id)
                    + "; goals, tasks and milestones need ids unique in the plan");
        }
    }

    private static void text(String s, Location at, String what) {
        if (s == null || s.isBlank()) {
            throw new IcsInvalidDataException(at, "expected " + what);
        }
    }

    private static void aimPoints(List<String> ids, List<String> known, Location at, String p) {
        for (int j = 0; j < ids.size(); j++) {
            if (!known.contains(ids.get(j))) {
                throw new IcsUnknownCodeException(at.withPointer(p + "/aimPoints/" + j), "aim point", ids.get(j),
                        known);
            }
        }
    }
}
