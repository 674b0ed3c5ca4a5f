package dk.ics.barometer;

/** Which way a score moved between the first and the last of the compared rounds. */
public enum Direction {
    /** Up by more than the margin. */
    IMPROVING,
    /** Within the margin either way. */
    STABLE,
    /** Down by more than the margin. */
    DECLINING,
    /** The first or the last round has no score for it. */
    NOT_COMPARABLE
}
