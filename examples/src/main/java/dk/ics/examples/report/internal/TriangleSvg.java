package dk.ics.examples.report.internal;

import dk.ics.examples.report.BoardContent;
import dk.ics.examples.report.DimensionNotes;
import dk.ics.model.Language;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.model.triangle.Triangle;
import java.util.List;

/**
 * The ICS triangle drawn as a magnet board: the three sides with their labels, the child's needs at the centre, and
 * each of the ten dimensions as a card beside its side in triangle order, joined to its place on the side. A card
 * shows the dimension's number and label, its counts of resources ({@code +n}, a rounded badge) and challenges
 * ({@code −n}, a square badge), and, when the dimension is in focus, a tinted hatched fill, a heavy outline and a
 * star with the words "I fokus": colour is never the only carrier of meaning.
 *
 * <p>Each card is a {@code <g class="dimension" data-dimension="CODE" data-focus="true|false">}; the counts are
 * {@code <text class="count-resources">} and {@code <text class="count-challenges">}.
 */
public final class TriangleSvg {

    /** The view box's width. */
    public static final int WIDTH = 1000;
    /** The view box's height. */
    public static final int HEIGHT = 680;

    private static final double APEX_X = 500;
    private static final double TOP = 40;
    private static final double BASE = 450;
    private static final double HALF_BASE = 200;
    private static final double BOX_W = 280;
    private static final double BOX_H = 92;
    private static final String FOCUS_STROKE = "#8a4f00";
    private static final String NEUTRAL_STROKE = "#8896a5";

    private TriangleSvg() {
    }

    /** The colour of a side's line and number badges. */
    static String colour(Side side) {
        return switch (side) {
            case BARNETS_UDVIKLING -> "#1f5fa8";
            case FORAELDREKOMPETENCER -> "#7b3f98";
            case FAMILIE_OG_NETVAERK -> "#17806d";
        };
    }

    /** The triangle as SVG markup; {@code standalone} adds the SVG namespace for a file of its own. */
    public static String render(BoardContent board, Language lang, boolean standalone) {
        XmlWriter w = new XmlWriter();
        write(w, board, lang, standalone);
        return w.finish();
    }

    /** Writes the triangle into a document being written. */
    public static void write(XmlWriter w, BoardContent board, Language lang, boolean standalone) {
        SvgKit.open(w, "chart triangle", WIDTH, HEIGHT, standalone, ReportTexts.get(lang, "triangle.title"));
        defs(w);
        w.empty("polygon", "points", pts(APEX_X, TOP, APEX_X + HALF_BASE, BASE, APEX_X - HALF_BASE, BASE),
                "fill", "#f3f5f8");
        sideLine(w, Side.BARNETS_UDVIKLING, APEX_X - HALF_BASE, BASE, APEX_X, TOP);
        sideLine(w, Side.FORAELDREKOMPETENCER, APEX_X, TOP, APEX_X + HALF_BASE, BASE);
        sideLine(w, Side.FAMILIE_OG_NETVAERK, APEX_X - HALF_BASE, BASE, APEX_X + HALF_BASE, BASE);
        sideLabels(w, lang);
        centre(w, lang);
        List<Dimension> left = Side.BARNETS_UDVIKLING.dimensions();
        for (int i = 0; i < left.size(); i++) {
            double y = TOP + i * (BASE - TOP - BOX_H) / (left.size() - 1);
            double cy = y + BOX_H / 2;
            double sx = APEX_X - HALF_BASE * (cy - TOP) / (BASE - TOP);
            card(w, left.get(i), board.notes(left.get(i)), lang, 10, y, 10 + BOX_W, cy, sx, cy);
        }
        List<Dimension> right = Side.FORAELDREKOMPETENCER.dimensions();
        for (int i = 0; i < right.size(); i++) {
            double y = TOP + i * (BASE - TOP - BOX_H) / (right.size() - 1);
            double cy = y + BOX_H / 2;
            double sx = APEX_X + HALF_BASE * (cy - TOP) / (BASE - TOP);
            card(w, right.get(i), board.notes(right.get(i)), lang, WIDTH - 10 - BOX_W, y, WIDTH - 10 - BOX_W, cy,
                    sx, cy);
        }
        List<Dimension> bottom = Side.FAMILIE_OG_NETVAERK.dimensions();
        for (int i = 0; i < bottom.size(); i++) {
            double x = 30 + i * (WIDTH - 60 - BOX_W) / (bottom.size() - 1);
            double sx = APEX_X - HALF_BASE + 2 * HALF_BASE * (i + 0.5) / bottom.size();
            card(w, bottom.get(i), board.notes(bottom.get(i)), lang, x, 500, x + BOX_W / 2, 500, sx, BASE);
        }
        legend(w, lang, 620);
        w.end();
    }

