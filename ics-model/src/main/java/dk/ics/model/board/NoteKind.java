package dk.ics.model.board;

/** What a note on the magnet board describes: ICS weighs resources and challenges on every dimension. */
public enum NoteKind {
    /** A resource (ressource): what works. */
    RESOURCE,
    /** A challenge or concern (udfordring, bekymring): what does not work. */
    CHALLENGE
}
