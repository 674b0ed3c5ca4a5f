package dk.ics.model.board;

import dk.ics.model.internal.ReferenceData;
import java.time.Instant;

/**
 * A magnet on the board: a resource or a challenge, with who placed it (a role) and when.
 *
 * <p>The text is free text about a case: {@link #toString()} never shows it.
 *
 * @param kind     resource or challenge
 * @param text     what the magnet says
 * @param placedBy the role of whoever placed it
 * @param placedAt when it was placed
 */
public record BoardNote(NoteKind kind, String text, BoardRole placedBy, Instant placedAt) {

    /** Checks that every field is present and the text is not blank. */
    public BoardNote {
        ReferenceData.require(kind != null, "/kind", "missing kind: expected RESOURCE or CHALLENGE");
        ReferenceData.require(text != null && !text.isBlank(), "/text", "expected a non-blank text");
        ReferenceData.require(placedBy != null, "/placedBy", "missing role of who placed the note");
        ReferenceData.require(placedAt != null, "/placedAt", "missing time: expected an ISO 8601 instant");
    }

    /** Shows kind, role and time, never the text. */
    @Override
    public String toString() {
        return "BoardNote[kind=" + kind + ", placedBy=" + placedBy + ", placedAt=" + placedAt + ", text=("
                + text.length() + " characters)]";
    }
}
