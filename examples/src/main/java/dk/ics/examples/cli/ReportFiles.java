package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import dk.ics.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Writing a report file named on the command line; the writers themselves write atomically (temp file, move). */
final class ReportFiles {

    private ReportFiles() {
    }

    /** Creates the folder when missing, then writes; an I/O failure becomes bad input naming the file. */
    static void write(Path file, Consumer<Path> writer) {
        Location where = Location.of(file.toString());
        if (Files.isDirectory(file)) {
            throw new IcsException(where, "expected a file name for the report, found a directory");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer.accept(file);
        } catch (IOException | UncheckedIOException e) {
            throw new IcsException(where, "the report cannot be written (" + e.getClass().getSimpleName() + ")");
        }
    }
}
