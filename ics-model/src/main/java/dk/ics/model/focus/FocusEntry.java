package dk.ics.model.focus;

import dk.ics.model.internal.ReferenceData;
import dk.ics.model.triangle.Dimension;
import java.util.List;

/**
 * The statements of one age group on one dimension.
 *
 * @param ageGroup   the code of the age group (see {@link dk.ics.model.age.AgeGroups})
 * @param dimension  the dimension of the 2019 triangle
 * @param statements the statements, at least one
 */
public record FocusEntry(String ageGroup, Dimension dimension, List<FocusStatement> statements) {

    /** Checks that the entry names its age group and dimension and has statements. */
    public FocusEntry {
        ReferenceData.require(ageGroup != null && !ageGroup.isBlank(), "/ageGroup", "missing age group code");
        ReferenceData.require(dimension != null, "/dimension", "missing dimension code");
        ReferenceData.require(statements != null && !statements.isEmpty(), "/statements",
                "expected at least one statement");
        statements = List.copyOf(statements);
    }
}
