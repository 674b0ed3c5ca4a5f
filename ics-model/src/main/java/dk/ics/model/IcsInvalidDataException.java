package dk.ics.model;

/**
 * Well-formed input of the wrong shape or content: a reference data file with gaps or duplicates, a case with dates
 * in the wrong order, a field of the wrong type, an impossible CPR number. The message names the field (by JSON
 * Pointer) and what was expected.
 */
public class IcsInvalidDataException extends IcsException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public IcsInvalidDataException(Location location, String reason) {
        super(location, reason);
    }

    /** Creates the exception with a cause (whose message must not carry input values). */
    public IcsInvalidDataException(Location location, String reason, Throwable cause) {
        super(location, reason, cause);
    }
}
