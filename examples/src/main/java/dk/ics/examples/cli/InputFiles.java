package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import dk.ics.model.IcsLimitException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the files named on the command line, with the library's exception when a file cannot be read. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * The whole content of a file of at most {@link ReadLimits#DEFAULTS}' {@code maxBytes}.
     *
     * @throws IcsException naming the file when it does not exist, is a directory, is too large or cannot be read
     */
    static byte[] readAllBytes(Path file) {
        Location where = Location.of(file.toString());
        if (Files.isDirectory(file)) {
            throw new IcsException(where, "expected a file, found a directory");
        }
        try {
            if (Files.size(file) > ReadLimits.DEFAULTS.maxBytes()) {
                throw new IcsLimitException(where, "maxBytes", ReadLimits.DEFAULTS.maxBytes());
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IcsException(where, "no such file");
        } catch (AccessDeniedException e) {
            throw new IcsException(where, "the file cannot be read: access denied");
        } catch (IOException e) {
            throw new IcsException(where, "the file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
