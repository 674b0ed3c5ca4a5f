package dk.ics.examples.cli;

import dk.ics.barometer.Barometer;
import dk.ics.barometer.Checklist;
import dk.ics.barometer.MunicipalityProfile;
import dk.ics.barometer.Round;
import dk.ics.barometer.UsageFigures;
import dk.ics.examples.report.BarometerReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ics report barometer ROUND... --out barometer.html}: the barometer as a radar chart of the seven aim points
 * (one polygon per round), bars per role, the status of each aim point, and, when given, the expectations checklist,
 * the use of ICS in casework and the suggested next steps.
 */
@Command(name = "barometer", description = "Write the barometer report (radar chart, roles, checklist) as HTML.")
final class ReportBarometerCommand extends IcsSubcommand {

    @Parameters(paramLabel = "ROUND", arity = "1..*", description = "One or more rounds (CSV or JSON), any order.")
    private List<Path> roundFiles;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
    private Path out;

    @Option(names = "--checklist", paramLabel = "MUNICIPALITY.json",
            description = "The municipality's facts for the expectations checklist.")
    private Path municipality;

    @Option(names = "--usage", paramLabel = "USAGE.json", description = "Figures on the use of ICS in casework.")
    private Path usage;

    @Override
    protected int run(PrintWriter writer) {
        Barometer barometer = Barometer.standard();
        List<Round> rounds = roundFiles.stream().map(barometer::read).toList();
        BarometerReport.Builder report = BarometerReport.builder().barometer(barometer).language(language());
        if (rounds.size() == 1) {
            report.rounds(barometer.score(rounds.get(0)));
        } else {
            report.trend(barometer.compare(rounds));
        }
        if (municipality != null) {
            report.checklist(Checklist.evaluate(MunicipalityProfile.load(municipality)));
        }
        if (usage != null) {
            report.usage(barometer.usage(UsageFigures.load(usage)));
        }
        ReportFiles.write(out, report.build()::writeTo);
        writer.println(texts().get("report.written", out.toAbsolutePath().normalize().toString()));
        return ExitCodes.OK;
    }
}
