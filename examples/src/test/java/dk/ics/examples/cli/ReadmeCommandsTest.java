package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java -jar examples/target/ics.jar …} command the README and the examples' README show runs, as
 * written, with exit code 0, or with exit code 1 (findings at error level) when it checks a document of
 * {@code examples/data/findings/}, the example documents kept with known findings. Paths in the READMEs are relative
 * to the repository root; the tests run in {@code examples/}, so they are resolved from there, and {@code --out}
 * files go to a temporary folder.
 */
class ReadmeCommandsTest {

    private static final String PREFIX = "java -jar examples/target/ics.jar ";

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path readme : List.of(Path.of("..", "README.md"), Path.of("README.md"))) {
            for (String line : Files.readAllLines(readme)) {
                String command = line.strip();
                if (command.startsWith(PREFIX) && !command.contains("<") && !command.contains("...")) {
                    tests.add(DynamicTest.dynamicTest(command, () -> run(command)));
                }
            }
        }
        assertThat(tests).as("the README shows commands").isNotEmpty();
        return tests.stream();
    }

    private void run(String command) {
        String[] words = command.substring(PREFIX.length()).split("\\s+");
        List<String> args = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("--out") && i + 1 < words.length) {
                args.add(w);
                args.add(out.resolve(Path.of(words[++i]).getFileName()).toString());
            } else if (w.startsWith("examples/")) {
                args.add(Path.of("..").resolve(w).toString());
            } else {
                args.add(w);
            }
        }
        CliRun run = CliRun.ics(args.toArray(String[]::new));
        int expected = command.contains("examples/data/findings/") ? ExitCodes.FINDINGS : ExitCodes.OK;
        assertThat(run.exitCode()).as("%s%nstderr: %s", command, run.err()).isEqualTo(expected);
        assertThat(run.err()).as(command).isEmpty();
        assertThat(run.out()).isNotBlank();
    }
}
