package dk.ics.examples.cli;

import dk.ics.barometer.AnchoringPlan;
import dk.ics.barometer.CheckOutcome;
import dk.ics.barometer.Checklist;
import dk.ics.barometer.ChecklistResult;
import dk.ics.barometer.MunicipalityProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code ics barometer checklist MUNICIPALITY.json [--plan PLAN.json]}: the expectations of a municipality that works
 * with ICS, each met, not met or unknown with its reason; with a plan, "plan in force" is decided from the plan's
 * status and the plan's overdue tasks and uncovered aim points are shown.
 *
 * <p>Exit code 1 when an expectation is not met ({@link CheckOutcome#FAIL}): that is the checklist's error level.
 * An expectation the profile says too little about ({@link CheckOutcome#UNKNOWN}) is shown but does not fail the
 * run, since a missing figure is not evidence that the expectation is not met.
 */
@Command(name = "checklist",
        description = {"Check a municipality against the expectations of an ICS municipality: an ICS lead, at least "
                + "two super-users, super-users in proportion to caseworkers, caseworkers trained or enrolled, "
                + "a practice for introducing new staff, an implementation/anchoring plan in force.",
            "Each expectation is met, not met or unknown (the profile leaves the figure out). With --plan, "
                    + "'plan in force' comes from the plan's status, and the plan's overdue tasks and the aim "
                    + "points it does not cover are listed.",
            "Exit code 1 when any expectation is not met; unknown ones are shown but do not fail the run. "
                    + "Exit code 2 when a file cannot be used."})
final class BarometerChecklistCommand extends IcsSubcommand {

    @Parameters(index = "0", paramLabel = "MUNICIPALITY.json",
            description = "What the municipality says about its ICS organisation (JSON).")
    private Path profileFile;

    @Option(names = "--plan", paramLabel = "PLAN.json",
            description = "The municipality's implementation/anchoring plan (JSON).")
    private Path planFile;

    @Option(names = "--min-super-users", paramLabel = "N", defaultValue = "2",
            description = "The least number of super-users (default: ${DEFAULT-VALUE}).")
    private int minimumSuperUsers;

    @Option(names = "--caseworkers-per-super-user", paramLabel = "N", defaultValue = "10",
            description = "At least one super-user per this many caseworkers (default: ${DEFAULT-VALUE}).")
    private int caseworkersPerSuperUser;

    @Option(names = "--trained-percent", paramLabel = "P", defaultValue = "100",
            description = "The share of caseworkers, in per cent, trained in ICS or enrolled "
                    + "(default: ${DEFAULT-VALUE}).")
    private int trainedPercent;

    @Override
    protected int run(PrintWriter out) {
        Checklist checklist = checklist();
        MunicipalityProfile profile = MunicipalityProfile.load(profileFile);
        AnchoringPlan plan = planFile == null ? null : AnchoringPlan.load(planFile);
        ChecklistResult result = plan == null ? checklist.check(profile) : checklist.check(profile, plan);
        ChecklistView view = new ChecklistView(result, plan);
        out.print(json() ? JsonOutput.write(view.json()) : view.text(language()));
        return result.count(CheckOutcome.FAIL) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The checklist with the thresholds from the options, each checked so a bad one is bad input. */
    private Checklist checklist() {
        require(minimumSuperUsers >= 1, "--min-super-users: expected 1 or more");
        require(caseworkersPerSuperUser >= 1, "--caseworkers-per-super-user: expected 1 or more");
        require(trainedPercent >= 0 && trainedPercent <= 100, "--trained-percent: expected 0 to 100");
        return Checklist.standard().withMinimumSuperUsers(minimumSuperUsers)
                .withCaseworkersPerSuperUser(caseworkersPerSuperUser)
                .withRequiredTrainedPercent(trainedPercent);
    }

    private void require(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }
}
