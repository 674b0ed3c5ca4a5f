package dk.ics.examples.cli;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings as the command line shows them: per checked file a heading with the counts and the library's rendering
 * of each finding ({@code SEVERITY CODE pointer: message (basis)}), or JSON with codes and both languages. Findings
 * hold codes, pointers and messages only, never a value from the document. Stateless and thread-safe.
 */
final class FindingsOutput {

    private FindingsOutput() {
    }

    /**
     * One checked file as JSON: {@code errors}, {@code counts} per severity and per quality beacon, and
     * {@code findings} with code, severity, pointer, basis, beacon, message key, arguments and message.
     */
    static ObjectNode json(FindingReport report) {
        ObjectNode node = JsonOutput.object();
        node.put("errors", report.hasErrors());
        ObjectNode counts = node.putObject("counts");
        report.countsBySeverity().forEach((s, n) -> counts.put(s.name(), n));
        ObjectNode beacons = node.putObject("countsByBeacon");
        report.countsByBeacon().forEach((b, n) -> beacons.put(b.name(), n));
        ArrayNode list = node.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = list.addObject();
            n.put("code", f.code());
            n.put("severity", f.severity().name());
            n.put("pointer", f.pointer());
            n.put("basis", f.basis());
            if (f.beacon() == null) {
                n.putNull("beacon");
            } else {
                n.put("beacon", f.beacon().name());
            }
            n.put("messageKey", f.messageKey());
            ArrayNode arguments = n.putArray("arguments");
            f.arguments().forEach(arguments::add);
            n.set("message", JsonOutput.text(f.message()));
        }
        return node;
    }

    /**
     * One checked file as text: {@code name (template): counts} and, indented, the findings as rendered.
     *
     * @param name      the file as named on the command line
     * @param template  what it was checked against, e.g. {@code bfu@1.0.0}
     * @param report    the findings
     * @param rendered  the findings rendered in the language, one per line
     * @param language  the language of the heading
     */
    static String text(String name, String template, FindingReport report, String rendered, Language language) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(" (").append(template).append("): ").append(counts(report, language)).append(nl);
        rendered.lines().forEach(line -> sb.append("  ").append(line).append(nl));
        return sb.toString();
    }

    /** The counts as a phrase, e.g. {@code fejl: 2, advarsler: 1, til orientering: 0}, or "no findings". */
    static String counts(FindingReport report, Language language) {
        Texts t = Texts.of(language);
        if (report.isEmpty()) {
            return t.get("findings.none");
        }
        return t.get("findings.counts", report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO));
    }

    /** The closing line of a run over several files: how many were checked and how many have errors. */
    static String total(int files, long withErrors, Language language) {
        return Texts.of(language).get("findings.total", files, withErrors) + System.lineSeparator();
    }

    /** The exit code for a run: {@link ExitCodes#FINDINGS} when any file has an error, else {@link ExitCodes#OK}. */
    static int exitCode(boolean anyErrors) {
        return anyErrors ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
