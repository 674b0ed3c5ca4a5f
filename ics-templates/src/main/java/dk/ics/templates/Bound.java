package dk.ics.templates;

import java.util.Objects;

/**
 * A value read from a case document by role, with the JSON Pointer it came from, so a rule can report a finding at
 * exactly that place. The value may be personal data: {@link #toString()} shows the pointer only.
 *
 * @param value   the value
 * @param pointer the JSON Pointer of the value in the document
 * @param <T>     the value's type
 */
public record Bound<T>(T value, String pointer) {

    /** Checks that both parts are present. */
    public Bound {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** The pointer only: the value may be personal data and is never printed. */
    @Override
    public String toString() {
        return "Bound[" + pointer + "]";
    }
}
