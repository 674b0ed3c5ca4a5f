package dk.ics.model;

import dk.ics.model.internal.FileInput;
import dk.ics.model.internal.JsonSupport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the library's model types from JSON and writes them back, so that callers never need a Jackson type.
 *
 * <p>Reading checks {@link ReadLimits} while it reads (size, depth, string and array length; {@link
 * ReadLimits#DEFAULTS} unless given), refuses duplicate and unknown properties, and binds to the requested type,
 * whose own constructor validates the content. Every failure is one of the library's exceptions with a location
 * (the file for a {@link Path}, a line and column for malformed JSON, a JSON Pointer for content of the wrong shape)
 * and never a value from the input. Writing produces indented JSON with ISO dates.
 *
 * <pre>{@code
 * Funnel f = IcsJson.read(Path.of("funnel.json"), Funnel.class);
 * String json = IcsJson.write(f);
 * }</pre>
 *
 * <p>Thread-safe: stateless, over one shared immutable mapper.
 */
public final class IcsJson {

    private IcsJson() {
    }

    /** Reads a value of the given type from a JSON string, with the default limits. */
    public static <T> T read(String json, Class<T> type) {
        return read(json, type, ReadLimits.DEFAULTS);
    }

    /** Reads a value of the given type from a JSON string, with the given limits. */
    public static <T> T read(String json, Class<T> type, ReadLimits limits) {
        Objects.requireNonNull(json, "json");
        return read(json.getBytes(StandardCharsets.UTF_8), type, limits);
    }

    /** Reads a value of the given type from UTF-8 JSON bytes, with the default limits. */
    public static <T> T read(byte[] json, Class<T> type) {
        return read(json, type, ReadLimits.DEFAULTS);
    }

    /** Reads a value of the given type from UTF-8 JSON bytes, with the given limits. */
    public static <T> T read(byte[] json, Class<T> type, ReadLimits limits) {
        Objects.requireNonNull(json, "json");
        return JsonSupport.bind(JsonSupport.readTree(json, null, limits), type, null);
    }

    /** Reads a value of the given type from a stream of UTF-8 JSON, with the default limits; does not close it. */
    public static <T> T read(InputStream json, Class<T> type) {
        return read(json, type, ReadLimits.DEFAULTS);
    }

    /** Reads a value of the given type from a stream of UTF-8 JSON, with the given limits; does not close it. */
    public static <T> T read(InputStream json, Class<T> type, ReadLimits limits) {
        Objects.requireNonNull(json, "json");
        return JsonSupport.bind(JsonSupport.readTree(json, null, limits), type, null);
    }

    /** Reads a value of the given type from a JSON file, with the default limits; errors name the file. */
    public static <T> T read(Path file, Class<T> type) {
        return read(file, type, ReadLimits.DEFAULTS);
    }

    /**
     * Reads a value of the given type from a JSON file, with the given limits; errors name the file.
     *
     * @throws IcsParseException when the file is missing, unreadable or not well-formed JSON
     */
    public static <T> T read(Path file, Class<T> type, ReadLimits limits) {
        String source = file.toString();
        return FileInput.withStream(file,
                in -> JsonSupport.bind(JsonSupport.readTree(in, source, limits), type, source));
    }

    /** Writes a model value as indented JSON, the form {@link #read(String, Class)} reads back. */
    public static String write(Object value) {
        return JsonSupport.write(Objects.requireNonNull(value, "value"));
    }
}
