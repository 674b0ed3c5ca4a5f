package dk.ics.examples.report.internal;

import dk.ics.model.casework.DeadlineStatus;

/**
 * How each deadline status is drawn: a colour AND a shape AND the status's name, so that the timeline reads the same
 * in black and white and for a reader who does not tell red from green.
 */
public enum DeadlineMarks {
    /** Met in time: a green disc with a check mark. */
    MET(DeadlineStatus.MET, "#2e7d32", "circle"),
    /** Met after the due time: an amber diamond. */
    MET_LATE(DeadlineStatus.MET_LATE, "#a85d00", "diamond"),
    /** Not yet due: a hollow blue ring. */
    OPEN(DeadlineStatus.OPEN, "#1f5fa8", "ring"),
    /** Past due and not met: a red triangle with an exclamation mark. */
    OVERDUE(DeadlineStatus.OVERDUE, "#b3261e", "triangle"),
    /** Does not apply: a grey hollow square. */
    NOT_APPLICABLE(DeadlineStatus.NOT_APPLICABLE, "#6b7580", "square");

    private final DeadlineStatus status;
    private final String colour;
    private final String shape;

    DeadlineMarks(DeadlineStatus status, String colour, String shape) {
        this.status = status;
        this.colour = colour;
        this.shape = shape;
    }

    /** The mark of a status. */
    public static DeadlineMarks of(DeadlineStatus status) {
        for (DeadlineMarks m : values()) {
            if (m.status == status) {
                return m;
            }
        }
        throw new IllegalArgumentException("no mark for " + status);
    }

    /** The status drawn. */
    public DeadlineStatus status() {
        return status;
    }

    /** The colour, as {@code #rrggbb}. */
    public String colour() {
        return colour;
    }

    /** The shape's name, written as {@code data-shape} on the mark. */
    public String shape() {
        return shape;
    }

    /** Draws the mark centred at (x, y) with the given radius. */
    public void draw(XmlWriter w, double x, double y, double r) {
        w.start("g", "class", "mark", "data-status", status.name(), "data-shape", shape, "data-colour", colour);
        switch (this) {
            case MET -> {
                w.empty("circle", "cx", x, "cy", y, "r", r, "fill", colour);
                w.empty("polyline", "points", XmlWriter.num(x - r * 0.5) + "," + XmlWriter.num(y)
                        + " " + XmlWriter.num(x - r * 0.1) + "," + XmlWriter.num(y + r * 0.4)
                        + " " + XmlWriter.num(x + r * 0.55) + "," + XmlWriter.num(y - r * 0.4),
                        "fill", "none", "stroke", "#ffffff", "stroke-width", 2.5);
            }
            case MET_LATE -> w.empty("polygon", "points", SvgKit.regular(4, x, y, r * 1.25), "fill", colour);
            case OPEN -> w.empty("circle", "cx", x, "cy", y, "r", r * 0.85, "fill", "#ffffff", "stroke", colour,
                    "stroke-width", 4);
            case OVERDUE -> {
                w.empty("polygon", "points", SvgKit.regular(3, x, y + r * 0.2, r * 1.35), "fill", colour);
                w.empty("rect", "x", x - 1.5, "y", y - r * 0.45, "width", 3, "height", r * 0.7, "fill", "#ffffff");
                w.empty("rect", "x", x - 1.5, "y", y + r * 0.4, "width", 3, "height", 3, "fill", "#ffffff");
            }
            case NOT_APPLICABLE -> w.empty("rect", "x", x - r * 0.8, "y", y - r * 0.8, "width", r * 1.6,
                    "height", r * 1.6, "fill", "#ffffff", "stroke", colour, "stroke-width", 3,
                    "stroke-dasharray", "4 2");
        }
        w.end();
    }

    /** Writes the mark as a small standalone inline icon for HTML text (an {@code <svg>} 1.2em high). */
    public void icon(XmlWriter w) {
        w.start("svg", "class", "icon", "viewBox", "0 0 24 24", "width", "18", "height", "18", "aria-hidden",
                "true");
        draw(w, 12, 12, 8);
        w.end();
    }
}
