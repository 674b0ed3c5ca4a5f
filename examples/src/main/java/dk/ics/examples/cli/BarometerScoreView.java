package dk.ics.examples.cli;

import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.GroupScore;
import dk.ics.barometer.NextStep;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.ScoreTrend;
import dk.ics.barometer.StatementChange;
import dk.ics.barometer.StepUsage;
import dk.ics.barometer.Trend;
import dk.ics.barometer.UsageScore;
import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scored barometer round as the command line shows it: per aim point the score, a small bar, the status and the
 * number of answers, with the trend over earlier rounds, the findings of the scoring, the suggested next steps and
 * the use of ICS in casework when given. Text in one language, or JSON with both.
 *
 * @param score     the scored round
 * @param trend     the round compared with earlier rounds, or {@code null} when none were given
 * @param usage     the use of ICS in casework, or {@code null} when no figures were given
 * @param nextSteps the suggested next steps for the weakest aim points; may be empty
 */
record BarometerScoreView(RoundScore score, Trend trend, UsageScore usage, List<NextStep> nextSteps) {

    /** The width of the text bar in characters; each stands for 10 points. */
    static final int BAR_WIDTH = 10;
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    /** Copies the next steps. */
    BarometerScoreView {
        nextSteps = List.copyOf(nextSteps);
    }

    /** The municipality, date and counts; the barometer holds no personal data, but the view stays terse. */
    @Override
    public String toString() {
        return "BarometerScoreView[" + score.municipality() + ", " + score.date() + ", trend=" + (trend != null)
                + ", usage=" + (usage != null) + ", nextSteps=" + nextSteps.size() + "]";
    }

    /** The bar for a score: {@code [######....]}, one {@code #} per 10 points (rounded), blank without a score. */
    static String bar(Integer score) {
        if (score == null) {
            return "";
        }
        int filled = Math.max(0, Math.min(BAR_WIDTH, (score + 5) / 10));
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    /** The view as text: the aim points table, then findings, next steps and use of ICS where present. */
    String text(Language language) {
        Texts t = Texts.of(language);
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("barometer.title", score.municipality(), score.date())).append(nl);
        int respondents = score.total().respondents();
        sb.append(t.get(respondents == 1 ? "barometer.respondents.one" : "barometer.respondents", respondents,
                roleCounts(language))).append(nl);
        if (trend != null) {
            String dates = trend.dates().stream().map(Object::toString).collect(Collectors.joining(", "));
            sb.append(t.get("barometer.trend.rounds", dates)).append(nl);
        }
        sb.append(nl).append(aimPointTable(language));
        if (trend != null) {
            trend.mostMoved().ifPresent(m -> sb.append(t.get("barometer.trend.mostMoved", m.statementId(),
                    signedMean(m.change(), language), statementText(m.statementId(), language))).append(nl));
            sb.append(t.get("barometer.trend.margin", trend.margin())).append(nl);
        }
        if (!score.findings().isEmpty()) {
            sb.append(nl).append(t.get("barometer.findings")).append(nl);
            for (Finding f : score.findings()) {
                sb.append("  ").append(f.code()).append("  ").append(f.message(language)).append(nl);
            }
        }
        if (!nextSteps.isEmpty()) {
            sb.append(nl).append(nextStepsText(language));
        }
        if (usage != null) {
            sb.append(nl).append(usageText(language));
        }
        return sb.toString();
    }

    /** The table of aim points: id and title, bar, score, status, answers, and the trend columns when compared. */
    String aimPointTable(Language language) {
        Texts t = Texts.of(language);
        boolean compared = trend != null;
        TextTable table = compared
                ? new TextTable(false, false, true, false, true, false, true, false)
                : new TextTable(false, false, true, false, true);
        table.row(t.get("barometer.col.aimPoint"), "", t.get("barometer.col.score"),
                t.get("barometer.col.status"), t.get("barometer.col.answers"), t.get("barometer.col.scores"),
                t.get("barometer.col.change"), t.get("barometer.col.direction"));
        for (AimPointScore a : score.total().aimPoints()) {
            Optional<ScoreTrend> st = compared ? trend.aimPoint(a.aimPointId()) : Optional.empty();
            table.row(cells(a.aimPointId() + " " + a.title().in(language), a.score(), a.status().label().in(language),
                    a.answers(), st.orElse(null), language));
        }
        GroupScore total = score.total();
        table.row(cells(t.get("barometer.overall"), total.overall(), total.overallStatus().label().in(language),
                total.answers(), compared ? trend.overall() : null, language));
        return table.render("  ");
    }

