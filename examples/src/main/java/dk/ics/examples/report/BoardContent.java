package dk.ics.examples.report;

import dk.ics.model.triangle.Dimension;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The content of the ICS triangle for a case report, per dimension: in focus or not, resources and challenges. The
 * caller fills it from whatever holds the assessment (a bound ICS document, a magnet board); dimensions left out are
 * {@link DimensionNotes#NONE}. Immutable.
 *
 * <pre>{@code
 * BoardContent board = BoardContent.builder()
 *         .dimension(Dimension.SUNDHEDSFORHOLD, DimensionNotes.of(true, List.of("Går til tandlæge"), List.of()))
 *         .build();
 * }</pre>
 */
public final class BoardContent {

    private static final BoardContent EMPTY = new BoardContent(new EnumMap<>(Dimension.class));

    private final Map<Dimension, DimensionNotes> notes;

    private BoardContent(Map<Dimension, DimensionNotes> notes) {
        this.notes = Collections.unmodifiableMap(new EnumMap<>(notes));
    }

    /** A board with nothing in focus and nothing noted. */
    public static BoardContent empty() {
        return EMPTY;
    }

    /** A builder of a board. */
    public static Builder builder() {
        return new Builder();
    }

    /** The notes of a dimension ({@link DimensionNotes#NONE} when none were given). */
    public DimensionNotes notes(Dimension dimension) {
        return notes.getOrDefault(dimension, DimensionNotes.NONE);
    }

    /** Whether any dimension is in focus or has a resource or challenge. */
    public boolean hasContent() {
        return notes.values().stream()
                .anyMatch(n -> n.inFocus() || !n.resources().isEmpty() || !n.challenges().isEmpty());
    }

    /** Shows the number of dimensions with notes, never the texts. */
    @Override
    public String toString() {
        return "BoardContent[dimensions=" + notes.size() + "]";
    }

    /** Collects the notes per dimension; not thread-safe, build once and share the result. */
    public static final class Builder {
        private final Map<Dimension, DimensionNotes> notes = new EnumMap<>(Dimension.class);

        private Builder() {
        }

        /** Sets the notes of a dimension (replacing any given before). */
        public Builder dimension(Dimension dimension, DimensionNotes dimensionNotes) {
            notes.put(Objects.requireNonNull(dimension, "dimension"),
                    Objects.requireNonNull(dimensionNotes, "dimensionNotes"));
            return this;
        }

        /** The board. */
        public BoardContent build() {
            return new BoardContent(notes);
        }
    }
}
