package dk.ics.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/**
 * {@code ics barometer score|template|checklist}: the ICS implementation barometer on the command line: score a
 * round (with its trend over earlier rounds), print the empty CSV for a survey tool, and check a municipality
 * against the expectations of an ICS municipality.
 */
@Command(name = "barometer",
        description = "The ICS implementation barometer: score a round, print the survey template, check the "
                + "expectations.",
        subcommands = {BarometerScoreCommand.class, BarometerTemplateCommand.class,
            BarometerChecklistCommand.class, HelpCommand.class})
final class BarometerCommand {

    // A group has no work of its own, but "--help" must work on it, as the error messages suggest it.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;
}
