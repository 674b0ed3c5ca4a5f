package dk.ics.barometer;

/**
 * One respondent's answer to one statement: a value on the scale, or an answer that carries no value (<em>Ved
 * ikke</em>). A statement the respondent skipped has no {@code Answer} at all.
 *
 * @param value the value on the scale, or {@code null} for <em>Ved ikke</em>
 */
public record Answer(Integer value) {

    /** The answer <em>Ved ikke</em> (don't know): given, but it counts in no score. */
    public static final Answer DONT_KNOW = new Answer(null);

    /** An answer with a value on the scale. */
    public static Answer of(int value) {
        return new Answer(value);
    }

    /** Whether this answer counts in a score. */
    public boolean hasValue() {
        return value != null;
    }
}
