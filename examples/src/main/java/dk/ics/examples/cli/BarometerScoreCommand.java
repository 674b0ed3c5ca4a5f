package dk.ics.examples.cli;

import dk.ics.barometer.Barometer;
import dk.ics.barometer.NextStep;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundInfo;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Trend;
import dk.ics.barometer.UsageFigures;
import dk.ics.barometer.UsageScore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code ics barometer score ROUND [--previous EARLIER...] [--usage USAGE.json]}: a barometer round scored per aim
 * point and overall, with status and answers, the trend over earlier rounds, the findings of the scoring (a large gap
 * between roles, too few answers), the suggested next steps and, when given, the use of ICS in casework.
 */
@Command(name = "score",
        description = {"Score a barometer round per aim point (sigtepunkt) and overall: score 0-100, status "
                + "(green, yellow, red or too few answers), answers, and the trend against earlier rounds.",
            "A round is read as JSON when its name ends in .json, otherwise as CSV as a survey tool exports it.",
            "Exit code 0 when the round was scored (a gap between roles is a warning, not an error), "
                    + "2 when a file cannot be used."})
final class BarometerScoreCommand extends IcsSubcommand {

    @Parameters(index = "0", paramLabel = "ROUND", description = "The round to score (CSV or JSON).")
    private Path roundFile;

    @Option(names = "--previous", paramLabel = "EARLIER", arity = "1..*",
            description = "Earlier rounds of the same municipality to compare with (CSV or JSON, any order; "
                    + "give ROUND before them).")
    private List<Path> previous = new ArrayList<>();

    @Option(names = "--usage", paramLabel = "USAGE.json",
            description = "Figures from the case system on the use of ICS in casework.")
    private Path usageFile;

    @Option(names = "--municipality", paramLabel = "NAME",
            description = "The municipality of a CSV round without municipality and date columns (as "
                    + "'ics barometer template' makes it); give --date with it.")
    private String municipality;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CommonOptions.DateConverter.class,
            description = "The date of such a CSV round; give --municipality with it.")
    private LocalDate date;

    @Option(names = "--next-steps", paramLabel = "N", defaultValue = "3",
            description = "How many of the weakest aim points to suggest next steps for (default: ${DEFAULT-VALUE}; "
                    + "0 for none).")
    private int howManyNextSteps;

    @Override
    protected int run(PrintWriter out) {
        if ((municipality == null) != (date == null) || (municipality != null && municipality.isBlank())) {
            throw new ParameterException(spec.commandLine(), "--municipality and --date go together");
        }
        if (howManyNextSteps < 0) {
            throw new ParameterException(spec.commandLine(), "--next-steps: expected 0 or more");
        }
        Barometer barometer = Barometer.standard();
        Round round = municipality == null || isJson(roundFile) ? barometer.read(roundFile)
                : barometer.readCsv(roundFile, RoundInfo.of(municipality.strip(), date));
        List<Round> earlier = previous.stream().map(barometer::read).toList();
        BarometerScoreView view = view(barometer, round, earlier,
                usageFile == null ? null : barometer.usage(UsageFigures.load(usageFile)), howManyNextSteps);
        out.print(json() ? JsonOutput.write(view.json()) : view.text(language()));
        return view.score().report().hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static boolean isJson(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Scores a round, compares it with earlier rounds when there are any, and suggests next steps.
     *
     * @param usage     the scored use of ICS, or {@code null}
     * @param nextSteps how many next steps to suggest (0 or more)
     */
    static BarometerScoreView view(Barometer barometer, Round round, List<Round> earlier, UsageScore usage,
            int nextSteps) {
        RoundScore score = barometer.score(round);
        Trend trend = null;
        if (!earlier.isEmpty()) {
            List<Round> all = new ArrayList<>(earlier);
            all.add(round);
            trend = barometer.compare(all);
        }
        List<NextStep> steps = nextSteps > 0 ? barometer.nextSteps(score, nextSteps) : List.of();
        return new BarometerScoreView(score, trend, usage, steps);
    }
}
