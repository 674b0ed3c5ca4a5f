package dk.ics.model;

import java.util.Optional;

/**
 * Where in an input something was found: the source (a file name or a resource), a JSON Pointer, and a line and
 * column where the parser knew them.
 *
 * <p>A location never carries a value from the input, only coordinates, so it is safe to log and to put in an
 * exception message.
 *
 * @param source  the file or resource name, or {@code null} when the input came from memory
 * @param pointer a JSON Pointer (RFC 6901) into the input, or {@code null}
 * @param line    the 1-based line, or 0 when unknown
 * @param column  the 1-based column, or 0 when unknown
 */
public record Location(String source, String pointer, long line, long column) {

    /** A location that knows nothing: used when the input came from memory and no position applies. */
    public static final Location UNKNOWN = new Location(null, null, 0, 0);

    /** A location in the named source, with no position. */
    public static Location of(String source) {
        return new Location(source, null, 0, 0);
    }

    /** A location at a JSON Pointer, with no named source. */
    public static Location atPointer(String pointer) {
        return new Location(null, pointer, 0, 0);
    }

    /** This location with the given source. */
    public Location withSource(String newSource) {
        return new Location(newSource, pointer, line, column);
    }

    /** This location with the given JSON Pointer. */
    public Location withPointer(String newPointer) {
        return new Location(source, newPointer, line, column);
    }

    /** This location with the given line and column. */
    public Location withLineColumn(long newLine, long newColumn) {
        return new Location(source, pointer, newLine, newColumn);
    }

    /** The source, when known. */
    public Optional<String> sourceName() {
        return Optional.ofNullable(source);
    }

    /** The JSON Pointer, when known. */
    public Optional<String> jsonPointer() {
        return Optional.ofNullable(pointer);
    }

    /** A short human-readable form, e.g. {@code case.json:3:14 at /events/2/at}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
        }
        if (line > 0) {
            sb.append(source != null ? ":" : "line ").append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (pointer != null) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append("at ").append(pointer.isEmpty() ? "/" : pointer);
        }
        return sb.length() == 0 ? "(input)" : sb.toString();
    }
}
