package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlingTest {

    @Test
    void unknownOptionIsBadInputWithOneLineOnStderr() {
        CliRun run = CliRun.ics("triangle", "--colour");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ics: ").contains("--colour");
    }

    @Test
    void unknownSubcommandIsBadInput() {
        CliRun run = CliRun.ics("triangel");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ");
    }

    @Test
    void missingSubcommandIsBadInput() {
        CliRun run = CliRun.ics();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ");
    }

    @Test
    void unknownFormatNamesTheAcceptedFormats() {
        CliRun run = CliRun.ics("triangle", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ics: ").contains("--format").containsIgnoringCase("json");
    }

    @Test
    void unknownLanguageNamesTheAcceptedLanguages() {
        CliRun run = CliRun.ics("triangle", "--lang", "sv");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ics: ").contains("--lang", "expected da or en");
    }

    @Test
    void helpIsPrintedOnStdoutWithExitZero() {
        CliRun run = CliRun.ics("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("triangle", "demo", "Exit codes");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everySubcommandHasItsOwnHelp() {
        for (String command : new String[] {"triangle", "focus-areas", "deadlines", "demo"}) {
            CliRun run = CliRun.ics(command, "--help");

            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: ics " + command, "--format", "--lang");
        }
    }

    @Test
    void unexpectedErrorIsExitThreeWithOneLineAndNoMessageOrStackTrace() {
        CliRun run = CliRun.run(withFailingCommand(), "fail");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("ics: unexpected error (java.lang.IllegalStateException)")
                .contains("--debug")
                .doesNotContain(Failing.SECRET);
    }

    @Test
    void unexpectedErrorShowsTheStackTraceWithDebug() {
        CliRun run = CliRun.run(withFailingCommand(), "fail", "--debug");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.errLines().get(0)).startsWith("ics: unexpected error");
        assertThat(run.err()).contains("\tat " + Failing.class.getName());
    }

    private static CommandLine withFailingCommand() {
        return IcsCommand.newCommandLine().addSubcommand(new Failing());
    }

    /** A subcommand that fails the way a bug would, with a message that must not reach the user. */
    @Command(name = "fail")
    static final class Failing extends IcsSubcommand {
        static final String SECRET = "010203-1234";

        @Override
        protected int run(PrintWriter out) {
            throw new IllegalStateException(SECRET);
        }
    }
}
