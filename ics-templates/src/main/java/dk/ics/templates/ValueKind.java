package dk.ics.templates;

/**
 * The kind of value an ICS role holds, which decides the JSON Schema type the annotated property must have and the
 * role's {@link Cardinality}.
 */
public enum ValueKind {
    /** A free text: {@code "type": "string"}. */
    TEXT(Cardinality.ONE),
    /** A list of free texts: {@code "type": "array"} of strings. */
    TEXT_LIST(Cardinality.MANY),
    /** Yes or no: {@code "type": "boolean"}. */
    BOOLEAN(Cardinality.ONE),
    /** A date: {@code "type": "string", "format": "date"}. */
    DATE(Cardinality.ONE),
    /** A date and time: {@code "type": "string", "format": "date-time"}. */
    DATE_TIME(Cardinality.ONE),
    /** One code from a fixed list: a string with {@code enum}. */
    CODE(Cardinality.ONE),
    /** Codes from a fixed list: an array of strings with {@code enum}. */
    CODE_LIST(Cardinality.MANY),
    /** An object grouping other roles. */
    OBJECT(Cardinality.ONE),
    /** An array of objects, each grouping other roles. */
    OBJECT_LIST(Cardinality.MANY);

    private final Cardinality cardinality;

    ValueKind(Cardinality cardinality) {
        this.cardinality = cardinality;
    }

    /** How many values a property of this kind holds: ONE, or MANY for the list kinds. */
    public Cardinality cardinality() {
        return cardinality;
    }

    /** The JSON Schema type of a property of this kind ({@code string}, {@code array}, …). */
    public String jsonType() {
        return switch (this) {
            case TEXT, DATE, DATE_TIME, CODE -> "string";
            case TEXT_LIST, CODE_LIST, OBJECT_LIST -> "array";
            case BOOLEAN -> "boolean";
            case OBJECT -> "object";
        };
    }

    /** The JSON Schema type of the items of a list kind, or {@code null} for the other kinds. */
    public String itemJsonType() {
        return switch (this) {
            case TEXT_LIST, CODE_LIST -> "string";
            case OBJECT_LIST -> "object";
            default -> null;
        };
    }

    /** How many values an annotated property holds. */
    public enum Cardinality {
        /** One value. */
        ONE,
        /** A list of values. */
        MANY
    }
}