    private Object[] cells(String label, Integer value, String status, int answers, ScoreTrend st,
            Language language) {
        Object[] base = {label, bar(value), number(value), status, answers};
        if (trend == null) {
            return base;
        }
        Object[] all = Arrays.copyOf(base, 8);
        if (st != null) {
            all[5] = st.scores().stream().map(BarometerScoreView::number).collect(Collectors.joining(" → "));
            all[6] = st.change() == null ? "–" : signedPoints(st.change());
            all[7] = st.direction().label().in(language);
        }
        return all;
    }

    /** The number of respondents per role that answered, e.g. {@code Leder 2, Sagsbehandler 8}. */
    private String roleCounts(Language language) {
        StringJoiner j = new StringJoiner(", ");
        score.byRole().forEach(g -> j.add(g.role().label().in(language) + " " + g.respondents()));
        return j.toString();
    }

    /** The suggested next steps: each aim point with its score and status, then its advice. */
    String nextStepsText(Language language) {
        Texts t = Texts.of(language);
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder(t.get("barometer.nextSteps")).append(nl);
        for (NextStep step : nextSteps) {
            String figure = step.score() == null ? step.status().label().in(language)
                    : step.score() + ", " + step.status().label().in(language);
            sb.append("  ").append(step.aimPointId()).append(' ').append(step.title().in(language)).append(" (")
                    .append(figure).append(')').append(nl);
            step.advice().forEach(a -> sb.append("    - ").append(a.in(language)).append(nl));
        }
        return sb.toString();
    }

    /** The use of ICS in casework: one row per case step and the overall score. */
    String usageText(Language language) {
        Texts t = Texts.of(language);
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder(t.get("barometer.usage", usage.from(), usage.to())).append(nl);
        TextTable table = new TextTable(false, false, true, false, false);
        for (StepUsage s : usage.steps()) {
            table.row(s.step().label().in(language), bar(s.score()), number(s.score()),
                    s.status().label().in(language),
                    t.get("barometer.usage.figures", s.onIcsTemplate(), s.documents(), s.passedChecks()));
        }
        table.row(t.get("barometer.overall"), bar(usage.overall()), number(usage.overall()),
                usage.overallStatus().label().in(language), "");
        return sb.append(table.render("  ")).toString();
    }

