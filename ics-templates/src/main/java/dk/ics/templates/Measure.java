package dk.ics.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One measure of a child's plan, read by role ({@code MEASURES} and the roles in it).
 *
 * @param pointer     the JSON Pointer of the measure object
 * @param description the measure ({@code MEASURE_DESCRIPTION})
 * @param legalBasis  its legal basis code ({@code MEASURE_LEGAL_BASIS})
 * @param startDate   when it starts ({@code MEASURE_START_DATE})
 * @param goalRefs    the goal ids it serves ({@code MEASURE_GOAL_REFS})
 */
public record Measure(String pointer, Optional<Bound<String>> description, Optional<Bound<String>> legalBasis,
        Optional<Bound<LocalDate>> startDate, List<Bound<String>> goalRefs) {
}
