package dk.ics.model.internal;

import dk.ics.model.IcsParseException;
import dk.ics.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Opening a file for one of the library's readers, so that every reader reports a missing, unreadable or wrong kind
 * of file the same way: an {@link IcsParseException} naming the file and the kind of failure, never the I/O
 * exception's own message (which may quote the path of a case folder) and never an unchecked I/O exception.
 */
public final class FileInput {

    private FileInput() {
    }

    /** Opens a file, hands the stream to a reader, and closes it afterwards; errors name the path as given. */
    public static <T> T withStream(Path file, Function<InputStream, T> reader) {
        return withStream(file, file.toString(), reader);
    }

    /**
     * Opens a file, hands the stream to a reader, and closes it afterwards; errors name the file as {@code source}
     * (e.g. the file name alone, where the folders of a case system may themselves be personal data).
     */
    public static <T> T withStream(Path file, String source, Function<InputStream, T> reader) {
        Location where = Location.of(source);
        if (Files.isDirectory(file)) {
            throw new IcsParseException(where, "expected a file, found a directory", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in);
        } catch (NoSuchFileException e) {
            throw new IcsParseException(where, "the file does not exist", null);
        } catch (AccessDeniedException e) {
            throw new IcsParseException(where, "the file cannot be read: access denied", null);
        } catch (IOException e) {
            throw new IcsParseException(where, "the file cannot be read (" + e.getClass().getSimpleName() + ")", null);
        }
    }
}
