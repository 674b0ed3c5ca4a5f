package dk.ics.barometer;

/** Where an implementation/anchoring plan stands. */
public enum PlanStatus {
    /** Being written; not yet adopted. */
    DRAFT,
    /** Adopted and in force. */
    IN_FORCE,
    /** In force, being revised after experience. */
    UNDER_REVISION,
    /** No longer in force. */
    ENDED
}
