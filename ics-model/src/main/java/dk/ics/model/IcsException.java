package dk.ics.model;

import java.util.Objects;

/**
 * The root of the library's exceptions: the input cannot be used at all (not JSON, over a limit, an unknown code,
 * a reference data file of the wrong shape).
 *
 * <p>Something wrong with the <em>content</em> of a usable case document is not an exception but a {@link Finding}.
 * Every exception says where ({@link #location()}) and what was expected, and never carries a value from a person's
 * case: messages are built from codes, names of fields and limits only.
 */
public class IcsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param location where the problem is; {@link Location#UNKNOWN} when nothing better is known
     * @param reason   what is wrong and what was expected, with no value from the input
     * @param cause    the underlying cause, or {@code null}; its message must not carry input values either
     */
    public IcsException(Location location, String reason, Throwable cause) {
        super(compose(location, reason), cause);
        this.location = Objects.requireNonNull(location, "location");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Creates an exception with no cause. */
    public IcsException(Location location, String reason) {
        this(location, reason, null);
    }

    /** Where the problem is. */
    public Location location() {
        return location;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    private static String compose(Location location, String reason) {
        return location == null || location.equals(Location.UNKNOWN) ? reason : location + ": " + reason;
    }
}
