package dk.ics.barometer.internal;

import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.CheckResult;
import dk.ics.barometer.ChecklistResult;
import dk.ics.barometer.GroupScore;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.ScoreTrend;
import dk.ics.barometer.StepUsage;
import dk.ics.barometer.Trend;
import dk.ics.barometer.UsageScore;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/** Plain-text renderings of the barometer's results, for a terminal or a log of what was computed. */
public final class TextReport {

    private static final int TITLE = 52;

    private TextReport() {
    }

    private static String t(Language l, String da, String en) {
        return l == Language.DA ? da : en;
    }

    /** A scored round: one line per aim point with the total score, status, answers and each role's score. */
    public static String render(RoundScore s, Language l) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.municipality()).append(", ").append(s.date()).append(" (").append(s.catalogueId()).append(' ')
                .append(s.catalogueVersion()).append(")\n");
        sb.append(pad(t(l, "Sigtepunkt", "Aim point"), TITLE)).append(left(t(l, "Score", "Score"), 6))
                .append("  ").append(pad("Status", 22)).append(left(t(l, "Svar", "Answers"), 7));
        for (GroupScore g : s.byRole()) {
            sb.append("  ").append(g.role().label().in(l));
        }
        sb.append('\n');
        for (int i = 0; i < s.total().aimPoints().size(); i++) {
            AimPointScore a = s.total().aimPoints().get(i);
            sb.append(pad(a.aimPointId() + " " + a.title().in(l), TITLE)).append(left(num(a.score()), 6))
                    .append("  ").append(pad(a.status().label().in(l), 22)).append(left(num(a.answers()), 7));
            for (GroupScore g : s.byRole()) {
                sb.append("  ").append(left(num(g.aimPoints().get(i).score()), g.role().label().in(l).length()));
            }
            sb.append('\n');
        }
        sb.append(pad(t(l, "Samlet", "Overall"), TITLE)).append(left(num(s.overall()), 6)).append("  ")
                .append(pad(s.total().overallStatus().label().in(l), 22)).append(left(num(s.total().answers()), 7));
        for (GroupScore g : s.byRole()) {
            sb.append("  ").append(left(num(g.overall()), g.role().label().in(l).length()));
        }
        sb.append('\n');
        FindingReport report = s.report();
        if (!report.isEmpty()) {
            sb.append('\n').append(report.render(l));
        }
        return sb.toString();
    }

    /** A trend: one line per aim point with each round's score, the change and the direction. */
    public static String render(Trend trend, Language l) {
        StringBuilder sb = new StringBuilder(trend.municipality()).append('\n');
        sb.append(pad(t(l, "Sigtepunkt", "Aim point"), 11));
        for (LocalDate d : trend.dates()) {
            sb.append(left(d.toString(), 12));
        }
        sb.append(left(t(l, "Ændring", "Change"), 9)).append("  ").append(t(l, "Retning", "Direction")).append('\n');
        for (ScoreTrend st : trend.aimPoints()) {
            line(sb, st.id(), st, l);
        }
        line(sb, t(l, "Samlet", "Overall"), trend.overall(), l);
        trend.mostMoved().ifPresent(m -> sb.append('\n').append(t(l, "Udsagnet der flyttede sig mest: ",
                "The statement that moved most: ")).append(m.statementId()).append(String.format(
                java.util.Locale.ROOT, " (%+.2f)", m.change())).append('\n'));
        sb.append(t(l, "Margen for stabil: ± ", "Margin for stable: ± ")).append(trend.margin())
                .append(t(l, " point", " points")).append('\n');
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, ScoreTrend st, Language l) {
        sb.append(pad(label, 11));
        for (Integer v : st.scores()) {
            sb.append(left(num(v), 12));
        }
        String change = st.change() == null ? "–" : (st.change() > 0 ? "+" : "") + st.change();
        sb.append(left(change, 9)).append("  ").append(st.direction().label().in(l)).append('\n');
    }

    /** The checklist: one line per expectation with its outcome and reason. */
    public static String render(ChecklistResult r, Language l) {
        StringBuilder sb = new StringBuilder(r.municipality());
        if (r.asOf() != null) {
            sb.append(", ").append(r.asOf());
        }
        sb.append('\n');
        for (CheckResult c : r.results()) {
            sb.append(pad(c.outcome().label().in(l), 14)).append(c.expectation().label().in(l)).append(": ")
                    .append(c.reason().in(l)).append('\n');
        }
        return sb.toString();
    }

    /** The use of ICS in casework: one line per case step. */
    public static String render(UsageScore u, Language l) {
        StringBuilder sb = new StringBuilder(u.municipality()).append(", ").append(u.from()).append(" – ")
                .append(u.to()).append('\n');
        for (StepUsage s : u.steps()) {
            sb.append(pad(s.step().label().in(l), 34)).append(left(num(s.score()), 5)).append("  ")
                    .append(pad(s.status().label().in(l), 22)).append(s.onIcsTemplate()).append('/')
                    .append(s.documents()).append(t(l, " på ICS-skabelon, ", " on ICS templates, "))
                    .append(s.passedChecks()).append(t(l, " uden fejl", " without errors")).append('\n');
        }
        sb.append(pad(t(l, "Samlet", "Overall"), 34)).append(left(num(u.overall()), 5)).append("  ")
                .append(u.overallStatus().label().in(l)).append('\n');
        return sb.toString();
    }

    /** Next steps as text. */
    public static String renderSteps(List<dk.ics.barometer.NextStep> steps, Language l) {
        StringBuilder sb = new StringBuilder();
        for (dk.ics.barometer.NextStep n : steps) {
            sb.append(n.aimPointId()).append(' ').append(n.title().in(l)).append(" (")
                    .append(n.score() == null ? n.status().label().in(l) : n.score() + ", "
                            + n.status().label().in(l)).append(")\n");
            for (LocalizedText a : n.advice()) {
                sb.append("  - ").append(a.in(l)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String num(Integer v) {
        return v == null ? "–" : v.toString();
    }

    private static String pad(String s, int width) {
        String cut = s.length() > width - 1 ? s.substring(0, width - 2) + "…" : s;
        return cut + " ".repeat(Math.max(1, width - cut.length()));
    }

    private static String left(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