    private static void defs(XmlWriter w) {
        w.start("defs");
        w.start("pattern", "id", "ics-focus-hatch", "patternUnits", "userSpaceOnUse", "width", 10, "height", 10,
                "patternTransform", "rotate(45)");
        w.empty("line", "x1", 0, "y1", 0, "x2", 0, "y2", 10, "stroke", "#d99a2b", "stroke-width", 3,
                "stroke-opacity", "0.45");
        w.end();
        w.end();
    }

    private static void sideLine(XmlWriter w, Side side, double x1, double y1, double x2, double y2) {
        w.empty("line", "class", "side", "data-side", side.code(), "x1", x1, "y1", y1, "x2", x2, "y2", y2,
                "stroke", colour(side), "stroke-width", 8, "stroke-linecap", "round");
    }

    private static void sideLabels(XmlWriter w, Language lang) {
        double angle = Math.toDegrees(Math.atan2(BASE - TOP, HALF_BASE));
        double len = Math.hypot(HALF_BASE, BASE - TOP);
        double nx = (BASE - TOP) / len * 24;
        double ny = HALF_BASE / len * 24;
        double midY = (TOP + BASE) / 2;
        sideLabel(w, Side.BARNETS_UDVIKLING, lang, APEX_X - HALF_BASE / 2 + nx, midY + ny, -angle);
        sideLabel(w, Side.FORAELDREKOMPETENCER, lang, APEX_X + HALF_BASE / 2 - nx, midY + ny, angle);
        sideLabel(w, Side.FAMILIE_OG_NETVAERK, lang, APEX_X, BASE - 26, 0);
    }

    private static void sideLabel(XmlWriter w, Side side, Language lang, double x, double y, double rotate) {
        w.element("text", side.label().in(lang), "class", "side-label", "x", x, "y", y, "dy", "0.35em",
                "text-anchor", "middle", "font-weight", "bold", "fill", colour(side),
                "transform", "rotate(" + XmlWriter.num(rotate) + " " + XmlWriter.num(x) + " " + XmlWriter.num(y) + ")");
    }

    private static void centre(XmlWriter w, Language lang) {
        double cx = APEX_X;
        double cy = (TOP + 2 * BASE) / 3;
        w.empty("circle", "cx", cx, "cy", cy, "r", 64, "fill", "#ffffff", "stroke", "#4a5561", "stroke-width", 2.5);
        List<String> lines = SvgKit.wrap(Triangle.centre().in(lang), 12, 2);
        SvgKit.lines(w, lines, cx, cy - (lines.size() - 1) * 11.5 + 7, 23, "class", "centre-label",
                "text-anchor", "middle", "font-size", 20, "font-weight", "bold", "fill", "#1d2733");
    }

