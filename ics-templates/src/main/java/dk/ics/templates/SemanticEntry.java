package dk.ics.templates;

import java.util.Objects;

/**
 * One place in a template where a role lives: the semantic key, the JSON Pointer pattern of the place in a document
 * ({@code *} for every item of an array, e.g. {@code /maal/*}{@code /ansvarlig}), whether a document must fill it,
 * and the shape of its schema.
 *
 * @param key      the role, with its dimension or side
 * @param pattern  the JSON Pointer pattern in a document
 * @param required whether the place is required all the way from the document root (array items count as required
 *                 within each item)
 * @param shape    the schema's shape: {@code string}, {@code string(date)}, {@code string(date-time)},
 *                 {@code string(enum)}, {@code boolean}, {@code object}, or {@code array(…)} of one of them
 */
public record SemanticEntry(SemanticKey key, String pattern, boolean required, String shape) {

    /** Checks that the parts are present. */
    public SemanticEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(shape, "shape");
    }

    /** The role. */
    public Role role() {
        return key.role();
    }

    /** The kind of value the role holds. */
    public ValueKind kind() {
        return key.role().kind();
    }

    /** ONE, or MANY for the list kinds. */
    public ValueKind.Cardinality cardinality() {
        return key.role().cardinality();
    }

    /** How many arrays the place is nested in (the number of {@code *} segments of the pattern). */
    public int arrayDepth() {
        int n = 0;
        for (String s : pattern.split("/", -1)) {
            if ("*".equals(s)) {
                n++;
            }
        }
        return n;
    }
}
