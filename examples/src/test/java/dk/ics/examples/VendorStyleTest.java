package dk.ics.examples;

import static dk.ics.test.IcsAssertions.assertThat;
import static dk.ics.test.IcsFixtures.aBfu;
import static dk.ics.test.IcsFixtures.aCase;
import static dk.ics.test.IcsFixtures.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.barometer.Barometer;
import dk.ics.barometer.Round;
import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.triangle.Dimension;
import dk.ics.test.BrokenCase;
import dk.ics.test.BrokenCases;
import dk.ics.test.BrokenVariant;
import dk.ics.test.BrokenVariants;
import dk.ics.test.IcsGenerator;
import dk.ics.validation.ValidationReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a case system's own test suite uses ics-test: fixtures instead of hand-written documents, the broken-variant
 * catalogue to prove the screen shows every finding, and assertions on what the library answered.
 */
class VendorStyleTest {

    /** Stands for the vendor's screen: the lines a caseworker sees for a validated document. */
    static List<String> findingsPanel(ValidationReport report) {
        if (report.findings().isEmpty()) {
            return List.of("Ingen bemærkninger");
        }
        return report.findings().stream()
                .map(f -> (f.isError() ? "Fejl: " : "Bemærk: ") + f.message(Language.DA) + " [" + f.code() + "]")
                .toList();
    }

    @Test
    void aCompleteInvestigationShowsNoRemarks() {
        assertThat(findingsPanel(aBfu().validate())).containsExactly("Ingen bemærkninger");
    }

    @Test
    void aDraftWithoutTheChildsPerspectiveIsAWarningNotAnError() {
        ValidationReport report = aBfu().withoutChildPerspective().draft().validate();

        assertThat(report).hasNoErrors().hasFindingWithCode("ICS-BFU-006").withSeverity(Severity.WARNING)
                .withMessageContaining("barnets", Language.DA);
        assertThat(findingsPanel(report)).anyMatch(line -> line.startsWith("Bemærk:") && line.contains("ICS-BFU-006"));
    }

    @Test
    void aGoalWithoutResponsibleIsShownAsAnError() {
        assertThat(findingsPanel(aPlan().withGoalWithoutResponsible().validate()))
                .anyMatch(line -> line.startsWith("Fejl:") && line.endsWith("[ICS-PLAN-002]"));
    }

    static Stream<BrokenVariant> everyBrokenVariant() {
        return BrokenVariants.all().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyBrokenVariant")
    void theScreenShowsEveryFindingTheLibraryKnows(BrokenVariant variant) {
        ValidationReport report = variant.fixture().validate();
        Finding finding = report.withCode(variant.code()).get(0);

        assertThat(findingsPanel(report)).contains((finding.isError() ? "Fejl: " : "Bemærk: ")
                + finding.message(Language.DA) + " [" + variant.code() + "]");
    }

    /** Stands for the vendor's deadline overview: the codes of the deadlines it flags red. */
    static List<String> flaggedDeadlines(dk.ics.model.casework.CaseRecord c, LocalDate today) {
        return DeadlineCalculator.standard().deadlines(c, today).stream()
                .filter(d -> d.status() == dk.ics.model.casework.DeadlineStatus.OVERDUE
                        || d.status() == dk.ics.model.casework.DeadlineStatus.MET_LATE)
                .map(d -> d.code()).toList();
    }

    static Stream<BrokenCase> everyBrokenCase() {
        return BrokenCases.all().values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyBrokenCase")
    void theOverviewFlagsEveryMissedDeadline(BrokenCase broken) {
        assertThat(flaggedDeadlines(broken.fixture().build(), broken.judgedOn())).contains(broken.code());
    }

    @Test
    void aNotificationAssessedAfter25HoursIsLate() {
        OffsetDateTime t = OffsetDateTime.parse("2025-03-07T16:00+01:00");

        assertThat(DeadlineCalculator.standard().deadlines(aCase().notifiedAt(t).assessedAt(t.plusHours(25)).build(),
                LocalDate.of(2025, 3, 10))).deadline("NOTIFICATION_ASSESSMENT_24H").isMetLate()
                .dueOn(LocalDate.of(2025, 3, 8));
    }

    @Test
    void anInvestigationNotFinishedIsOverdueAfterFourMonths() {
        assertThat(DeadlineCalculator.standard().deadlines(aCase().bfuNotFinished().build(),
                LocalDate.of(2025, 6, 4))).deadline("BFU_4_MONTHS").isOverdue().dueOn(LocalDate.of(2025, 6, 3));
    }

    @Test
    void aDimensionLeftOutOfFocusCoherentlyIsStillValid() {
        assertThat(aBfu().withDimensionOutOfFocus(Dimension.SUNDHEDSFORHOLD).validate()).hasNoFindings();
    }

    @Test
    void aGeneratedBarometerRoundScoresEveryAimPoint() {
        Round round = IcsGenerator.seeded(2025).roundAt(0, 50);

        assertThat(Barometer.standard().score(round)).aimPoint(3).hasScoreBetween(0, 100);
        assertThat(Barometer.standard().score(round)).overall().hasScoreBetween(0, 100);
    }
}
