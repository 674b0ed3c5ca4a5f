package dk.ics.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the example programs find {@code examples/data/}: under the working directory, which is the repository root
 * when a program is started from there and the {@code examples} module when its test runs.
 */
final class ExampleFiles {

    private ExampleFiles() {
    }

    /** A file under {@code examples/data/}, e.g. {@code data("documents/bfu.json")}. */
    static Path data(String name) {
        Path fromRoot = Path.of("examples", "data");
        return (Files.isDirectory(fromRoot) ? fromRoot : Path.of("data")).resolve(name);
    }
}
