package dk.ics.examples.report.internal;

import dk.ics.model.Language;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A case's deadlines on a time axis: one row per deadline (its name on the left), a mark at its due time whose
 * colour, shape and written status say where it stands ({@link DeadlineMarks}), a thin line to the event that met it
 * when that was another day, and the reference date as a dashed vertical line. Deadlines without a due time are
 * listed at the start of the axis with their status.
 *
 * <p>Each row is a {@code <g class="deadline" data-rule="CODE" data-status="STATUS">} holding one
 * {@code <g class="mark" data-shape=".." data-colour="..">}.
 */
public final class TimelineSvg {

    /** The view box's width. */
    public static final int WIDTH = 1000;

    private static final double AXIS_LEFT = 470;
    private static final double AXIS_RIGHT = 975;
    private static final double TOP = 58;
    private static final int LABEL_CHARS = 38;

    private TimelineSvg() {
    }

    /** The deadlines in the order drawn: by due time, those without one last, then by rule. */
    public static List<Deadline> ordered(List<Deadline> deadlines) {
        List<Deadline> sorted = new ArrayList<>(deadlines);
        sorted.sort(Comparator.comparing((Deadline d) -> d.due() == null ? Instant.MAX : d.due().toInstant())
                .thenComparing(d -> d.rule().ordinal()));
        return sorted;
    }

    /** The timeline as SVG markup. */
    public static String render(List<Deadline> deadlines, ZonedDateTime reference, Language lang, boolean standalone) {
        XmlWriter w = new XmlWriter();
        write(w, deadlines, reference, lang, standalone);
        return w.finish();
    }

    /** Writes the timeline into a document being written. */
    public static void write(XmlWriter w, List<Deadline> deadlines, ZonedDateTime reference, Language lang,
            boolean standalone) {
        List<Deadline> rows = ordered(deadlines);
        List<List<String>> labels = rows.stream().map(d -> SvgKit.wrap(d.label(lang), LABEL_CHARS, 3)).toList();
        double rowsHeight = 0;
        for (List<String> l : labels) {
            rowsHeight += rowHeight(l);
        }
        double axisY = TOP + Math.max(rowsHeight, 40) + 8;
        int height = (int) Math.ceil(axisY + 150);
        Scale scale = Scale.of(rows, reference);
        SvgKit.open(w, "chart timeline", WIDTH, height, standalone, ReportTexts.get(lang, "timeline.title"));
        grid(w, scale, axisY, reference.getZone());
        double y = TOP;
        for (int i = 0; i < rows.size(); i++) {
            row(w, rows.get(i), labels.get(i), y, rowHeight(labels.get(i)), scale, lang);
            y += rowHeight(labels.get(i));
        }
        if (rows.isEmpty()) {
            w.element("text", ReportTexts.get(lang, "timeline.none"), "x", 10, "y", TOP + 26, "fill", "#4a5561");
        }
        double rx = scale.x(reference.toInstant());
        w.empty("line", "class", "reference", "x1", rx, "y1", 36, "x2", rx, "y2", axisY, "stroke", "#1d2733",
                "stroke-width", 2.5, "stroke-dasharray", "8 5");
        String refText = ReportTexts.get(lang, "timeline.reference", reference.toLocalDate());
        boolean leftOfLine = rx > AXIS_RIGHT - SvgKit.textWidth(refText, 18) / 2;
        w.element("text", refText, "class", "reference-label", "x", rx, "y", 26, "font-weight", "bold",
                "text-anchor", leftOfLine ? "end" : (rx < AXIS_LEFT + 150 ? "start" : "middle"), "fill", "#1d2733");
        legend(w, lang, axisY + 62);
        w.end();
    }

    private static double rowHeight(List<String> lines) {
        return Math.max(62, lines.size() * 21 + 18);
    }

