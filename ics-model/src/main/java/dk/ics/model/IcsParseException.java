package dk.ics.model;

/** The input is not well-formed JSON, YAML or CSV; the location carries the line and column where it broke. */
public class IcsParseException extends IcsException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public IcsParseException(Location location, String reason, Throwable cause) {
        super(location, reason, cause);
    }
}
