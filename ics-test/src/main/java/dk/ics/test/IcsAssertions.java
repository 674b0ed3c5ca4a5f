package dk.ics.test;

import dk.ics.barometer.RoundScore;
import dk.ics.model.FindingReport;
import dk.ics.model.casework.Deadline;
import dk.ics.templates.Template;
import dk.ics.validation.ValidationReport;
import java.util.List;

/**
 * The entry point of the AssertJ assertions on what the library answers: finding reports (of template checks,
 * validation, conformance), templates, deadlines and barometer scores. Import it statically beside AssertJ's own
 * {@code Assertions.assertThat}; the overloads do not clash.
 *
 * <pre>{@code
 * assertThat(validator.validate(doc, context)).hasFindingWithCode("ICS-BFU-006").withSeverity(Severity.ERROR);
 * assertThat(calculator.deadlines(c, today)).deadline("BFU_4_MONTHS").isOverdue();
 * assertThat(Barometer.standard().score(round)).aimPoint(3).hasStatus(Status.GREEN);
 * }</pre>
 */
public final class IcsAssertions {

    private IcsAssertions() {
    }

    /** Assertions on a report of findings. */
    public static FindingReportAssert assertThat(FindingReport actual) {
        return new FindingReportAssert(actual);
    }

    /** Assertions on a validation's findings. */
    public static FindingReportAssert assertThat(ValidationReport actual) {
        return new FindingReportAssert(actual == null ? null : actual.report());
    }

    /** Assertions on one deadline. */
    public static DeadlineAssert assertThat(Deadline actual) {
        return new DeadlineAssert(actual, actual == null ? List.of() : List.of(actual));
    }

    /** Assertions on the deadlines of a case. */
    public static DeadlineListAssert assertThat(List<Deadline> actual) {
        return new DeadlineListAssert(actual);
    }

    /** Assertions on a template: conformance to its base, places for roles. */
    public static TemplateAssert assertThat(Template actual) {
        return new TemplateAssert(actual);
    }

    /** Assertions on a scored barometer round, for all respondents. */
    public static BarometerScoreAssert assertThat(RoundScore actual) {
        return new BarometerScoreAssert(actual, actual == null ? null : actual.total());
    }
}
