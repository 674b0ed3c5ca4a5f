package dk.ics.model.triangle;

import dk.ics.model.internal.ReferenceData;
import java.util.Objects;

/**
 * One 2019 dimension that content from a legacy dimension may move to, and whether a person has to decide.
 *
 * @param dimension   the 2019 dimension
 * @param needsReview {@code true} when the content belongs here only in part or only sometimes, so a caseworker must
 *                    read it and choose (e.g. Følelsesmæssig varme goes to Trygt omsorgsmiljø <em>or</em>
 *                    Understøttelse af relationer)
 */
public record MigrationTarget(Dimension dimension, boolean needsReview) {

    /** Checks that the dimension is given. */
    public MigrationTarget {
        ReferenceData.require(dimension != null, "/dimension", "missing 2019 dimension code");
    }

    /** A target that can be taken over without review. */
    public static MigrationTarget direct(Dimension dimension) {
        return new MigrationTarget(Objects.requireNonNull(dimension), false);
    }

    /** A target that a person must confirm. */
    public static MigrationTarget review(Dimension dimension) {
        return new MigrationTarget(Objects.requireNonNull(dimension), true);
    }
}
