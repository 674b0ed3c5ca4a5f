package dk.ics.templates;

import dk.ics.model.triangle.Dimension;
import java.util.List;
import java.util.Optional;

/**
 * One goal of a child's plan, read by role ({@code GOALS} and the roles in it).
 *
 * @param pointer          the JSON Pointer of the goal object
 * @param id               the goal's id ({@code GOAL_ID})
 * @param description      the goal ({@code GOAL_DESCRIPTION})
 * @param dimensions       the dimensions it addresses ({@code GOAL_DIMENSIONS}; unknown codes left out)
 * @param responsible      who is responsible ({@code GOAL_RESPONSIBLE})
 * @param successIndicator how we will know it is reached ({@code GOAL_SUCCESS_INDICATOR})
 */
public record Goal(String pointer, Optional<Bound<String>> id, Optional<Bound<String>> description,
        List<Bound<Dimension>> dimensions, Optional<Bound<String>> responsible,
        Optional<Bound<String>> successIndicator) {
}
