package dk.ics.model;

/**
 * The input is over one of the {@link ReadLimits}: too large, nested too deep, a string or an array too long, too
 * many rows or columns. It is raised as soon as the limit is crossed, before the rest of the input is read.
 */
public class IcsLimitException extends IcsException {

    private static final long serialVersionUID = 1L;

    private final String limit;
    private final long maximum;

    /**
     * Creates the exception.
     *
     * @param location where the limit was crossed
     * @param limit    the name of the limit, as in {@link ReadLimits} (e.g. {@code maxDepth})
     * @param maximum  the limit in force
     */
    public IcsLimitException(Location location, String limit, long maximum) {
        super(location, "input exceeds the limit " + limit + " = " + maximum);
        this.limit = limit;
        this.maximum = maximum;
    }

    /** The name of the limit that was exceeded (a component name of {@link ReadLimits}). */
    public String limit() {
        return limit;
    }

    /** The maximum in force when it was exceeded. */
    public long maximum() {
        return maximum;
    }
}
