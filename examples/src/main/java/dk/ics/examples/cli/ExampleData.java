package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import dk.ics.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The example files of {@code examples/data/} for the demo: read from the working directory when it holds them
 * (the repository root, or {@code examples/}), otherwise from the copies bundled in the jar, so the demo runs
 * anywhere.
 */
final class ExampleData {

    /** Where the copies live inside the jar (the build bundles {@code examples/data/} there). */
    static final String RESOURCE_ROOT = "/dk/ics/examples/data/";
    private static final List<Path> DIRECTORIES = List.of(Path.of("examples", "data"), Path.of("data"));

    /**
     * One example file's bytes and where they came from.
     *
     * @param name   the file's path under {@code examples/data/}, e.g. {@code cases/sag-1.json}
     * @param source the file read, or {@code ics.jar!/...} for the bundled copy
     * @param bytes  the content
     */
    record Example(String name, String source, byte[] bytes) {

        /** Names the example and its source, never its content. */
        @Override
        public String toString() {
            return "Example[" + source + ", " + bytes.length + " bytes]";
        }
    }

    private ExampleData() {
    }

    /**
     * Reads an example file, preferring a file under the working directory to the bundled copy.
     *
     * @param name the path under {@code examples/data/}, with {@code /} as separator
     * @throws IcsException when neither exists or the file cannot be read
     */
    static Example read(String name) {
        return read(name, DIRECTORIES);
    }

    /** Reads an example file from the first of the directories that has it, else from the bundled copy. */
    static Example read(String name, List<Path> directories) {
        for (Path dir : directories) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                return new Example(name, file.toString(), InputFiles.readAllBytes(file));
            }
        }
        String resource = RESOURCE_ROOT + name;
        try (InputStream in = ExampleData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IcsException(Location.of(name), "the example file is neither under examples/data/ nor "
                        + "bundled in the jar");
            }
            return new Example(name, "ics.jar!" + resource, in.readAllBytes());
        } catch (IOException e) {
            throw new IcsException(Location.of(resource), "the bundled example cannot be read", e);
        }
    }
}
