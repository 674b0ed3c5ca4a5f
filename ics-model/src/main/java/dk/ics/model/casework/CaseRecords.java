package dk.ics.model.casework;

import dk.ics.model.internal.FileInput;
import dk.ics.model.IcsException;
import dk.ics.model.IcsParseException;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.JsonSupport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes {@link CaseRecord}s in their JSON format (described on {@link CaseRecord}).
 *
 * <p>Reading checks the {@link ReadLimits} while it reads, binds strictly (unknown properties are refused) and
 * checks the case; every failure is one of the library's exceptions ({@code IcsParseException},
 * {@code IcsLimitException}, {@code IcsInvalidDataException}, {@code IcsUnknownCodeException} via the message) with
 * the file, the JSON Pointer and, where known, line and column, and never a value from the file. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * CaseRecord c = CaseRecords.read(Path.of("examples/data/cases/sag-bl-placement.json"));
 * List<Deadline> due = DeadlineCalculator.standard().deadlines(c, Instant.now());
 * }</pre>
 */
public final class CaseRecords {

    private CaseRecords() {
    }

    /** Reads a case from a JSON file with the default limits. */
    public static CaseRecord read(Path file) {
        return read(file, ReadLimits.DEFAULTS);
    }

    /**
     * Reads a case from a JSON file.
     *
     * @param file   the file
     * @param limits the limits to read within
     * @return the case
     * @throws IcsException when the file cannot be read, is not JSON, crosses a limit, or is not a valid case
     */
    public static CaseRecord read(Path file, ReadLimits limits) {
        Objects.requireNonNull(file, "file");
        // Only the file name: the folders above a case file may themselves name the child.
        String source = String.valueOf(file.getFileName());
        return FileInput.withStream(file, source, in -> read(in, source, limits));
    }

    /**
     * Reads a case from a stream of UTF-8 JSON. The stream is not closed.
     *
     * @param in     the stream
     * @param source a name for the input in messages (a file name), or {@code null}
     * @param limits the limits to read within
     * @return the case
     * @throws IcsException when the input is not JSON, crosses a limit, or is not a valid case
     */
    public static CaseRecord read(InputStream in, String source, ReadLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        return JsonSupport.bind(JsonSupport.readTree(in, source, limits), CaseRecord.class, source);
    }

    /** Parses a case from a JSON string with the default limits. */
    public static CaseRecord parse(String json) {
        return parse(json, ReadLimits.DEFAULTS);
    }

    /**
     * Parses a case from a JSON string.
     *
     * @param json   the JSON text
     * @param limits the limits to read within
     * @return the case
     * @throws IcsException when the text is not JSON, crosses a limit, or is not a valid case
     */
    public static CaseRecord parse(String json, ReadLimits limits) {
        Objects.requireNonNull(json, "json");
        return JsonSupport.bind(JsonSupport.readTree(json.getBytes(StandardCharsets.UTF_8), null, limits),
                CaseRecord.class, null);
    }

    /**
     * Writes a case as indented JSON in the format {@link #parse(String)} reads. The output holds the child's CPR
     * number when there is one: it is personal data.
     *
     * @param record the case
     * @return the JSON text
     */
    public static String toJson(CaseRecord record) {
        return JsonSupport.write(Objects.requireNonNull(record, "record"));
    }
}
