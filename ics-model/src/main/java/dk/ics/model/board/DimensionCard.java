package dk.ics.model.board;

import dk.ics.model.internal.ReferenceData;
import dk.ics.model.triangle.Dimension;
import java.util.List;

/**
 * One dimension's place on the magnet board: whether it is in focus and the notes placed on it, in the order placed.
 *
 * @param dimension the dimension
 * @param inFocus   whether the team has agreed to focus on it
 * @param notes     the resources and challenges placed on it
 */
public record DimensionCard(Dimension dimension, boolean inFocus, List<BoardNote> notes) {

    /** Checks the dimension and copies the notes. */
    public DimensionCard {
        ReferenceData.require(dimension != null, "/dimension", "missing dimension code");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** An empty card, not in focus. */
    public static DimensionCard empty(Dimension dimension) {
        return new DimensionCard(dimension, false, List.of());
    }

    /** How many resources are placed. */
    public int resourceCount() {
        return (int) notes.stream().filter(n -> n.kind() == NoteKind.RESOURCE).count();
    }

    /** How many challenges are placed. */
    public int challengeCount() {
        return (int) notes.stream().filter(n -> n.kind() == NoteKind.CHALLENGE).count();
    }

    /** The notes of one kind, in the order placed. */
    public List<BoardNote> notes(NoteKind kind) {
        return notes.stream().filter(n -> n.kind() == kind).toList();
    }

    /** Shows the dimension, focus and counts, never the notes' text. */
    @Override
    public String toString() {
        return "DimensionCard[" + dimension + ", inFocus=" + inFocus + ", resources=" + resourceCount()
                + ", challenges=" + challengeCount() + "]";
    }
}
