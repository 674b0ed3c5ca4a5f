package dk.ics.model.triangle;

import dk.ics.model.LocalizedText;
import java.util.List;

/**
 * The three sides of the ICS triangle (version 2019) around the child's needs, in their order: the child's
 * development (left), parenting capacity (right), family and network (bottom).
 */
public enum Side {
    /** Barnets udvikling: the child's development (left side). */
    BARNETS_UDVIKLING(Position.LEFT),
    /** Forældrekompetencer: parenting capacity (right side). */
    FORAELDREKOMPETENCER(Position.RIGHT),
    /** Familie og netværk: family and network (bottom). */
    FAMILIE_OG_NETVAERK(Position.BOTTOM);

    /** Where a side is drawn on the triangle. */
    public enum Position {
        /** The left side. */
        LEFT,
        /** The right side. */
        RIGHT,
        /** The bottom side. */
        BOTTOM
    }

    private final Position position;

    Side(Position position) {
        this.position = position;
    }

    /** The stable code, e.g. {@code FORAELDREKOMPETENCER}. */
    public String code() {
        return name();
    }

    /** Where the side is drawn. */
    public Position position() {
        return position;
    }

    /** The side's label in Danish and English. */
    public LocalizedText label() {
        return Labels.side(this);
    }

    /** The side's dimensions, in triangle order. */
    public List<Dimension> dimensions() {
        return Dimension.onSide(this);
    }

    /** The side with the given code. */
    public static Side fromCode(String code) {
        return Codes.lookup(Side.class, code, "side");
    }
}
