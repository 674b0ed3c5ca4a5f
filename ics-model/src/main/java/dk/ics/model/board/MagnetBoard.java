package dk.ics.model.board;

import dk.ics.model.internal.ReferenceData;
import dk.ics.model.funnel.Funnel;
import dk.ics.model.triangle.Dimension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The magnet tool (magnetredskabet) as a value: the triangle's ten dimensions, each with whether the team has put
 * it in focus and the resources and challenges placed on it, by whom (a role) and when. Used at team meetings to
 * review a case and agree its focus.
 *
 * <p>The official tool's colours and placement rules are not public; this board is the library's model of it
 * [ours]. It is immutable: every operation returns a new board.
 *
 * <pre>{@code
 * MagnetBoard b = MagnetBoard.from(funnel)
 *         .place(Dimension.SOCIALT_NETVAERK, NoteKind.RESOURCE, "…", BoardRole.CASEWORKER, Instant.now());
 * int challenges = b.card(Dimension.TRYGT_OMSORGSMILJOE).challengeCount();
 * }</pre>
 *
 * <p>Thread-safe. {@link #toString()} shows counts only, never a note's text.
 *
 * @param dimensions one card per dimension, in triangle order; a board read from JSON may list them in any order
 *                   and leave some out (they become empty cards), but not list one twice
 */
public record MagnetBoard(List<DimensionCard> dimensions) {

    /** Puts the cards in triangle order and fills in missing dimensions; refuses a dimension listed twice. */
    public MagnetBoard {
        Map<Dimension, DimensionCard> byDim = new EnumMap<>(Dimension.class);
        if (dimensions != null) {
            for (int i = 0; i < dimensions.size(); i++) {
                DimensionCard c = dimensions.get(i);
                ReferenceData.require(c != null, "/dimensions/" + i, "missing card");
                ReferenceData.require(byDim.putIfAbsent(c.dimension(), c) == null, "/dimensions/" + i + "/dimension",
                        "dimension " + c.dimension() + " appears twice");
            }
        }
        List<DimensionCard> all = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            all.add(byDim.getOrDefault(d, DimensionCard.empty(d)));
        }
        dimensions = List.copyOf(all);
    }

    /** A board with no focus and no notes. */
    public static MagnetBoard empty() {
        return new MagnetBoard(List.of());
    }

    /** A board with the dimensions a funnel's investigation must cover in focus. */
    public static MagnetBoard from(Funnel funnel) {
        return empty().focusAll(funnel.dimensionsToCover());
    }

    /** The card of a dimension. */
    public DimensionCard card(Dimension dimension) {
        return dimensions.get(Objects.requireNonNull(dimension, "dimension").ordinal());
    }

    /** This board with a dimension put in focus. */
    public MagnetBoard focus(Dimension dimension) {
        return withFocus(dimension, true);
    }

    /** This board with a dimension taken out of focus. */
    public MagnetBoard unfocus(Dimension dimension) {
        return withFocus(dimension, false);
    }

    /** This board with every given dimension put in focus. */
    public MagnetBoard focusAll(Set<Dimension> toFocus) {
        List<DimensionCard> next = new ArrayList<>(dimensions);
        for (Dimension d : toFocus) {
            DimensionCard c = next.get(d.ordinal());
            next.set(d.ordinal(), new DimensionCard(d, true, c.notes()));
        }
        return new MagnetBoard(next);
    }

    /** This board with a note placed on a dimension, after the notes already there. */
    public MagnetBoard place(Dimension dimension, NoteKind kind, String text, BoardRole placedBy, Instant placedAt) {
        return place(dimension, new BoardNote(kind, text, placedBy, placedAt));
    }

    /** This board with a note placed on a dimension, after the notes already there. */
    public MagnetBoard place(Dimension dimension, BoardNote note) {
        Objects.requireNonNull(note, "note");
        DimensionCard c = card(dimension);
        List<BoardNote> notes = new ArrayList<>(c.notes());
        notes.add(note);
        return replace(new DimensionCard(dimension, c.inFocus(), notes));
    }

    /** This board with a note taken off a dimension (the first equal note); unchanged if it is not there. */
    public MagnetBoard remove(Dimension dimension, BoardNote note) {
        DimensionCard c = card(dimension);
        List<BoardNote> notes = new ArrayList<>(c.notes());
        return notes.remove(note) ? replace(new DimensionCard(dimension, c.inFocus(), notes)) : this;
    }

    /** The dimensions in focus, in triangle order. */
    public Set<Dimension> inFocus() {
        Set<Dimension> out = EnumSet.noneOf(Dimension.class);
        dimensions.stream().filter(DimensionCard::inFocus).forEach(c -> out.add(c.dimension()));
        return Collections.unmodifiableSet(out);
    }

    /** The number of resources and challenges per dimension, in triangle order. */
    public Map<Dimension, NoteCounts> counts() {
        Map<Dimension, NoteCounts> out = new EnumMap<>(Dimension.class);
        dimensions.forEach(c -> out.put(c.dimension(), new NoteCounts(c.resourceCount(), c.challengeCount())));
        return Collections.unmodifiableMap(out);
    }

    /** The dimensions in focus that have no resource placed: ICS asks for what works as well as what does not. */
    public Set<Dimension> inFocusWithoutResources() {
        Set<Dimension> out = EnumSet.noneOf(Dimension.class);
        dimensions.stream().filter(c -> c.inFocus() && c.resourceCount() == 0).forEach(c -> out.add(c.dimension()));
        return Collections.unmodifiableSet(out);
    }

    private MagnetBoard withFocus(Dimension dimension, boolean focus) {
        DimensionCard c = card(dimension);
        return c.inFocus() == focus ? this : replace(new DimensionCard(dimension, focus, c.notes()));
    }

    private MagnetBoard replace(DimensionCard card) {
        List<DimensionCard> next = new ArrayList<>(dimensions);
        next.set(card.dimension().ordinal(), card);
        return new MagnetBoard(next);
    }

    /** Shows focus and counts per dimension, never a note's text. */
    @Override
    public String toString() {
        return "MagnetBoard[inFocus=" + inFocus() + ", counts=" + counts() + "]";
    }
}
