package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where the {@code ics} command line turns trouble into an exit code and a message on stderr.
 *
 * <ul>
 *   <li>a bad command line (unknown option, missing argument, bad date) or an {@link IcsException} (the input cannot
 *       be used): exit {@value ExitCodes#BAD_INPUT} with one line {@code ics: <reason>};</li>
 *   <li>anything else: exit {@value ExitCodes#INTERNAL_ERROR} with one line naming the kind of error; the stack
 *       trace only with {@code --debug} (and never for bad input, whose causes may quote it).</li>
 * </ul>
 *
 * <p>The library's exception messages carry locations and expectations, never a value from a case, so they can be
 * shown as they are. Other exceptions' messages are not shown at all, since they may quote the input.
 * Stateless and thread-safe.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        String help = ex.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        // Some of picocli's messages start with "Error: ", which the "ics: " prefix already says.
        String reason = firstLine(ex.getMessage()).replaceFirst("^Error: ", "");
        err.println("ics: " + reason + " (see '" + help + "')");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof IcsException ics) {
            // Never a stack trace here, not even with --debug: a cause from a parser may quote the input.
            err.println("ics: " + firstLine(ics.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        boolean debug = debugRequested(parseResult);
        err.println("ics: unexpected error (" + ex.getClass().getName() + ")"
                + (debug ? "" : "; run again with --debug to see the stack trace"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    private static boolean debugRequested(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "invalid input";
        }
        String line = message.strip();
        int end = line.indexOf('\n');
        return (end < 0 ? line : line.substring(0, end)).strip();
    }
}