    private static void card(XmlWriter w, Dimension d, DimensionNotes notes, Language lang, double x, double y,
            double ax, double ay, double sx, double sy) {
        String colour = colour(d.side());
        w.empty("line", "x1", ax, "y1", ay, "x2", sx, "y2", sy, "stroke", "#9aa6b2", "stroke-width", 2,
                "stroke-dasharray", "4 4");
        w.empty("circle", "cx", sx, "cy", sy, "r", 7, "fill", colour, "stroke", "#ffffff", "stroke-width", 2);
        w.start("g", "class", "dimension", "data-dimension", d.code(), "data-focus", notes.inFocus());
        w.element("title", d.number() + " " + d.label().in(lang));
        boolean focus = notes.inFocus();
        w.empty("rect", "x", x, "y", y, "width", BOX_W, "height", BOX_H, "rx", 10,
                "fill", focus ? "#fff1cc" : "#ffffff", "stroke", focus ? FOCUS_STROKE : NEUTRAL_STROKE,
                "stroke-width", focus ? 4 : 1.5);
        if (focus) {
            w.empty("rect", "class", "focus-hatch", "x", x, "y", y, "width", BOX_W, "height", BOX_H, "rx", 10,
                    "fill", "url(#ics-focus-hatch)");
        }
        w.empty("circle", "cx", x + 24, "cy", y + 24, "r", 16, "fill", colour);
        w.element("text", Integer.toString(d.number()), "x", x + 24, "y", y + 24, "dy", "0.35em",
                "text-anchor", "middle", "font-weight", "bold", "fill", "#ffffff");
        SvgKit.lines(w, SvgKit.wrap(d.label().in(lang), 23, 2), x + 48, y + 30, 22, "class", "dimension-label",
                "fill", "#1d2733");
        double bx = badge(w, x + 48, y + 62, "+" + notes.resources().size(), "count-resources", true,
                ReportTexts.get(lang, "triangle.resources.count", notes.resources().size()));
        badge(w, bx + 8, y + 62, "\u2212" + notes.challenges().size(), "count-challenges", false,
                ReportTexts.get(lang, "triangle.challenges.count", notes.challenges().size()));
        if (focus) {
            String marker = ReportTexts.get(lang, "triangle.focus");
            w.element("text", marker, "class", "focus-marker", "x", x + BOX_W - 12, "y", y + 80,
                    "text-anchor", "end", "font-weight", "bold", "fill", FOCUS_STROKE);
            double starX = x + BOX_W - 24 - SvgKit.textWidth(marker, 18);
            w.empty("polygon", "points", SvgKit.star(starX, y + 74, 11), "fill", FOCUS_STROKE);
        }
        w.end();
    }

    /** Draws a count badge (rounded for resources, square for challenges) and returns its right edge. */
    static double badge(XmlWriter w, double x, double y, String text, String cssClass, boolean resource,
            String title) {
        double width = 20 + SvgKit.textWidth(text, 18);
        w.start("g", "class", "badge");
        w.element("title", title);
        w.empty("rect", "x", x, "y", y, "width", width, "height", 26, "rx", resource ? 13 : 2,
                "fill", resource ? "#e2f3e6" : "#fbe5e3", "stroke", resource ? "#2e7d32" : "#b3261e",
                "stroke-width", 1.5);
        w.element("text", text, "class", cssClass, "x", x + width / 2, "y", y + 19, "text-anchor", "middle",
                "font-weight", "bold", "fill", resource ? "#1b5e20" : "#8c1d18");
        w.end();
        return x + width;
    }

    private static void legend(XmlWriter w, Language lang, double y) {
        w.start("g", "class", "legend");
        w.empty("rect", "x", 30, "y", y, "width", 44, "height", 28, "rx", 6, "fill", "#fff1cc",
                "stroke", FOCUS_STROKE, "stroke-width", 4);
        w.empty("rect", "x", 30, "y", y, "width", 44, "height", 28, "rx", 6, "fill", "url(#ics-focus-hatch)");
        w.empty("polygon", "points", SvgKit.star(52, y + 14, 10), "fill", FOCUS_STROKE);
        String focus = ReportTexts.get(lang, "triangle.legend.focus");
        w.element("text", focus, "x", 84, "y", y + 20);
        double x = 84 + SvgKit.textWidth(focus, 18) + 30;
        for (boolean resource : new boolean[] {true, false}) {
            String words = ReportTexts.get(lang, resource ? "triangle.resources" : "triangle.challenges");
            x = badge(w, x, y + 1, (resource ? "+" : "\u2212") + "n",
                    resource ? "legend-resources" : "legend-challenges", resource, words);
            w.element("text", words, "x", x + 10, "y", y + 20);
            x += 10 + SvgKit.textWidth(words, 18) + 30;
        }
        w.end();
    }

    private static String pts(double... xy) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            b.append(i == 0 ? "" : " ").append(XmlWriter.num(xy[i])).append(',').append(XmlWriter.num(xy[i + 1]));
        }
        return b.toString();
    }
}
