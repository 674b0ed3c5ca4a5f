package dk.ics.examples.report.internal;

import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Status;
import dk.ics.barometer.StatusThresholds;
import dk.ics.model.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The radar (spider) chart of a barometer's aim points: one axis per aim point clockwise from the top, the status
 * bands as shaded rings with gridlines at 0, the yellow and green thresholds and 100, and one polygon per round with
 * its own colour, dash pattern and point marker, named in a legend. An aim point a round could not score is left out
 * of that round's polygon (its neighbours are joined) and has no marker.
 *
 * <p>Geometry, for checking: aim point {@code i} of {@code n} lies at angle {@code -90° + i·360°/n}; a score
 * {@code s} lies at {@code (CX + R·s/100·cos a, CY + R·s/100·sin a)}. Each polygon is
 * {@code <polygon class="round" data-round="DATE">}.
 */
public final class RadarSvg {

    /** The view box's width. */
    public static final int WIDTH = 1000;
    /** The centre's x. */
    public static final double CX = 500;
    /** The centre's y. */
    public static final double CY = 322;
    /** The radius of a score of 100. */
    public static final double R = 250;

    /** Colours of the rounds' polygons, oldest first. */
    static final String[] COLOURS = {"#1f5fa8", "#c2410c", "#15803d", "#7b3f98", "#334155"};
    /** Dash patterns of the rounds' polygons ({@code null}: solid). */
    static final String[] DASHES = {null, "12 7", "3 6", "16 5 4 5", "8 3"};
    /** Marker shapes of the rounds' points. */
    static final String[] MARKERS = {"circle", "square", "triangle", "diamond", "star"};

    private RadarSvg() {
    }

    /** The point of a score on axis {@code i} of {@code n}. */
    public static double[] point(int i, int n, double score) {
        double a = Math.toRadians(-90 + i * 360.0 / n);
        return new double[] {CX + R * score / 100 * Math.cos(a), CY + R * score / 100 * Math.sin(a)};
    }

    /** The radar as SVG markup; rounds oldest first. */
    public static String render(List<RoundScore> rounds, StatusThresholds bands, Language lang, boolean standalone) {
        XmlWriter w = new XmlWriter();
        write(w, rounds, bands, lang, standalone);
        return w.finish();
    }

    /** Writes the radar into a document being written. */
    public static void write(XmlWriter w, List<RoundScore> rounds, StatusThresholds bands, Language lang,
            boolean standalone) {
        List<AimPointScore> axes = rounds.get(rounds.size() - 1).total().aimPoints();
        int n = axes.size();
        int height = (int) (CY + R + 90 + 40 * rounds.size());
        SvgKit.open(w, "chart radar", WIDTH, height, standalone, ReportTexts.get(lang, "radar.title"));
        ring(w, n, 100, StatusMarks.band(Status.GREEN));
        ring(w, n, bands.green(), StatusMarks.band(Status.YELLOW));
        ring(w, n, bands.yellow(), StatusMarks.band(Status.RED));
        for (int level : new int[] {bands.yellow(), bands.green(), 100}) {
            w.empty("polygon", "class", "gridline", "data-level", level, "points", ring(n, level), "fill", "none",
                    "stroke", "#8896a5", "stroke-width", 1.5);
        }
        for (int i = 0; i < n; i++) {
            double[] end = point(i, n, 100);
            w.empty("line", "x1", CX, "y1", CY, "x2", end[0], "y2", end[1], "stroke", "#aab4bf", "stroke-width", 1);
            axisLabel(w, i, n, axes.get(i), lang);
        }
        // The gridline numbers sit half-way between the first two axes, where no round's point can lie.
        double mid = Math.toRadians(-90 + 180.0 / n);
        double edge = Math.cos(Math.PI / n);
        for (int level : new int[] {0, bands.yellow(), bands.green(), 100}) {
            double r = R * level / 100.0 * edge;
            w.element("text", Integer.toString(level), "class", "grid-label", "x", CX + r * Math.cos(mid) + 4,
                    "y", CY + r * Math.sin(mid) + 6, "fill", "#4a5561", "font-weight", "bold",
                    "stroke", "#ffffff", "stroke-width", 4, "paint-order", "stroke");
        }
        for (int r = 0; r < rounds.size(); r++) {
            polygon(w, rounds.get(r), r, n);
        }
        legend(w, rounds, lang, CY + R + 80);
        w.end();
    }

