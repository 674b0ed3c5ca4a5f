package dk.ics.model;

/**
 * A reference the library will not follow: a {@code $ref} or file name pointing to the network ({@code http:},
 * {@code https:}), to {@code file:} or {@code jar:} URLs, or to a path outside the folder it was given. Nothing is
 * fetched or opened before this is thrown.
 */
public class IcsRefusedReferenceException extends IcsException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public IcsRefusedReferenceException(Location location, String reason) {
        super(location, reason);
    }
}
