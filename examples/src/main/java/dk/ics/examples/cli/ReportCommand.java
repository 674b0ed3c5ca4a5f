package dk.ics.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/**
 * {@code ics report case|barometer}: self-contained HTML reports (inline SVG and CSS, nothing from the network) that
 * print on A4.
 */
@Command(name = "report",
        description = "Write an HTML report: the case (triangle, deadlines, findings) or the barometer (radar chart).",
        subcommands = {ReportCaseCommand.class, ReportBarometerCommand.class, HelpCommand.class})
final class ReportCommand {

    // A group has no work of its own, but "--help" must work on it, as the error messages suggest it.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;
}