    private static void ring(XmlWriter w, int n, int level, String fill) {
        w.empty("polygon", "points", ring(n, level), "fill", fill);
    }

    private static String ring(int n, int level) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, level);
            b.append(i == 0 ? "" : " ").append(XmlWriter.num(p[0])).append(',').append(XmlWriter.num(p[1]));
        }
        return b.toString();
    }

    private static void axisLabel(XmlWriter w, int i, int n, AimPointScore aim, Language lang) {
        double a = Math.toRadians(-90 + i * 360.0 / n);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double x = CX + (R + 26) * cos;
        double y = CY + (R + 26) * sin;
        List<String> lines = SvgKit.wrap((i + 1) + ". " + aim.title().in(lang), 22, 3);
        String anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
        double top = sin < -0.5 ? y - (lines.size() - 1) * 21 : sin > 0.5 ? y + 14 : y - (lines.size() - 1) * 10.5 + 6;
        SvgKit.lines(w, lines, x, top, 21, "class", "axis-label", "data-aim-point", aim.aimPointId(),
                "text-anchor", anchor, "fill", "#1d2733");
    }

    private static void polygon(XmlWriter w, RoundScore round, int r, int n) {
        String colour = COLOURS[r % COLOURS.length];
        List<double[]> pts = new ArrayList<>();
        List<AimPointScore> aims = round.total().aimPoints();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n && i < aims.size(); i++) {
            if (aims.get(i).score() != null) {
                double[] p = point(i, n, aims.get(i).score());
                pts.add(p);
                b.append(b.length() == 0 ? "" : " ").append(XmlWriter.num(p[0])).append(',')
                        .append(XmlWriter.num(p[1]));
            }
        }
        w.start("g", "class", "round-group", "data-round", round.date());
        w.empty("polygon", "class", "round", "data-round", round.date(), "points", b.toString(), "fill", colour,
                "fill-opacity", "0.07", "stroke", colour, "stroke-width", 3.5, "stroke-linejoin", "round",
                "stroke-dasharray", DASHES[r % DASHES.length]);
        for (double[] p : pts) {
            marker(w, r, p[0], p[1], 7);
        }
        w.end();
    }

    /** Draws round {@code r}'s marker shape centred at (x, y). */
    static void marker(XmlWriter w, int r, double x, double y, double size) {
        String colour = COLOURS[r % COLOURS.length];
        switch (MARKERS[r % MARKERS.length]) {
            case "circle" -> w.empty("circle", "class", "marker", "cx", x, "cy", y, "r", size, "fill", colour,
                    "stroke", "#ffffff", "stroke-width", 1.5);
            case "square" -> w.empty("rect", "class", "marker", "x", x - size, "y", y - size, "width", 2 * size,
                    "height", 2 * size, "fill", colour, "stroke", "#ffffff", "stroke-width", 1.5);
            case "triangle" -> w.empty("polygon", "class", "marker", "points", SvgKit.regular(3, x, y + 1, size * 1.4),
                    "fill", colour, "stroke", "#ffffff", "stroke-width", 1.5);
            case "diamond" -> w.empty("polygon", "class", "marker", "points", SvgKit.regular(4, x, y, size * 1.35),
                    "fill", colour, "stroke", "#ffffff", "stroke-width", 1.5);
            default -> w.empty("polygon", "class", "marker", "points", SvgKit.star(x, y, size * 1.5), "fill", colour);
        }
    }

    private static void legend(XmlWriter w, List<RoundScore> rounds, Language lang, double y) {
        w.start("g", "class", "legend");
        for (int r = 0; r < rounds.size(); r++) {
            RoundScore round = rounds.get(r);
            double ly = y + r * 40;
            String colour = COLOURS[r % COLOURS.length];
            w.empty("line", "x1", 250, "y1", ly, "x2", 330, "y2", ly, "stroke", colour, "stroke-width", 3.5,
                    "stroke-dasharray", DASHES[r % DASHES.length]);
            marker(w, r, 290, ly, 7);
            String overall = round.overall() == null ? Status.INSUFFICIENT_ANSWERS.label().in(lang)
                    : round.overall() + " \u00b7 " + round.total().overallStatus().label().in(lang);
            w.element("text", ReportTexts.get(lang, "radar.legend", round.date(), overall), "x", 346, "y", ly + 6,
                    "fill", "#1d2733");
        }
        w.end();
    }
}
