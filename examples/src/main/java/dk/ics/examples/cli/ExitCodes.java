package dk.ics.examples.cli;

/** The exit codes of the {@code ics} command line, the same for every subcommand. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The command ran, and what it checked has findings at error level. */
    public static final int FINDINGS = 1;
    /** The input cannot be used: an unknown option, a missing or malformed file, a bad date. */
    public static final int BAD_INPUT = 2;
    /** Something went wrong that is not the input's fault: a bug or the environment. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
