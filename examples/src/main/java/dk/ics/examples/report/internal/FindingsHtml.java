package dk.ics.examples.report.internal;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.QualityBeacon;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings section of a case report: the findings grouped by quality beacon (in the beacons' order, then the
 * structural ones without a beacon), each with code, severity, message, JSON Pointer and legal or method basis.
 * Each group is {@code <div class="beacon" data-beacon="CODE|NONE">} and each finding a {@code <tr
 * data-code="..">}.
 */
public final class FindingsHtml {

    private FindingsHtml() {
    }

    /** Writes the findings; {@code null} says that no check was given. */
    public static void write(XmlWriter w, FindingReport report, Language lang) {
        if (report == null) {
            w.element("p", ReportTexts.get(lang, "findings.noneGiven"), "class", "note");
            return;
        }
        if (report.isEmpty()) {
            w.element("p", ReportTexts.get(lang, "findings.none"), "class", "note");
            return;
        }
        List<QualityBeacon> groups = new ArrayList<>(List.of(QualityBeacon.values()));
        groups.add(null);
        for (QualityBeacon beacon : groups) {
            List<Finding> in = report.filter(f -> f.beacon() == beacon);
            if (in.isEmpty()) {
                continue;
            }
            w.start("div", "class", "beacon", "data-beacon", beacon == null ? "NONE" : beacon.name());
            w.element("h3", (beacon == null ? ReportTexts.get(lang, "findings.other") : beacon.label().in(lang))
                    + " (" + in.size() + ")");
            table(w, in, lang);
            w.end();
        }
    }

    private static void table(XmlWriter w, List<Finding> findings, Language lang) {
        w.start("table", "class", "finding-table");
        w.start("thead").start("tr");
        for (String k : new String[] {"findings.severity", "findings.code", "findings.message", "findings.pointer",
            "findings.basis"}) {
            w.element("th", ReportTexts.get(lang, k));
        }
        w.end().end();
        w.start("tbody");
        for (Finding f : findings) {
            w.start("tr", "data-code", f.code(), "data-severity", f.severity().name());
            w.element("td", ReportTexts.get(lang, "severity." + f.severity().name()),
                    "class", "severity " + f.severity().name());
            w.start("td", "class", "nowrap").element("code", f.code()).end();
            w.element("td", f.message(lang));
            w.start("td").element("code", f.pointer().isEmpty() ? "/" : f.pointer()).end();
            w.element("td", f.basis().isEmpty() ? "\u2013" : f.basis());
            w.end();
        }
        w.end();
        w.end();
    }
}
