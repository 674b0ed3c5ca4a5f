package dk.ics.test;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import dk.ics.test.internal.Tables;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link FindingReport} (from a template check, a validation, a conformance check or a barometer
 * round). Every failure message shows the report's findings as a table ({@code severity | code | pointer | message}).
 * Get one with {@link IcsAssertions#assertThat(FindingReport)}.
 */
public final class FindingReportAssert extends AbstractAssert<FindingReportAssert, FindingReport> {

    FindingReportAssert(FindingReport actual) {
        super(actual, FindingReportAssert.class);
    }

    /**
     * Checks that the report has at least one finding with a code, and gives assertions on those findings.
     *
     * @param code the finding code, e.g. {@code ICS-BFU-006} or {@code TPL-REQUIRED}
     * @return assertions narrowing down the findings with the code
     */
    public FindingAssert hasFindingWithCode(String code) {
        isNotNull();
        List<Finding> withCode = actual.withCode(code);
        if (withCode.isEmpty()) {
            failWithMessage("%nExpecting a finding with code %s, but the report has none:%n%s", code,
                    Tables.findings(actual.findings(), Language.EN));
        }
        return new FindingAssert(actual, withCode, "code " + code);
    }

    /** Checks that the report has no finding with a code. */
    public FindingReportAssert hasNoFindingWithCode(String code) {
        isNotNull();
        if (!actual.withCode(code).isEmpty()) {
            failWithMessage("%nExpecting no finding with code %s, but the report has:%n%s", code,
                    Tables.findings(actual.findings(), Language.EN));
        }
        return this;
    }

    /** Checks that the report has no finding of severity ERROR. */
    public FindingReportAssert hasNoErrors() {
        isNotNull();
        if (actual.hasErrors()) {
            failWithMessage("%nExpecting no errors, but the report has %s:%n%s", actual.count(Severity.ERROR),
                    Tables.findings(actual.findings(), Language.EN));
        }
        return this;
    }

    /** Checks that the report has at least one finding of severity ERROR. */
    public FindingReportAssert hasErrors() {
        isNotNull();
        if (!actual.hasErrors()) {
            failWithMessage("%nExpecting errors, but the report has none:%n%s",
                    Tables.findings(actual.findings(), Language.EN));
        }
        return this;
    }

    /** Checks that the report has no findings at all. */
    public FindingReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("%nExpecting no findings, but the report has %s:%n%s", actual.findings().size(),
                    Tables.findings(actual.findings(), Language.EN));
        }
        return this;
    }

    /**
     * Checks that the report's findings have exactly the given codes, each at least once, and no others (how many
     * times each occurs does not matter).
     */
    public FindingReportAssert hasOnlyCodes(String... codes) {
        isNotNull();
        Set<String> expected = new TreeSet<>(Arrays.asList(codes));
        Set<String> found = new TreeSet<>(actual.findings().stream().map(Finding::code).toList());
        if (!found.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(found);
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(expected);
            failWithMessage("%nExpecting only the codes %s, but %s missing and %s unexpected:%n%s", expected,
                    missing, extra, Tables.findings(actual.findings(), Language.EN));
        }
        return this;
    }

    /** Checks the number of findings of a severity. */
    public FindingReportAssert hasCount(Severity severity, int expected) {
        isNotNull();
        if (actual.count(severity) != expected) {
            failWithMessage("%nExpecting %s finding(s) of severity %s, but the report has %s:%n%s", expected,
                    severity, actual.count(severity), Tables.findings(actual.findings(), Language.EN));
        }
        return this;
    }
}
