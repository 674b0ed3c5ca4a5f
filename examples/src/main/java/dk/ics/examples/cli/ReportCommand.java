package dk.ics.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * {@code ics report case|barometer}: self-contained HTML reports (inline SVG and CSS, nothing from the network) that
 * print on A4.
 */
@Command(name = "report",
        description = "Write an HTML report: the case (triangle, deadlines, findings) or the barometer (radar chart).",
        subcommands = {ReportCaseCommand.class, ReportBarometerCommand.class, HelpCommand.class})
final class ReportCommand {
}
