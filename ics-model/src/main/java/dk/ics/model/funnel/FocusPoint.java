package dk.ics.model.funnel;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.ics.model.internal.ReferenceData;
import dk.ics.model.triangle.Dimension;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Phase 3 of the funnel model (tragtning): one focus point or investigation question, tied to dimensions and to the
 * sources that will answer it, and usually to the hypothesis it tests.
 *
 * <p>The question is free text: {@link #toString()} never shows it.
 *
 * @param id           an id unique in the funnel
 * @param question     the question or focus point
 * @param hypothesisId the hypothesis it tests, or {@code null} when it follows directly from the concern
 * @param dimensions   the dimensions it investigates, at least one
 * @param sources      who or what will answer it, at least one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FocusPoint(String id, String question, String hypothesisId, Set<Dimension> dimensions,
        Set<InformationSource> sources) {

    /** Checks the id, the question, the dimensions and the sources. */
    public FocusPoint {
        id = FunnelChecks.id(id, "/id");
        question = FunnelChecks.text(question, "/question");
        if (hypothesisId != null) {
            FunnelChecks.id(hypothesisId, "/hypothesisId");
        }
        dimensions = FunnelChecks.dimensions(dimensions, "/dimensions");
        ReferenceData.require(sources != null && !sources.isEmpty() && sources.stream().noneMatch(Objects::isNull), "/sources",
                "expected at least one source");
        sources = Collections.unmodifiableSet(EnumSet.copyOf(sources));
    }

    /** A focus point testing a hypothesis. */
    public static FocusPoint of(String id, String question, String hypothesisId, Set<Dimension> dimensions,
            Set<InformationSource> sources) {
        return new FocusPoint(id, question, hypothesisId, dimensions, sources);
    }

    /** Shows the id, the hypothesis id, the dimensions and the sources, never the question. */
    @Override
    public String toString() {
        return "FocusPoint[id=" + id + ", hypothesisId=" + hypothesisId + ", dimensions=" + dimensions
                + ", sources=" + sources + "]";
    }
}
