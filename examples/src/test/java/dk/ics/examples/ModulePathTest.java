package dk.ics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library modules work as JPMS modules: the demo, which touches every module (JSON reading and writing through
 * Jackson's reflection, built-in resources, message bundles, templates, validation, the barometer), runs with every
 * library jar on the module path. The tests elsewhere run on the class path, where a missing {@code opens} or a
 * resource hidden by encapsulation would not show.
 */
class ModulePathTest {

    @Test
    void theDemoRunsWithTheLibrariesOnTheModulePath(@TempDir Path out) throws IOException, InterruptedException {
        String modulePath = Files.readString(Path.of("target", "runtime-classpath.txt")).trim();
        assertThat(modulePath).contains("ics-model").contains("ics-templates").contains("ics-validation")
                .contains("ics-barometer");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "--module-path", modulePath,
                "--add-modules", "ALL-MODULE-PATH",
                "-cp", Path.of("target", "classes").toString(),
                "dk.ics.examples.cli.Main", "demo", "--out", out.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the demo finishes").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("exit code; output:%n%s", text).isZero();
        assertThat(text).doesNotContain("Exception").doesNotContain("IllegalAccess").contains(out.toString());
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).contains("triangle.json",
                    "deadlines.json");
        }
        assertThat(modulePath.split(File.pathSeparator)).allMatch(e -> Files.exists(Path.of(e)));
    }
}
