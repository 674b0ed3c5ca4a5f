package dk.ics.model;

/**
 * Limits on what the library reads from JSON, YAML and CSV input, checked while reading so that hostile input is
 * rejected before it is fully read. The defaults are generous for real case documents (a full investigation is
 * 30–60 KB) and small enough to keep memory bounded; a caller can change each one.
 *
 * @param maxBytes        the largest input in bytes
 * @param maxDepth        the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxArrayLength  the most elements in one array, and the most properties in one object
 * @param maxRows         the most rows in a CSV input
 * @param maxColumns      the most columns in a CSV row
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxStringLength, int maxArrayLength, int maxRows,
        int maxColumns) {

    /** The defaults: 8 MiB, depth 64, strings of 200 000 characters, arrays of 10 000, 100 000 rows, 2 000 columns. */
    public static final ReadLimits DEFAULTS = new ReadLimits(8L * 1024 * 1024, 64, 200_000, 10_000, 100_000, 2_000);

    /** Checks that every limit is positive. */
    public ReadLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxArrayLength <= 0 || maxRows <= 0
                || maxColumns <= 0) {
            throw new IllegalArgumentException("every read limit must be positive");
        }
    }

    /** The default limits. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another maximum size in bytes. */
    public ReadLimits withMaxBytes(long value) {
        return new ReadLimits(value, maxDepth, maxStringLength, maxArrayLength, maxRows, maxColumns);
    }

    /** These limits with another maximum nesting depth. */
    public ReadLimits withMaxDepth(int value) {
        return new ReadLimits(maxBytes, value, maxStringLength, maxArrayLength, maxRows, maxColumns);
    }

    /** These limits with another maximum string length. */
    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(maxBytes, maxDepth, value, maxArrayLength, maxRows, maxColumns);
    }

    /** These limits with another maximum array length. */
    public ReadLimits withMaxArrayLength(int value) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, value, maxRows, maxColumns);
    }

    /** These limits with another maximum number of CSV rows. */
    public ReadLimits withMaxRows(int value) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, maxArrayLength, value, maxColumns);
    }

    /** These limits with another maximum number of CSV columns. */
    public ReadLimits withMaxColumns(int value) {
        return new ReadLimits(maxBytes, maxDepth, maxStringLength, maxArrayLength, maxRows, value);
    }
}
