package dk.ics.examples.report.internal;

import dk.ics.barometer.CheckOutcome;
import dk.ics.barometer.Status;

/**
 * The symbols of the barometer's statuses and checklist outcomes, drawn next to their written names: green a disc
 * with a check, yellow a triangle, red a square with a cross, too few answers a dashed ring; pass a check, fail a
 * cross, unknown a question mark ring.
 */
public final class StatusMarks {

    private StatusMarks() {
    }

    /** The colour of a status. */
    public static String colour(Status status) {
        return switch (status) {
            case GREEN -> "#2e7d32";
            case YELLOW -> "#b08400";
            case RED -> "#b3261e";
            case INSUFFICIENT_ANSWERS -> "#6b7580";
        };
    }

    /** The pale background of a status band. */
    public static String band(Status status) {
        return switch (status) {
            case GREEN -> "#e3f2e5";
            case YELLOW -> "#fcf3cf";
            case RED -> "#fae3e0";
            case INSUFFICIENT_ANSWERS -> "#eef0f2";
        };
    }

    /** The shape's name of a status, written as {@code data-shape}. */
    public static String shape(Status status) {
        return switch (status) {
            case GREEN -> "circle-check";
            case YELLOW -> "triangle";
            case RED -> "square-cross";
            case INSUFFICIENT_ANSWERS -> "dashed-ring";
        };
    }

    /** Draws a status symbol centred at (x, y). */
    public static void draw(XmlWriter w, Status status, double x, double y, double r) {
        String c = colour(status);
        w.start("g", "class", "status-mark", "data-status", status.name(), "data-shape", shape(status));
        switch (status) {
            case GREEN -> {
                w.empty("circle", "cx", x, "cy", y, "r", r, "fill", c);
                check(w, x, y, r);
            }
            case YELLOW -> {
                w.empty("polygon", "points", SvgKit.regular(3, x, y + r * 0.2, r * 1.3), "fill", c);
                w.empty("rect", "x", x - 1.5, "y", y - r * 0.4, "width", 3, "height", r * 0.65, "fill", "#ffffff");
                w.empty("rect", "x", x - 1.5, "y", y + r * 0.4, "width", 3, "height", 3, "fill", "#ffffff");
            }
            case RED -> {
                w.empty("rect", "x", x - r, "y", y - r, "width", 2 * r, "height", 2 * r, "rx", 2, "fill", c);
                cross(w, x, y, r);
            }
            case INSUFFICIENT_ANSWERS -> w.empty("circle", "cx", x, "cy", y, "r", r * 0.85, "fill", "none",
                    "stroke", c, "stroke-width", 3, "stroke-dasharray", "3 3");
        }
        w.end();
    }

    /** Draws a checklist outcome symbol centred at (x, y). */
    public static void draw(XmlWriter w, CheckOutcome outcome, double x, double y, double r) {
        w.start("g", "class", "outcome-mark", "data-outcome", outcome.name());
        switch (outcome) {
            case PASS -> {
                w.empty("circle", "cx", x, "cy", y, "r", r, "fill", colour(Status.GREEN));
                check(w, x, y, r);
            }
            case FAIL -> {
                w.empty("rect", "x", x - r, "y", y - r, "width", 2 * r, "height", 2 * r, "rx", 2,
                        "fill", colour(Status.RED));
                cross(w, x, y, r);
            }
            case UNKNOWN -> {
                w.empty("circle", "cx", x, "cy", y, "r", r * 0.85, "fill", "#ffffff", "stroke",
                        colour(Status.INSUFFICIENT_ANSWERS), "stroke-width", 2.5, "stroke-dasharray", "3 2");
                w.empty("rect", "x", x - 1.5, "y", y + r * 0.3, "width", 3, "height", 3,
                        "fill", colour(Status.INSUFFICIENT_ANSWERS));
            }
        }
        w.end();
    }

    /** Writes a status symbol as a small inline icon for HTML text. */
    public static void icon(XmlWriter w, Status status) {
        w.start("svg", "class", "icon", "viewBox", "0 0 24 24", "width", "18", "height", "18", "aria-hidden", "true");
        draw(w, status, 12, 12, 8.5);
        w.end();
    }

    /** Writes an outcome symbol as a small inline icon for HTML text. */
    public static void icon(XmlWriter w, CheckOutcome outcome) {
        w.start("svg", "class", "icon", "viewBox", "0 0 24 24", "width", "18", "height", "18", "aria-hidden", "true");
        draw(w, outcome, 12, 12, 8.5);
        w.end();
    }

    private static void check(XmlWriter w, double x, double y, double r) {
        w.empty("polyline", "points", XmlWriter.num(x - r * 0.5) + "," + XmlWriter.num(y)
                + " " + XmlWriter.num(x - r * 0.1) + "," + XmlWriter.num(y + r * 0.4)
                + " " + XmlWriter.num(x + r * 0.55) + "," + XmlWriter.num(y - r * 0.4),
                "fill", "none", "stroke", "#ffffff", "stroke-width", 2.5);
    }

    private static void cross(XmlWriter w, double x, double y, double r) {
        double d = r * 0.45;
        w.empty("path", "d", "M" + XmlWriter.num(x - d) + " " + XmlWriter.num(y - d) + "L" + XmlWriter.num(x + d) + " "
                + XmlWriter.num(y + d) + "M" + XmlWriter.num(x + d) + " " + XmlWriter.num(y - d) + "L"
                + XmlWriter.num(x - d) + " " + XmlWriter.num(y + d), "stroke", "#ffffff", "stroke-width", 2.5);
    }
}