    private static void row(XmlWriter w, Deadline d, List<String> lines, double y, double h, Scale scale,
            Language lang) {
        DeadlineMarks mark = DeadlineMarks.of(d.status());
        w.start("g", "class", "deadline", "data-rule", d.code(), "data-status", d.status().name());
        w.empty("line", "x1", 10, "y1", y + h, "x2", AXIS_RIGHT, "y2", y + h, "stroke", "#e3e7ec", "stroke-width", 1);
        SvgKit.lines(w, lines, 10, y + 22, 21, "fill", "#1d2733");
        double cy = y + h - 22;
        double x = d.due() == null ? AXIS_LEFT + 14 : scale.x(d.due().toInstant());
        d.metByEvent().ifPresent(e -> {
            double mx = scale.x(e.instant());
            if (Math.abs(mx - x) > 3) {
                w.empty("line", "class", "met-at", "x1", x, "y1", cy, "x2", mx, "y2", cy, "stroke", mark.colour(),
                        "stroke-width", 3);
                w.empty("line", "x1", mx, "y1", cy - 9, "x2", mx, "y2", cy + 9, "stroke", mark.colour(),
                        "stroke-width", 3);
            }
        });
        mark.draw(w, x, cy, 11);
        String text = d.status().label().in(lang) + (d.due() == null ? "" : " \u00b7 " + d.formattedDue());
        boolean right = x - 12 + SvgKit.textWidth(text, 18) < AXIS_RIGHT + 20;
        w.element("text", text, "class", "status-label", "x", right ? x - 12 : x + 12, "y", cy - 18,
                "text-anchor", right ? "start" : "end", "fill", mark.colour(), "font-weight", "bold",
                "stroke", "#ffffff", "stroke-width", 5, "paint-order", "stroke");
        w.end();
    }

    private static void grid(XmlWriter w, Scale scale, double axisY, ZoneId zone) {
        w.start("g", "class", "axis");
        w.empty("line", "x1", AXIS_LEFT, "y1", axisY, "x2", AXIS_RIGHT, "y2", axisY, "stroke", "#4a5561",
                "stroke-width", 2);
        LocalDate from = LocalDate.ofInstant(scale.from, zone).withDayOfMonth(1);
        LocalDate to = LocalDate.ofInstant(scale.to, zone);
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        int step = 1;
        for (int s : new int[] {1, 2, 3, 6, 12, 24, 60}) {
            step = s;
            if (months / s <= 6) {
                break;
            }
        }
        LocalDate tick = from;
        while ((tick.getMonthValue() - 1) % Math.min(step, 12) != 0
                || (step > 12 && tick.getYear() % (step / 12) != 0)) {
            tick = tick.plusMonths(1);
        }
        for (; !tick.isAfter(to); tick = tick.plusMonths(step)) {
            double x = scale.x(tick.atStartOfDay(zone).toInstant());
            if (x < AXIS_LEFT || x > AXIS_RIGHT) {
                continue;
            }
            w.empty("line", "x1", x, "y1", TOP - 6, "x2", x, "y2", axisY + 8, "stroke", "#d5dbe2", "stroke-width", 1);
            w.element("text", step >= 12 ? Integer.toString(tick.getYear()) : tick.toString().substring(0, 7),
                    "x", x, "y", axisY + 32, "text-anchor", "middle", "fill", "#4a5561");
        }
        w.end();
    }

    private static void legend(XmlWriter w, Language lang, double y) {
        w.start("g", "class", "legend");
        DeadlineMarks[] marks = DeadlineMarks.values();
        for (int i = 0; i < marks.length; i++) {
            double x = 20 + (i % 3) * 330;
            double ly = y + (i / 3) * 40;
            marks[i].draw(w, x + 12, ly, 11);
            w.element("text", marks[i].status().label().in(lang), "x", x + 34, "y", ly + 6, "fill", "#1d2733");
        }
        w.end();
    }

    /** The time axis: instants mapped linearly onto the axis, padded so no mark sits on the edge. */
    private record Scale(Instant from, Instant to) {

        static Scale of(List<Deadline> rows, ZonedDateTime reference) {
            Instant min = reference.toInstant();
            Instant max = min;
            for (Deadline d : rows) {
                if (d.due() != null) {
                    min = earlier(min, d.due().toInstant());
                    max = later(max, d.due().toInstant());
                }
                if (d.metBy() != null) {
                    min = earlier(min, d.metBy().instant());
                    max = later(max, d.metBy().instant());
                }
            }
            long span = Math.max(max.getEpochSecond() - min.getEpochSecond(), 14L * 86_400);
            long pad = span / 20;
            return new Scale(min.minusSeconds(pad), max.plusSeconds(pad));
        }

        double x(Instant t) {
            double f = (double) (t.getEpochSecond() - from.getEpochSecond())
                    / (to.getEpochSecond() - from.getEpochSecond());
            return AXIS_LEFT + f * (AXIS_RIGHT - AXIS_LEFT);
        }

        private static Instant earlier(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        private static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }

    /** Counts deadlines per status, for a summary line. */
    public static long count(List<Deadline> deadlines, DeadlineStatus status) {
        return deadlines.stream().filter(d -> d.status() == status).count();
    }
}
