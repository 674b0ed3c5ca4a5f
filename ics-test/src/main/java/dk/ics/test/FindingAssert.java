package dk.ics.test;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import dk.ics.test.internal.Tables;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions that narrow down the findings of a report: each step keeps the findings that match and fails when none
 * is left, showing the findings it started from and the whole report as tables. The actual value is the first
 * finding still matching. Get one from {@link FindingReportAssert#hasFindingWithCode(String)}.
 *
 * <pre>{@code
 * assertThat(report).hasFindingWithCode("ICS-BFU-006")
 *         .atPointer("/beskrivelse/perspektiver").withSeverity(Severity.ERROR)
 *         .withMessageContaining("barnets perspektiv", Language.DA);
 * }</pre>
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    private final FindingReport report;
    private final List<Finding> candidates;
    private final String description;

    FindingAssert(FindingReport report, List<Finding> candidates, String description) {
        super(candidates.isEmpty() ? null : candidates.get(0), FindingAssert.class);
        this.report = report;
        this.candidates = candidates;
        this.description = description;
    }

    /** Keeps the findings at a JSON Pointer ({@code ""} or {@code "/"} for the whole document). */
    public FindingAssert atPointer(String pointer) {
        String p = "/".equals(pointer) ? "" : pointer;
        return narrow(f -> f.pointer().equals(p), "at pointer " + pointer, Language.EN);
    }

    /** Keeps the findings of a severity. */
    public FindingAssert withSeverity(Severity severity) {
        return narrow(f -> f.severity() == severity, "with severity " + severity, Language.EN);
    }

    /** Keeps the findings whose message in a language contains a text (case-sensitive). */
    public FindingAssert withMessageContaining(String text, Language language) {
        return narrow(f -> f.message(language).contains(text),
                "with a " + language + " message containing \"" + text + "\"", language);
    }

    /** Keeps the findings with a message argument (a code, number or field name). */
    public FindingAssert withArgument(String argument) {
        return narrow(f -> f.arguments().contains(argument), "with argument " + argument, Language.EN);
    }

    /** Checks that exactly {@code n} findings are still matching. */
    public FindingAssert occurs(int n) {
        if (candidates.size() != n) {
            failWithMessage("%nExpecting %s finding(s) %s, but found %s:%n%s", n, description, candidates.size(),
                    Tables.findings(candidates, Language.EN));
        }
        return this;
    }

    /** The findings still matching. */
    public List<Finding> findings() {
        return candidates;
    }

    private FindingAssert narrow(Predicate<Finding> test, String what, Language language) {
        List<Finding> kept = candidates.stream().filter(test).toList();
        if (kept.isEmpty()) {
            failWithMessage("%nExpecting a finding %s %s, but the findings %s are:%n%sThe whole report:%n%s",
                    description, what, description, Tables.findings(candidates, language),
                    Tables.findings(report.findings(), language));
        }
        return new FindingAssert(report, kept, description + " " + what);
    }
}
