package dk.ics.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** What a user of {@code ics} sees after one run: the exit code and everything written to stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code ics} with the arguments, capturing both outputs. */
    static CliRun ics(String... args) {
        return run(IcsCommand.newCommandLine(), args);
    }

    /** Runs the given command line (e.g. with an extra test subcommand), capturing both outputs. */
    static CliRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The lines written to stderr. */
    List<String> errLines() {
        return err.lines().toList();
    }
}
