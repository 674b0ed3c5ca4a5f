package dk.ics.examples.report.internal;

import dk.ics.barometer.GroupScore;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Status;
import dk.ics.barometer.StatusThresholds;
import dk.ics.model.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars of a round's overall score per role (and for all respondents), on the status bands, each bar with its number,
 * the status's name and symbol written beside it. Each bar is {@code <rect class="bar" data-role="CODE|ALL"
 * data-score="n">}.
 */
public final class RoleBarsSvg {

    /** The view box's width. */
    public static final int WIDTH = 1000;
    /** Where a score of 0 lies. */
    public static final double LEFT = 290;
    /** The width of a score of 100. */
    public static final double SPAN = 480;

    private static final double TOP = 44;
    private static final double ROW = 46;

    private RoleBarsSvg() {
    }

    /** The bars as SVG markup. */
    public static String render(RoundScore round, StatusThresholds bands, Language lang, boolean standalone) {
        XmlWriter w = new XmlWriter();
        write(w, round, bands, lang, standalone);
        return w.finish();
    }

    /** Writes the bars into a document being written. */
    public static void write(XmlWriter w, RoundScore round, StatusThresholds bands, Language lang, boolean standalone) {
        List<GroupScore> groups = new ArrayList<>();
        groups.add(round.total());
        groups.addAll(round.byRole());
        int height = (int) (TOP + groups.size() * ROW + 16);
        SvgKit.open(w, "chart role-bars", WIDTH, height, standalone,
                ReportTexts.get(lang, "bars.title", round.date()));
        double bottom = TOP + groups.size() * ROW;
        band(w, 0, bands.yellow(), Status.RED, bottom);
        band(w, bands.yellow(), bands.green(), Status.YELLOW, bottom);
        band(w, bands.green(), 100, Status.GREEN, bottom);
        for (int level : new int[] {0, bands.yellow(), bands.green(), 100}) {
            double x = LEFT + SPAN * level / 100.0;
            w.empty("line", "x1", x, "y1", TOP - 8, "x2", x, "y2", bottom, "stroke", "#8896a5", "stroke-width", 1);
            w.element("text", Integer.toString(level), "x", x, "y", TOP - 14, "text-anchor", "middle",
                    "fill", "#4a5561");
        }
        for (int i = 0; i < groups.size(); i++) {
            bar(w, groups.get(i), TOP + i * ROW, lang);
        }
        w.end();
    }

    private static void band(XmlWriter w, int from, int to, Status status, double bottom) {
        w.empty("rect", "x", LEFT + SPAN * from / 100.0, "y", TOP - 8, "width", SPAN * (to - from) / 100.0,
                "height", bottom - TOP + 8, "fill", StatusMarks.band(status));
    }

    private static void bar(XmlWriter w, GroupScore g, double y, Language lang) {
        String role = g.role() == null ? "ALL" : g.role().name();
        String name = g.role() == null ? ReportTexts.get(lang, "bars.all") : g.role().label().in(lang);
        w.start("g", "class", "role-row", "data-role", role);
        w.element("text", name + " (n=" + g.respondents() + ")", "x", LEFT - 12, "y", y + 28, "text-anchor", "end",
                "fill", "#1d2733", "font-weight", g.role() == null ? "bold" : null);
        Status status = g.overallStatus();
        double end = LEFT;
        if (g.overall() != null) {
            double width = SPAN * g.overall() / 100.0;
            end = LEFT + width;
            w.empty("rect", "class", "bar", "data-role", role, "data-score", g.overall(), "x", LEFT, "y", y + 8,
                    "width", width, "height", 28, "rx", 3, "fill", StatusMarks.colour(status));
            if (width > 56) {
                w.element("text", Integer.toString(g.overall()), "class", "bar-value", "x", end - 8, "y", y + 29,
                        "text-anchor", "end", "fill", "#ffffff", "font-weight", "bold");
            }
        }
        StatusMarks.draw(w, status, end + 20, y + 22, 10);
        String text = (g.overall() != null && SPAN * g.overall() / 100.0 <= 56 ? g.overall() + " \u00b7 " : "")
                + status.label().in(lang);
        w.element("text", text, "class", "bar-status", "x", end + 38, "y", y + 28, "fill", "#1d2733");
        w.end();
    }
}
