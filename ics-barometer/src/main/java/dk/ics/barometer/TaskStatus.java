package dk.ics.barometer;

/** Where a task of the plan stands. */
public enum TaskStatus {
    /** Not started. */
    NOT_STARTED,
    /** Under way. */
    IN_PROGRESS,
    /** Done. */
    DONE
}
