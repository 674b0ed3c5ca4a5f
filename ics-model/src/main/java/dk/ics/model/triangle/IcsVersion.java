package dk.ics.model.triangle;

import java.time.LocalDate;

/** The versions of the Danish ICS triangle: the one before 2019 and the simplified one in force since 2019. */
public enum IcsVersion {
    /** The triangle used from 2006 until the end of 2018, closer to the English Assessment Framework. */
    PRE_2019(LocalDate.of(2006, 1, 1)),
    /** The simplified triangle in force from 1 January 2019: three sides, ten dimensions. */
    V2019(LocalDate.of(2019, 1, 1));

    private final LocalDate inForceFrom;

    IcsVersion(LocalDate inForceFrom) {
        this.inForceFrom = inForceFrom;
    }

    /** The date from which this version applies. */
    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    /** The version that applied on a date (the earliest version for dates before it). */
    public static IcsVersion on(LocalDate date) {
        return date.isBefore(V2019.inForceFrom) ? PRE_2019 : V2019;
    }
}
