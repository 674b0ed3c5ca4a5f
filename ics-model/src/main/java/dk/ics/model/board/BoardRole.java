package dk.ics.model.board;

/** Who placed a note on the magnet board, as a role: a board never records a person's name. */
public enum BoardRole {
    /** The case's caseworker (børne- og ungerådgiver). */
    CASEWORKER,
    /** The team leader. */
    TEAM_LEADER,
    /** An ICS super-user. */
    SUPER_USER,
    /** A colleague in the team. */
    COLLEAGUE,
    /** A specialist consulted at the meeting, e.g. a psychologist. */
    SPECIALIST,
    /** The child or young person. */
    CHILD,
    /** A parent. */
    PARENT,
    /** Someone from the family's network. */
    NETWORK,
    /** A partner such as the school, day care or the health visitor. */
    PARTNER
}
