package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import dk.ics.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's output folder: creates it, writes the steps' files into it and remembers them in order; and, for the
 * library calls that read only files, a file for an example that came from the jar (a scratch copy in a temporary
 * folder, removed by {@link #close()}). Not thread-safe (one demo run).
 */
final class DemoFolder implements AutoCloseable {

    private final Path dir;
    private final List<Path> written = new ArrayList<>();
    private Path scratch;

    /**
     * The folder, created when missing.
     *
     * @throws IcsException naming the folder when it cannot be created
     */
    DemoFolder(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IcsException(Location.of(dir.toString()),
                    "the output folder cannot be created (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The folder as an absolute, normalised path, as the demo names it. */
    Path absolute() {
        return dir.toAbsolutePath().normalize();
    }

    /** A file in the folder. */
    Path resolve(String fileName) {
        return dir.resolve(fileName);
    }

    /** Writes a text file into the folder (UTF-8) and remembers it. */
    void write(String fileName, String content) {
        Path file = dir.resolve(fileName);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IcsException(Location.of(file.toString()),
                    "the file cannot be written (" + e.getClass().getSimpleName() + ")");
        }
        written.add(file);
    }

    /** Remembers a file that something else wrote into the folder (a report). */
    void wrote(Path file) {
        written.add(file);
    }

    /** The files written so far, in order. */
    List<Path> written() {
        return List.copyOf(written);
    }

    /**
     * The example as a file: the file it was read from, or a scratch copy of the bundled one.
     *
     * @throws IcsException when the scratch copy cannot be written
     */
    Path fileOf(ExampleData.Example example) {
        Path source = Path.of(example.source());
        if (!example.source().startsWith("ics.jar!") && Files.isRegularFile(source)) {
            return source;
        }
        try {
            if (scratch == null) {
                scratch = Files.createTempDirectory("ics-demo-data");
            }
            Path copy = scratch.resolve(example.name().replace('/', '_'));
            return Files.write(copy, example.bytes());
        } catch (IOException e) {
            throw new IcsException(Location.of(example.name()),
                    "the bundled example cannot be copied to a temporary file (" + e.getClass().getSimpleName()
                            + ")");
        }
    }

    /** Removes the scratch copies, if any; the output folder stays. */
    @Override
    public void close() {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A scratch copy of a public example file left in the temp folder is harmless; the demo goes on.
            scratch.toFile().deleteOnExit();
        }
    }
}
