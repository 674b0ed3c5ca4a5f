package dk.ics.model.triangle;

import dk.ics.model.internal.ReferenceData;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the content of one legacy dimension goes in the 2019 triangle: one or more targets, in order of likelihood.
 *
 * @param from the legacy dimension
 * @param to   its 2019 targets, at least one, each dimension once
 */
public record MigrationRule(LegacyDimension from, List<MigrationTarget> to) {

    /** Checks that the rule has a source and at least one target, with no dimension twice. */
    public MigrationRule {
        ReferenceData.require(from != null, "/from", "missing legacy dimension code");
        ReferenceData.require(to != null && !to.isEmpty(), "/to", "expected at least one 2019 target");
        to = List.copyOf(to);
        Set<Dimension> seen = new HashSet<>();
        for (int i = 0; i < to.size(); i++) {
            ReferenceData.require(seen.add(to.get(i).dimension()), "/to/" + i + "/dimension",
                    "2019 dimension " + to.get(i).dimension() + " appears twice");
        }
    }

    /** Whether any target of this rule needs a person's review. */
    public boolean anyNeedsReview() {
        return to.stream().anyMatch(MigrationTarget::needsReview);
    }
}
