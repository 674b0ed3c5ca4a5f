package dk.ics.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/**
 * The root of the {@code ics} command line. Each subcommand is its own class in this package; a new one is added by
 * listing it in {@code subcommands} below.
 *
 * <p>Use {@link #newCommandLine()} rather than {@code new CommandLine(new IcsCommand())}: it installs the
 * {@link ErrorHandler} that gives every failure one line on stderr and a documented exit code.
 */
@Command(name = "ics",
        mixinStandardHelpOptions = true,
        versionProvider = IcsCommand.Version.class,
        description = "Tools for ICS (Integrated Children's System), the Danish method for casework with "
                + "children and young people.",
        subcommands = {
            TriangleCommand.class,
            FocusAreasCommand.class,
            DeadlinesCommand.class,
            TemplatesCommand.class,
            TemplateCommand.class,
            CheckCommand.class,
            ValidateCommand.class,
            ReportCommand.class,
            BarometerCommand.class,
            DemoCommand.class,
            HelpCommand.class
        },
        footer = {"", "Exit codes: 0 ok, 1 findings at error level, 2 bad input, 3 unexpected error."})
public final class IcsCommand {

    /** A root command; picocli instantiates the subcommands. */
    public IcsCommand() {
    }

    /**
     * A command line over a new root command, with the {@code ics} error handling and exit codes installed.
     * Set its out and err writers to capture what a user would see.
     */
    public static CommandLine newCommandLine() {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new IcsCommand())
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** The version from the jar's manifest, or {@code development} when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = IcsCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ics " + (v != null ? v : "(development build)")};
        }
    }
}
