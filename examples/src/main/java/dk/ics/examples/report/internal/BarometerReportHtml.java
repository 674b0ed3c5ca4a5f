package dk.ics.examples.report.internal;

import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.CheckResult;
import dk.ics.barometer.ChecklistResult;
import dk.ics.barometer.Expectation;
import dk.ics.barometer.GroupScore;
import dk.ics.barometer.NextStep;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.ScoreTrend;
import dk.ics.barometer.Status;
import dk.ics.barometer.StatusThresholds;
import dk.ics.barometer.StepUsage;
import dk.ics.barometer.Trend;
import dk.ics.barometer.UsageScore;
import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the barometer report's HTML: the rounds' overall scores, the radar chart, the aim points table with change
 * and direction, the bars and table per role, the expectations checklist, the use of ICS in casework, the suggested
 * next steps and the scoring's own notes.
 *
 * @param rounds    the scored rounds, oldest first (at least one)
 * @param trend     the comparison of the rounds, or {@code null}
 * @param bands     the status bands
 * @param checklist the checklist, or {@code null}
 * @param usage     the use of ICS in casework, or {@code null}
 * @param nextSteps the suggested next steps, or {@code null}
 * @param lang      the language
 * @param title     the title
 * @param madeOn    the day the report is made
 */
public record BarometerReportHtml(List<RoundScore> rounds, Trend trend, StatusThresholds bands,
        ChecklistResult checklist, UsageScore usage, List<NextStep> nextSteps, Language lang, String title,
        LocalDate madeOn) {

    /** The page. */
    public String render() {
        RoundScore latest = rounds.get(rounds.size() - 1);
        XmlWriter w = HtmlPage.open(lang, title + " \u00b7 " + latest.municipality());
        head(w, latest);
        w.start("section", "class", "radar", "id", "radar");
        w.element("h2", t("radar.heading"));
        w.start("figure");
        RadarSvg.write(w, rounds, bands, lang, false);
        w.element("figcaption", t("radar.note", bands.yellow(), bands.green()));
        w.end();
        aimPoints(w);
        w.end();
        roles(w, latest);
        if (checklist != null) {
            checklist(w);
        }
        if (usage != null) {
            usage(w);
        }
        if (nextSteps != null) {
            nextSteps(w);
        }
        if (!latest.findings().isEmpty()) {
            w.start("section", "class", "score-findings", "id", "score-findings");
            w.element("h2", t("scoreFindings.heading"));
            w.start("ul");
            for (Finding f : latest.findings()) {
                w.start("li").element("code", f.code()).text(" " + f.message(lang)).end();
            }
            w.end();
            w.end();
        }
        w.element("footer", t("barometer.footer", madeOn, bands.yellow(), bands.green()));
        return HtmlPage.close(w);
    }

    private String t(String key, Object... args) {
        return ReportTexts.get(lang, key, args);
    }

    private void head(XmlWriter w, RoundScore latest) {
        w.start("header", "class", "report-head");
        w.element("h1", title);
        w.element("p", t("barometer.subtitle"), "class", "subtitle");
        w.start("dl", "class", "facts");
        w.element("dt", t("barometer.municipality"));
        w.element("dd", latest.municipality());
        w.element("dt", t("barometer.catalogue"));
        w.element("dd", latest.catalogueId() + " " + latest.catalogueVersion());
        w.end();
        w.end();
        w.start("div", "class", "summary");
        for (RoundScore r : rounds) {
            w.start("div", "class", "tile", "data-round", r.date());
            w.start("span", "class", "number");
            StatusMarks.icon(w, r.total().overallStatus());
            w.text(r.overall() == null ? "\u2013" : Integer.toString(r.overall()));
            w.end();
            w.text(r.date() + " \u00b7 " + r.total().overallStatus().label().in(lang));
            w.end();
        }
        w.end();
    }

    private void aimPoints(XmlWriter w) {
        w.element("h3", t("aims.heading"));
        w.start("table", "class", "aim-table");
        w.start("thead").start("tr");
        w.element("th", t("aims.aimPoint"));
        for (RoundScore r : rounds) {
            w.element("th", r.date().toString(), "class", "num");
        }
        if (rounds.size() > 1) {
            w.element("th", t("aims.change"), "class", "num");
        }
        if (trend != null) {
            w.element("th", t("aims.direction"));
        }
        w.element("th", t("aims.status"));
        w.element("th", t("aims.answers"), "class", "num");
        w.end().end();
        w.start("tbody");
        List<AimPointScore> latest = rounds.get(rounds.size() - 1).total().aimPoints();
        for (int i = 0; i < latest.size(); i++) {
            AimPointScore a = latest.get(i);
            w.start("tr", "data-aim-point", a.aimPointId());
            w.element("td", (i + 1) + ". " + a.title().in(lang));
            Integer first = null;
            for (int r = 0; r < rounds.size(); r++) {
                Integer s = rounds.get(r).aimPoint(a.aimPointId()).map(AimPointScore::score).orElse(null);
                first = r == 0 ? s : first;
                w.element("td", s == null ? "\u2013" : s.toString(), "class", "num");
            }
            if (rounds.size() > 1) {
                String change = first == null || a.score() == null ? "\u2013" : signed(a.score() - first);
                w.element("td", change, "class", "num");
            }
            if (trend != null) {
                w.element("td", trend.aimPoint(a.aimPointId()).map(ScoreTrend::direction)
                        .map(d -> d.label().in(lang)).orElse("\u2013"));
            }
            statusCell(w, a.status());
            w.element("td", Integer.toString(a.answers()), "class", "num");
            w.end();
        }
        w.end();
        w.end();
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "0";
    }

    private void statusCell(XmlWriter w, Status s) {
        w.start("td", "class", "nowrap", "data-status", s.name());
        StatusMarks.icon(w, s);
        w.text(s.label().in(lang));
        w.end();
    }

    private void roles(XmlWriter w, RoundScore latest) {
        w.start("section", "class", "roles page", "id", "roles");
        w.element("h2", t("bars.heading"));
        w.start("figure");
        RoleBarsSvg.write(w, latest, bands, lang, false);
        w.end();
        w.element("h3", t("bars.table", latest.date()));
        w.start("table", "class", "role-table");
        w.start("thead").start("tr");
        w.element("th", t("aims.aimPoint"));
        for (GroupScore g : latest.byRole()) {
            w.element("th", g.role().label().in(lang), "class", "num");
        }
        w.end().end();
        w.start("tbody");
        List<AimPointScore> aims = latest.total().aimPoints();
        for (int i = 0; i < aims.size(); i++) {
            w.start("tr");
            w.element("td", (i + 1) + ". " + aims.get(i).title().in(lang));
            for (GroupScore g : latest.byRole()) {
                AimPointScore s = g.aimPoint(aims.get(i).aimPointId()).orElse(null);
                w.start("td", "class", "num nowrap");
                if (s != null) {
                    StatusMarks.icon(w, s.status());
                    w.text(s.score() == null ? "\u2013" : s.score().toString());
                }
                w.end();
            }
            w.end();
        }
        w.end();
        w.end();
        w.end();
    }

    private void checklist(XmlWriter w) {
        w.start("section", "class", "checklist", "id", "checklist");
        w.element("h2", t("checklist.heading"));
        w.element("p", t("checklist.asOf", checklist.asOf(), Expectation.BASIS), "class", "note");
        w.start("table", "class", "checklist-table");
        w.start("thead").start("tr");
        w.element("th", t("checklist.outcome"));
        w.element("th", t("checklist.expectation"));
        w.element("th", t("checklist.reason"));
        w.end().end();
        w.start("tbody");
        for (CheckResult r : checklist.results()) {
            w.start("tr", "data-expectation", r.expectation().name(), "data-outcome", r.outcome().name());
            w.start("td", "class", "nowrap");
            StatusMarks.icon(w, r.outcome());
            w.text(r.outcome().label().in(lang));
            w.end();
            w.element("td", r.expectation().label().in(lang));
            w.element("td", r.reason().in(lang));
            w.end();
        }
        w.end();
        w.end();
        w.end();
    }

    private void usage(XmlWriter w) {
        w.start("section", "class", "usage", "id", "usage");
        w.element("h2", t("usage.heading"));
        w.element("p", t("usage.period", usage.from(), usage.to()), "class", "note");
        w.start("table", "class", "usage-table");
        w.start("thead").start("tr");
        for (String k : new String[] {"usage.step", "usage.documents", "usage.onTemplate", "usage.passed",
            "usage.score"}) {
            w.element("th", t(k), "class", k.equals("usage.step") ? null : "num");
        }
        w.element("th", t("usage.status"));
        w.end().end();
        w.start("tbody");
        for (StepUsage s : usage.steps()) {
            w.start("tr", "data-step", s.step().name());
            w.element("td", s.step().label().in(lang));
            w.element("td", Integer.toString(s.documents()), "class", "num");
            w.element("td", Integer.toString(s.onIcsTemplate()), "class", "num");
            w.element("td", Integer.toString(s.passedChecks()), "class", "num");
            w.element("td", s.score() == null ? "\u2013" : s.score().toString(), "class", "num");
            statusCell(w, s.status());
            w.end();
        }
        w.start("tr", "class", "total");
        w.start("th").text(t("usage.overall")).end();
        w.element("td", "", "colspan", "3");
        w.element("td", usage.overall() == null ? "\u2013" : usage.overall().toString(), "class", "num");
        statusCell(w, usage.overallStatus());
        w.end();
        w.end();
        w.end();
        w.end();
    }

    private void nextSteps(XmlWriter w) {
        w.start("section", "class", "next-steps", "id", "next-steps");
        w.element("h2", t("next.heading"));
        if (nextSteps.isEmpty()) {
            w.element("p", t("next.none"), "class", "note");
        } else {
            w.start("ol", "class", "next-steps");
            for (NextStep s : nextSteps) {
                w.start("li", "data-aim-point", s.aimPointId());
                w.start("strong");
                StatusMarks.icon(w, s.status());
                w.text(s.title().in(lang) + " (" + (s.score() == null ? s.status().label().in(lang)
                        : s.score() + " \u00b7 " + s.status().label().in(lang)) + ")");
                w.end();
                w.start("ul");
                for (LocalizedText advice : s.advice()) {
                    w.element("li", advice.in(lang));
                }
                w.end();
                w.end();
            }
            w.end();
        }
        w.end();
    }
}
