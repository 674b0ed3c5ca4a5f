package dk.ics.examples.report.internal;

import dk.ics.examples.report.BoardContent;
import dk.ics.examples.report.DimensionNotes;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the case report's HTML: head facts, a summary, the triangle with the notes per dimension, the deadlines on
 * a timeline and in a table, and the findings by quality beacon ({@link FindingsHtml}).
 *
 * @param record    the case
 * @param deadlines the case's deadlines
 * @param reference the date-time the deadlines stand on
 * @param board     the triangle's content, or {@code null} when none was given
 * @param findings  the findings, or {@code null} when no check was given
 * @param lang      the language
 * @param title     the report's title
 */
public record CaseReportHtml(CaseRecord record, List<Deadline> deadlines, ZonedDateTime reference,
        BoardContent board, FindingReport findings, Language lang, String title) {

    /** The page. */
    public String render() {
        XmlWriter w = HtmlPage.open(lang, title + " \u00b7 " + record.id());
        head(w);
        summary(w);
        triangle(w);
        timeline(w);
        w.start("section", "class", "findings page", "id", "findings");
        w.element("h2", t("findings.heading"));
        FindingsHtml.write(w, findings, lang);
        w.end();
        w.element("footer", t("case.footer", reference.toLocalDate()));
        return HtmlPage.close(w);
    }

    private String t(String key, Object... args) {
        return ReportTexts.get(lang, key, args);
    }

    private void head(XmlWriter w) {
        w.start("header", "class", "report-head");
        w.element("h1", title);
        w.element("p", t("case.subtitle"), "class", "subtitle");
        w.start("dl", "class", "facts");
        fact(w, t("case.id"), record.id());
        fact(w, t("case.child"), record.child().id());
        fact(w, t("case.regime"), t("regime." + record.regime().name()));
        fact(w, t("case.asOf"), reference.toLocalDate().toString());
        if (record.opened() != null) {
            fact(w, t("case.opened"), record.opened().toString());
        }
        w.end();
        w.end();
    }

    private static void fact(XmlWriter w, String name, String value) {
        w.element("dt", name);
        w.element("dd", value);
    }

    private void summary(XmlWriter w) {
        w.start("div", "class", "summary");
        if (board != null) {
            long focus = Arrays.stream(Dimension.values()).filter(d -> board.notes(d).inFocus()).count();
            tile(w, focus, t("summary.focus"), null);
        }
        tile(w, TimelineSvg.count(deadlines, DeadlineStatus.OVERDUE), t("summary.overdue"), DeadlineStatus.OVERDUE);
        tile(w, TimelineSvg.count(deadlines, DeadlineStatus.OPEN), t("summary.open"), DeadlineStatus.OPEN);
        if (findings != null) {
            tile(w, findings.count(Severity.ERROR), t("summary.errors"), null);
            tile(w, findings.count(Severity.WARNING), t("summary.warnings"), null);
        }
        w.end();
    }

    private static void tile(XmlWriter w, long number, String text, DeadlineStatus status) {
        w.start("div", "class", "tile");
        w.start("span", "class", "number");
        if (status != null) {
            DeadlineMarks.of(status).icon(w);
        }
        w.text(Long.toString(number));
        w.end();
        w.text(text);
        w.end();
    }

    private void triangle(XmlWriter w) {
        w.start("section", "class", "triangle", "id", "triangle");
        w.element("h2", t("triangle.heading"));
        if (board == null) {
            w.element("p", t("triangle.noContent"), "class", "note");
            w.end();
            return;
        }
        w.start("figure");
        TriangleSvg.write(w, board, lang, false);
        w.element("figcaption", t("triangle.note"));
        w.end();
        w.start("div", "class", "dimensions");
        for (Side side : Side.values()) {
            for (Dimension d : side.dimensions()) {
                notes(w, d, board.notes(d));
            }
        }
        w.end();
        w.end();
    }

    private void notes(XmlWriter w, Dimension d, DimensionNotes n) {
        w.start("div", "class", n.inFocus() ? "dimension-notes in-focus" : "dimension-notes",
                "data-dimension", d.code(), "style", "--side: " + TriangleSvg.colour(d.side()));
        w.start("h3");
        w.text(d.number() + ". " + d.label().in(lang));
        if (n.inFocus()) {
            w.start("span", "class", "focus-tag");
            w.start("svg", "class", "icon", "viewBox", "0 0 24 24", "width", "18", "height", "18",
                    "aria-hidden", "true");
            w.empty("polygon", "points", SvgKit.star(12, 12.5, 11), "fill", "#8a4f00");
            w.end();
            w.text(t("triangle.focus"));
            w.end();
        }
        w.end();
        if (n.resources().isEmpty() && n.challenges().isEmpty()) {
            w.element("p", t("triangle.empty"), "class", "empty");
        }
        list(w, n.resources(), "resources", "+" + n.resources().size() + " " + t("triangle.resources"));
        list(w, n.challenges(), "challenges", "\u2212" + n.challenges().size() + " " + t("triangle.challenges"));
        w.end();
    }

    private static void list(XmlWriter w, List<String> items, String kind, String heading) {
        if (items.isEmpty()) {
            return;
        }
        w.element("div", heading, "class", "kind " + kind);
        w.start("ul", "class", kind);
        for (String item : items) {
            w.element("li", item);
        }
        w.end();
    }

    private void timeline(XmlWriter w) {
        w.start("section", "class", "deadlines page", "id", "deadlines");
        w.element("h2", t("timeline.heading"));
        w.start("figure");
        TimelineSvg.write(w, deadlines, reference, lang, false);
        w.end();
        if (!deadlines.isEmpty()) {
            w.start("table", "class", "deadline-table");
            w.start("thead").start("tr");
            for (String k : new String[] {"timeline.table.status", "timeline.table.deadline", "timeline.table.step",
                "timeline.table.due", "timeline.table.basis"}) {
                w.element("th", t(k));
            }
            w.end().end();
            w.start("tbody");
            for (Deadline d : TimelineSvg.ordered(deadlines)) {
                w.start("tr", "data-rule", d.code(), "data-status", d.status().name());
                w.start("td", "class", "nowrap");
                DeadlineMarks.of(d.status()).icon(w);
                w.text(d.status().label().in(lang));
                w.end();
                w.element("td", d.label(lang));
                w.element("td", d.step().label().in(lang));
                w.element("td", d.formattedDue(), "class", "nowrap");
                // The reference as read: its consolidation on hover, and its standing in words when not verified.
                w.element("td", d.reference().citationWithStanding(lang), "title", d.reference().consolidation());
                w.end();
            }
            w.end();
            w.end();
        }
        w.end();
    }
}
