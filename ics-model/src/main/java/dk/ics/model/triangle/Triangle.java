package dk.ics.model.triangle;

import dk.ics.model.LocalizedText;
import java.util.List;

/**
 * The ICS triangle of version 2019: the child's needs at the centre, three sides and ten dimensions.
 * An entry point that reads like a sentence: {@code Triangle.dimensions()}, {@code Triangle.centre()}.
 */
public final class Triangle {

    private static final List<Side> SIDES = List.of(Side.values());
    private static final List<Dimension> DIMENSIONS = List.of(Dimension.values());

    private Triangle() {
    }

    /** The version of the triangle these types describe. */
    public static IcsVersion version() {
        return IcsVersion.V2019;
    }

    /** The centre of the triangle: Barnets behov (the child's needs). */
    public static LocalizedText centre() {
        return Labels.centre();
    }

    /** The three sides in order. */
    public static List<Side> sides() {
        return SIDES;
    }

    /** The ten dimensions in order. */
    public static List<Dimension> dimensions() {
        return DIMENSIONS;
    }
}
