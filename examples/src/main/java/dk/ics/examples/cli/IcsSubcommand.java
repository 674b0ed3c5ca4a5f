package dk.ics.examples.cli;

import dk.ics.model.Language;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every {@code ics} subcommand: the shared options, the output writer from picocli (so tests can capture
 * it), and the exit code. A subcommand implements {@link #run(PrintWriter)} and leaves errors to
 * {@link ErrorHandler} by throwing.
 */
abstract class IcsSubcommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = run(out);
        out.flush();
        return exitCode;
    }

    /**
     * Does the command's work, writing the result to {@code out}.
     *
     * @return the exit code, normally {@link ExitCodes#OK}
     */
    protected abstract int run(PrintWriter out) throws Exception;

    /** The chosen language. */
    protected Language language() {
        return options.language();
    }

    /** The command line's texts in the chosen language. */
    protected Texts texts() {
        return options.texts();
    }

    /** Whether JSON output was asked for. */
    protected boolean json() {
        return options.format() == OutputFormat.JSON;
    }
}
