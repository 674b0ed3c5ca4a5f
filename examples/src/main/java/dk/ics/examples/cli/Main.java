package dk.ics.examples.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point of {@code ics.jar}: runs the {@code ics} command line and exits with its exit code. */
public final class Main {

    private Main() {
    }

    /**
     * Runs {@code ics} with the given arguments, e.g. {@code ics triangle --format json}.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // UTF-8 whatever the platform default, so Danish letters survive pipes and files.
        CommandLine commandLine = IcsCommand.newCommandLine()
                .setOut(utf8(System.out))
                .setErr(utf8(System.err));
        System.exit(commandLine.execute(args));
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
