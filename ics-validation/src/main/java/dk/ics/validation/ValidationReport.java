package dk.ics.validation;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.QualityBeacon;
import dk.ics.model.Severity;
import dk.ics.model.internal.JsonSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to "does this document live up to ICS and the law?": every finding of the schema checks, the binding
 * and the rules, in a deterministic order (severity, then place in the document, then code), with counts by severity
 * and by quality beacon, rendered in the validator's language. Immutable and thread-safe. Holds no document values:
 * it may be logged, stored and shown anywhere.
 */
public final class ValidationReport {

    private final String templateId;
    private final String templateVersion;
    private final FindingReport findings;
    private final Language language;

    ValidationReport(String templateId, String templateVersion, FindingReport findings, Language language) {
        this.templateId = Objects.requireNonNull(templateId, "templateId");
        this.templateVersion = Objects.requireNonNull(templateVersion, "templateVersion");
        this.findings = Objects.requireNonNull(findings, "findings");
        this.language = Objects.requireNonNull(language, "language");
    }

    /** The id of the template the document was checked against. */
    public String templateId() {
        return templateId;
    }

    /** The version of the template the document was checked against. */
    public String templateVersion() {
        return templateVersion;
    }

    /** The findings as the model's report (sorted, with counts and rendering). */
    public FindingReport report() {
        return findings;
    }

    /** The findings, in report order. */
    public List<Finding> findings() {
        return findings.findings();
    }

    /** The findings with one code. */
    public List<Finding> withCode(String code) {
        return findings.withCode(code);
    }

    /** The distinct codes of the findings, in report order. */
    public List<String> codes() {
        return findings.findings().stream().map(Finding::code).distinct().toList();
    }

    /** Whether any finding is an error (a final document should not be saved as it is). */
    public boolean hasErrors() {
        return findings.hasErrors();
    }

    /** Whether there are no findings at all. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** The number of findings per severity (every severity present). */
    public Map<Severity, Integer> countsBySeverity() {
        return findings.countsBySeverity();
    }

    /** The number of findings per quality beacon (every beacon present; structural findings are not counted). */
    public Map<QualityBeacon, Integer> countsByBeacon() {
        return findings.countsByBeacon();
    }

    /** The language messages are rendered in by {@link #render()} and {@link #toJson()}. */
    public Language language() {
        return language;
    }

    /** The findings as text, one per line, in the validator's language. */
    public String render() {
        return findings.render(language);
    }

    /**
     * The report as JSON: the template, the counts, and each finding with code, severity, pointer, message key,
     * arguments, basis, beacon and its message in the validator's language.
     */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("template", Map.of("id", templateId, "version", templateVersion));
        root.put("language", language.name());
        Map<String, Object> counts = new LinkedHashMap<>();
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        countsBySeverity().forEach((k, v) -> bySeverity.put(k.name(), v));
        Map<String, Integer> byBeacon = new LinkedHashMap<>();
        countsByBeacon().forEach((k, v) -> byBeacon.put(k.name(), v));
        counts.put("bySeverity", bySeverity);
        counts.put("byBeacon", byBeacon);
        root.put("counts", counts);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity().name());
            m.put("pointer", f.pointer());
            m.put("messageKey", f.messageKey());
            m.put("arguments", f.arguments());
            m.put("basis", f.basis());
            m.put("beacon", f.beacon() == null ? null : f.beacon().name());
            m.put("message", f.message(language));
            list.add(m);
        }
        root.put("findings", list);
        return JsonSupport.write(root);
    }

    /** The template and the counts by severity. */
    @Override
    public String toString() {
        return "ValidationReport[" + templateId + "@" + templateVersion + ", " + countsBySeverity() + "]";
    }
}