    /** The view as JSON: codes, numbers and texts in both languages. */
    ObjectNode json() {
        ObjectNode root = JsonOutput.object();
        root.put("municipality", score.municipality());
        root.put("date", score.date().toString());
        ObjectNode catalogue = root.putObject("catalogue");
        catalogue.put("id", score.catalogueId());
        catalogue.put("version", score.catalogueVersion());
        root.put("respondents", score.total().respondents());
        ObjectNode byRole = root.putObject("respondentsByRole");
        score.byRole().forEach(g -> byRole.put(g.role().name(), g.respondents()));
        ObjectNode overall = root.putObject("overall");
        putScore(overall, score.overall(), score.total().overallStatus().name(),
                score.total().overallStatus().label());
        overall.put("answers", score.total().answers());
        if (trend != null) {
            overall.set("trend", trendJson(trend.overall()));
        }
        ArrayNode aimPoints = root.putArray("aimPoints");
        for (AimPointScore a : score.total().aimPoints()) {
            ObjectNode n = aimPoints.addObject();
            n.put("id", a.aimPointId());
            n.set("title", JsonOutput.text(a.title()));
            putScore(n, a.score(), a.status().name(), a.status().label());
            n.put("answers", a.answers());
            n.put("dontKnow", a.dontKnow());
            n.put("statementsAnswered", a.statementsAnswered());
            n.put("statements", a.statements());
            ObjectNode roles = n.putObject("byRole");
            for (GroupScore g : score.byRole()) {
                g.aimPoint(a.aimPointId()).ifPresent(r -> putNullable(roles, g.role().name(), r.score()));
            }
            if (trend != null) {
                trend.aimPoint(a.aimPointId()).ifPresent(st -> n.set("trend", trendJson(st)));
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : score.findings()) {
            ObjectNode n = findings.addObject();
            n.put("code", f.code());
            n.put("severity", f.severity().name());
            n.put("pointer", f.pointer());
            n.set("message", JsonOutput.text(f.message()));
        }
        if (trend == null) {
            root.putNull("trend");
        } else {
            root.set("trend", trendSummaryJson());
        }
        ArrayNode steps = root.putArray("nextSteps");
        for (NextStep step : nextSteps) {
            ObjectNode n = steps.addObject();
            n.put("aimPoint", step.aimPointId());
            n.set("title", JsonOutput.text(step.title()));
            putScore(n, step.score(), step.status().name(), step.status().label());
            ArrayNode advice = n.putArray("advice");
            step.advice().forEach(a -> advice.add(JsonOutput.text(a)));
        }
        if (usage == null) {
            root.putNull("usage");
        } else {
            root.set("usage", usageJson());
        }
        return root;
    }

    private ObjectNode trendSummaryJson() {
        ObjectNode n = JsonOutput.object();
        ArrayNode dates = n.putArray("dates");
        trend.dates().forEach(d -> dates.add(d.toString()));
        n.put("margin", trend.margin());
        Optional<StatementChange> moved = trend.mostMoved();
        if (moved.isEmpty()) {
            n.putNull("mostMoved");
        } else {
            ObjectNode m = n.putObject("mostMoved");
            m.put("statement", moved.get().statementId());
            m.put("aimPoint", moved.get().aimPointId());
            m.put("change", round2(moved.get().change()));
        }
        return n;
    }

    private static ObjectNode trendJson(ScoreTrend st) {
        ObjectNode n = JsonOutput.object();
        ArrayNode scores = n.putArray("scores");
        st.scores().forEach(s -> {
            if (s == null) {
                scores.addNull();
            } else {
                scores.add(s);
            }
        });
        putNullable(n, "change", st.change());
        n.put("direction", st.direction().name());
        n.set("directionLabel", JsonOutput.text(st.direction().label()));
        return n;
    }

    private ObjectNode usageJson() {
        ObjectNode n = JsonOutput.object();
        n.put("from", usage.from().toString());
        n.put("to", usage.to().toString());
        putScore(n, usage.overall(), usage.overallStatus().name(), usage.overallStatus().label());
        ArrayNode steps = n.putArray("steps");
        for (StepUsage s : usage.steps()) {
            ObjectNode sn = steps.addObject();
            sn.put("step", s.step().name());
            sn.set("stepLabel", JsonOutput.text(s.step().label()));
            sn.put("documents", s.documents());
            sn.put("onIcsTemplate", s.onIcsTemplate());
            sn.put("passedChecks", s.passedChecks());
            putScore(sn, s.score(), s.status().name(), s.status().label());
        }
        return n;
    }

    private static void putScore(ObjectNode n, Integer value, String status, LocalizedText label) {
        putNullable(n, "score", value);
        n.put("status", status);
        n.set("statusLabel", JsonOutput.text(label));
    }

    private static void putNullable(ObjectNode n, String field, Integer value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }

    private static String number(Integer value) {
        return value == null ? "–" : value.toString();
    }

    private static String signedPoints(int change) {
        return (change > 0 ? "+" : "") + change;
    }

    private static String signedMean(double change, Language language) {
        return String.format(language == Language.DA ? DANISH : Locale.ROOT, "%+.2f", change);
    }

    /** A statement's text from the built-in catalogue (the command line scores with that one). */
    private static String statementText(String statementId, Language language) {
        return Catalogue.standard().statement(statementId).map(s -> s.text().in(language)).orElse("");
    }

    private static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
