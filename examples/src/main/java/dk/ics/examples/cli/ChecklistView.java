package dk.ics.examples.cli;

import dk.ics.barometer.AimPoint;
import dk.ics.barometer.AnchoringPlan;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.CheckOutcome;
import dk.ics.barometer.CheckResult;
import dk.ics.barometer.ChecklistResult;
import dk.ics.barometer.PlanTask;
import dk.ics.model.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.StringJoiner;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The expectations checklist as the command line shows it, with the anchoring plan's state when a plan was given.
 *
 * @param result the evaluated checklist
 * @param plan   the municipality's plan, or {@code null}
 */
record ChecklistView(ChecklistResult result, AnchoringPlan plan) {

    /** The municipality and the counts; never the plan's texts. */
    @Override
    public String toString() {
        return "ChecklistView[" + result.municipality() + ", pass=" + result.count(CheckOutcome.PASS) + ", fail="
                + result.count(CheckOutcome.FAIL) + ", unknown=" + result.count(CheckOutcome.UNKNOWN) + "]";
    }

    /** The day the plan's tasks are judged on: the profile's date, or today in Denmark when it has none. */
    LocalDate day() {
        return result.asOf() != null ? result.asOf() : LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    }

    /** The view as text: one row per expectation (outcome, expectation, reason), the counts, then the plan. */
    String text(Language language) {
        Texts t = Texts.of(language);
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(result.asOf() == null ? t.get("checklist.title", result.municipality())
                : t.get("checklist.title.asOf", result.municipality(), result.asOf())).append(nl);
        TextTable table = new TextTable(false, false);
        for (CheckResult r : result.results()) {
            String label = r.expectation().label().in(language);
            String reason = r.reason().in(language);
            table.row(r.outcome().label().in(language), label);
            if (!reason.equals(label + ".")) {
                // The reason says more than the expectation itself: the figures that decided it.
                table.row("", reason);
            }
        }
        sb.append(table.render("  "));
        StringJoiner counts = new StringJoiner(", ");
        for (CheckOutcome o : CheckOutcome.values()) {
            counts.add(o.label().in(language) + ": " + result.count(o));
        }
        sb.append(t.get("checklist.summary", counts)).append(nl);
        if (plan != null) {
            sb.append(nl).append(planText(language));
        }
        return sb.toString();
    }

    private String planText(Language language) {
        Texts t = Texts.of(language);
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        String adopted = plan.adopted() == null ? t.get("checklist.plan.notAdopted")
                : t.get("checklist.plan.adopted", plan.adopted());
        sb.append(t.get("checklist.plan", t.get("checklist.plan.status." + plan.status().name()), adopted,
                plan.goals().size(), plan.tasks().size(), plan.cutOffDates().size(), plan.milestones().size()))
                .append(nl);
        List<PlanTask> overdue = plan.overdueTasks(day());
        if (overdue.isEmpty()) {
            sb.append("  ").append(t.get("checklist.plan.noOverdue", day())).append(nl);
        } else {
            StringJoiner j = new StringJoiner(", ");
            overdue.forEach(task -> j.add(task.id() + " (" + task.deadline() + ")"));
            sb.append("  ").append(t.get("checklist.plan.overdue", day(), j)).append(nl);
        }
        List<AimPoint> uncovered = plan.aimPointsNotCovered(Catalogue.standard());
        if (uncovered.isEmpty()) {
            sb.append("  ").append(t.get("checklist.plan.allCovered")).append(nl);
        } else {
            StringJoiner j = new StringJoiner(", ");
            uncovered.forEach(a -> j.add(a.id() + " " + a.title().in(language)));
            sb.append("  ").append(t.get("checklist.plan.uncovered", j)).append(nl);
        }
        return sb.toString();
    }

    /** The view as JSON: each expectation with outcome and reason in both languages, then the plan's state. */
    ObjectNode json() {
        ObjectNode root = JsonOutput.object();
        root.put("municipality", result.municipality());
        if (result.asOf() == null) {
            root.putNull("asOf");
        } else {
            root.put("asOf", result.asOf().toString());
        }
        ObjectNode counts = root.putObject("counts");
        for (CheckOutcome o : CheckOutcome.values()) {
            counts.put(o.name(), result.count(o));
        }
        root.put("allPassed", result.allPassed());
        ArrayNode results = root.putArray("expectations");
        for (CheckResult r : result.results()) {
            ObjectNode n = results.addObject();
            n.put("code", r.expectation().name());
            n.set("label", JsonOutput.text(r.expectation().label()));
            n.put("outcome", r.outcome().name());
            n.set("outcomeLabel", JsonOutput.text(r.outcome().label()));
            n.set("reason", JsonOutput.text(r.reason()));
        }
        if (plan == null) {
            root.putNull("plan");
            return root;
        }
        ObjectNode p = root.putObject("plan");
        p.put("status", plan.status().name());
        if (plan.adopted() == null) {
            p.putNull("adopted");
        } else {
            p.put("adopted", plan.adopted().toString());
        }
        p.put("goals", plan.goals().size());
        p.put("tasks", plan.tasks().size());
        p.put("cutOffDates", plan.cutOffDates().size());
        p.put("milestones", plan.milestones().size());
        p.put("on", day().toString());
        ArrayNode overdue = p.putArray("overdueTasks");
        for (PlanTask task : plan.overdueTasks(day())) {
            ObjectNode n = overdue.addObject();
            n.put("id", task.id());
            n.put("deadline", task.deadline().toString());
            n.put("status", task.status().name());
        }
        ArrayNode uncovered = p.putArray("aimPointsNotCovered");
        plan.aimPointsNotCovered(Catalogue.standard()).forEach(a -> uncovered.add(a.id()));
        return root;
    }
}
