package dk.ics.model.funnel;

import dk.ics.model.triangle.Dimension;
import java.util.Set;

/**
 * Phase 1 of the funnel model (bekymring): the concern, described in descriptive rather than labelling language,
 * and placed on the triangle.
 *
 * <p>The description is free text about a child: {@link #toString()} never shows it.
 *
 * @param description what has been seen or heard that gives concern
 * @param dimensions  the dimensions the concern touches, at least one
 */
public record Concern(String description, Set<Dimension> dimensions) {

    /** Checks that the concern is described and placed on the triangle. */
    public Concern {
        description = FunnelChecks.text(description, "/description");
        dimensions = FunnelChecks.dimensions(dimensions, "/dimensions");
    }

    /** A concern on the given dimensions. */
    public static Concern of(String description, Dimension first, Dimension... more) {
        return new Concern(description, Funnel.setOf(first, more));
    }

    /** Shows the dimensions and the size of the description, never its text. */
    @Override
    public String toString() {
        return "Concern[dimensions=" + dimensions + ", description=(" + description.length() + " characters)]";
    }
}
