package dk.ics.barometer.internal;

import dk.ics.model.ReadLimits;
import dk.ics.model.internal.FileInput;
import dk.ics.model.internal.JsonSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Opening files for the barometer's readers, turning I/O failures into the library's exceptions. */
public final class FileAccess {

    private FileAccess() {
    }

    /** The name a file is reported under in locations. */
    public static String sourceName(Path file) {
        return file.toString();
    }

    /** Opens a file and hands the stream to a reader; the stream is closed afterwards. */
    public static <T> T withStream(Path file, Function<InputStream, T> reader) {
        return FileInput.withStream(file, reader);
    }

    /** Reads a JSON file into a tree within the limits. */
    public static JsonNode readJson(Path file, ReadLimits limits) {
        return withStream(file, in -> JsonSupport.readTree(in, sourceName(file), limits));
    }

    /** Writes bytes to a file, replacing it. */
    public static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
