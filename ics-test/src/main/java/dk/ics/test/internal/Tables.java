package dk.ics.test.internal;

import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.GroupScore;
import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.casework.Deadline;
import java.util.ArrayList;
import java.util.List;

/** Renders what an assertion saw as a plain-text table for its failure message. Stateless. */
public final class Tables {

    private Tables() {
    }

    /** Findings as {@code severity | code | pointer | message}, or a line saying there are none. */
    public static String findings(List<Finding> findings, Language language) {
        if (findings.isEmpty()) {
            return "  (no findings)";
        }
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(List.of(f.severity().name(), f.code(), f.pointer().isEmpty() ? "/" : f.pointer(),
                    f.message(language)));
        }
        return render(List.of("severity", "code", "pointer", "message"), rows);
    }

    /** Deadlines as {@code code | status | due | basis}, or a line saying there are none. */
    public static String deadlines(List<Deadline> deadlines) {
        if (deadlines.isEmpty()) {
            return "  (no deadlines)";
        }
        List<List<String>> rows = new ArrayList<>();
        for (Deadline d : deadlines) {
            rows.add(List.of(d.code(), d.status().name(), d.formattedDue(), d.basis()));
        }
        return render(List.of("code", "status", "due", "basis"), rows);
    }

    /** A group's aim point scores as {@code aim point | score | status | answers}, then the overall score. */
    public static String scores(GroupScore group) {
        List<List<String>> rows = new ArrayList<>();
        for (AimPointScore a : group.aimPoints()) {
            rows.add(List.of(a.aimPointId(), a.score() == null ? "-" : a.score().toString(), a.status().name(),
                    Integer.toString(a.answers())));
        }
        rows.add(List.of("overall", group.overall() == null ? "-" : group.overall().toString(),
                group.overallStatus().name(), Integer.toString(group.answers())));
        return render(List.of("aim point", "score", "status", "answers"), rows);
    }

    /** A table with a header row, columns as wide as their widest cell, separated by {@code |}. */
    public static String render(List<String> headers, List<List<String>> rows) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, width);
        rows.forEach(r -> line(sb, r, width));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        sb.append("  ");
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(width[i] - c.length())).append(" | ");
            }
        }
        sb.append('\n');
    }
}
