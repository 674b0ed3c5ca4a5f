package dk.ics.model.funnel;

import dk.ics.model.triangle.Dimension;
import java.util.List;
import java.util.Set;

/**
 * Phase 2 of the funnel model (hypotesedannelse): one hypothesis about causes and connections behind the concern,
 * tied to the dimensions it concerns (on any side of the triangle, not only the concern's) and naming the risks and
 * the resources it weighs.
 *
 * <p>The statement, risks and resources are free text: {@link #toString()} never shows them.
 *
 * @param id         an id unique in the funnel, referred to by {@link FocusPoint#hypothesisId()}
 * @param statement  the hypothesis
 * @param dimensions the dimensions it concerns, at least one
 * @param risks      the risks (problems) it names; may be empty
 * @param resources  the resources it names; may be empty
 */
public record Hypothesis(String id, String statement, Set<Dimension> dimensions, List<String> risks,
        List<String> resources) {

    /** Checks the id, the statement and the dimensions; copies the lists. */
    public Hypothesis {
        id = FunnelChecks.id(id, "/id");
        statement = FunnelChecks.text(statement, "/statement");
        dimensions = FunnelChecks.dimensions(dimensions, "/dimensions");
        risks = FunnelChecks.texts(risks, "/risks");
        resources = FunnelChecks.texts(resources, "/resources");
    }

    /** A hypothesis with no risks or resources named yet. */
    public static Hypothesis of(String id, String statement, Dimension first, Dimension... more) {
        return new Hypothesis(id, statement, Funnel.setOf(first, more), List.of(), List.of());
    }

    /** This hypothesis with the given risks. */
    public Hypothesis withRisks(String... newRisks) {
        return new Hypothesis(id, statement, dimensions, List.of(newRisks), resources);
    }

    /** This hypothesis with the given resources. */
    public Hypothesis withResources(String... newResources) {
        return new Hypothesis(id, statement, dimensions, risks, List.of(newResources));
    }

    /** Shows the id, the dimensions and how many risks and resources, never the texts. */
    @Override
    public String toString() {
        return "Hypothesis[id=" + id + ", dimensions=" + dimensions + ", risks=" + risks.size() + ", resources="
                + resources.size() + "]";
    }
}
