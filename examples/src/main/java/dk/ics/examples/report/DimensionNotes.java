package dk.ics.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * What a case report shows for one dimension of the ICS triangle: whether the dimension is in focus, and the
 * resources and challenges written for it (short texts from the case, shown in the report on purpose).
 *
 * <p>{@link #toString()} shows the counts only: the texts are case data.
 *
 * @param inFocus    whether the dimension is in focus in this case
 * @param resources  the resources (strengths) noted, in order
 * @param challenges the challenges (concerns) noted, in order
 */
public record DimensionNotes(boolean inFocus, List<String> resources, List<String> challenges) {

    /** A dimension not in focus with nothing noted. */
    public static final DimensionNotes NONE = new DimensionNotes(false, List.of(), List.of());

    /** Copies the lists; absent lists are empty; blank texts are refused. */
    public DimensionNotes {
        resources = resources == null ? List.of() : List.copyOf(resources);
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
        resources.forEach(DimensionNotes::requireText);
        challenges.forEach(DimensionNotes::requireText);
    }

    /** Notes for a dimension. */
    public static DimensionNotes of(boolean inFocus, List<String> resources, List<String> challenges) {
        return new DimensionNotes(inFocus, resources, challenges);
    }

    private static void requireText(String s) {
        if (Objects.requireNonNull(s, "a resource or challenge text").isBlank()) {
            throw new IllegalArgumentException("a resource or challenge text must not be blank");
        }
    }

    /** Shows focus and counts, never the texts. */
    @Override
    public String toString() {
        return "DimensionNotes[inFocus=" + inFocus + ", resources=" + resources.size() + ", challenges="
                + challenges.size() + "]";
    }
}
