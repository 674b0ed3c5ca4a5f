package dk.ics.model.casework;

import dk.ics.model.LocalizedText;

/** Where a {@link Deadline} stands on the reference date-time the deadlines were computed for. */
public enum DeadlineStatus {
    /** Not yet met and not yet due. */
    OPEN(LocalizedText.of("Åben", "Open")),
    /** Met on or before the due time. */
    MET(LocalizedText.of("Overholdt", "Met")),
    /** Met, but after the due time. */
    MET_LATE(LocalizedText.of("Overholdt for sent", "Met late")),
    /** Not met, and the due time has passed. */
    OVERDUE(LocalizedText.of("Overskredet", "Overdue")),
    /** The rule does not apply to this case (e.g. no talk with the child is required; the case was closed first). */
    NOT_APPLICABLE(LocalizedText.of("Ikke relevant", "Not applicable"));

    private final LocalizedText label;

    DeadlineStatus(LocalizedText label) {
        this.label = label;
    }

    /** The status in Danish and English. */
    public LocalizedText label() {
        return label;
    }

    /** Whether the deadline needs attention: open or overdue. */
    public boolean isPending() {
        return this == OPEN || this == OVERDUE;
    }
}
