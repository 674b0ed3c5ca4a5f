package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsException;
import dk.ics.model.ReadLimits;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The settings of a {@link Barometer} and a {@link Checklist}: each accepts exactly its documented range and the
 * value set is the one used; and the barometer refuses to compare or write rounds that are not of its catalogue.
 */
class SettingsTest {

    private static final Barometer BAROMETER = Barometer.standard();

    private static MunicipalityProfile profile(int superUsers, int caseworkers, int trained) {
        return new MunicipalityProfile("Testkommune", LocalDate.of(2024, 3, 1), true, superUsers, caseworkers,
                trained, true, true);
    }

    @ParameterizedTest(name = "margin {0} accepted: {1}")
    @CsvSource({"-1, false", "0, true", "100, true", "101, false"})
    void theTrendMarginIsZeroToOneHundredPoints(int points, boolean accepted) {
        if (accepted) {
            assertThat(BAROMETER.withTrendMargin(points).trendMargin()).isEqualTo(points);
        } else {
            assertThatThrownBy(() -> BAROMETER.withTrendMargin(points)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(BAROMETER.trendMargin()).isEqualTo(Barometer.DEFAULT_TREND_MARGIN);
        assertThat(BAROMETER.readLimits()).isEqualTo(ReadLimits.DEFAULTS);
        ReadLimits tight = ReadLimits.DEFAULTS.withMaxRows(5);
        assertThat(BAROMETER.withReadLimits(tight).readLimits()).isEqualTo(tight);
        assertThat(BAROMETER.toString()).isEqualTo("Barometer[catalogue=ics-implementeringsbarometer@2019.1, "
                + "trendMargin=5]");
    }

    @Test
    void roundsOfAnotherCatalogueAreNeitherComparedNorWritten() {
        Round ours = TestRounds.round(List.of(TestRounds.allOf("A", Role.LEADER, "S1", 3)));
        Round theirs = new Round("Testkommune", LocalDate.of(2025, 3, 1), "another-catalogue", "1",
                ours.respondents());
        assertThatThrownBy(() -> BAROMETER.compare(ours, theirs)).isInstanceOf(IcsException.class);
        assertThatThrownBy(() -> BAROMETER.toCsv(theirs)).isInstanceOf(IcsException.class);
        assertThatThrownBy(() -> BAROMETER.toJson(theirs)).isInstanceOf(IcsException.class);
    }

    @Test
    void roundsWithAnUnknownStatementAreNeitherComparedNorWritten() {
        Round ours = TestRounds.round(List.of(TestRounds.allOf("A", Role.LEADER, "S1", 3)));
        Round unknown = TestRounds.round(LocalDate.of(2025, 3, 1),
                List.of(TestRounds.respondent("A", Role.LEADER, Map.of("S9.9", 3))));
        assertThatThrownBy(() -> BAROMETER.compare(ours, unknown)).isInstanceOf(IcsException.class);
        assertThatThrownBy(() -> BAROMETER.toCsv(unknown, CsvAnswers.NUMBERS)).isInstanceOf(IcsException.class);
        assertThatThrownBy(() -> BAROMETER.toJson(unknown)).isInstanceOf(IcsException.class);
    }

    @ParameterizedTest(name = "minimum {0} accepted: {1}")
    @CsvSource({"0, false", "1, true"})
    void theMinimumNumberOfSuperUsersIsOneOrMore(int minimum, boolean accepted) {
        if (accepted) {
            CheckResult r = Checklist.standard().withMinimumSuperUsers(minimum).check(profile(1, 5, 5))
                    .result(Expectation.AT_LEAST_TWO_SUPER_USERS).orElseThrow();
            assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
        } else {
            assertThatThrownBy(() -> Checklist.standard().withMinimumSuperUsers(minimum))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "caseworkers per super-user {0} accepted: {1}")
    @CsvSource({"0, false", "1, true"})
    void caseworkersPerSuperUserIsOneOrMore(int caseworkers, boolean accepted) {
        if (accepted) {
            Checklist oneEach = Checklist.standard().withCaseworkersPerSuperUser(caseworkers);
            assertThat(oneEach.check(profile(3, 3, 3)).result(Expectation.SUPER_USERS_IN_PROPORTION).orElseThrow()
                    .outcome()).isEqualTo(CheckOutcome.PASS);
            assertThat(oneEach.check(profile(3, 4, 4)).result(Expectation.SUPER_USERS_IN_PROPORTION).orElseThrow()
                    .outcome()).isNotEqualTo(CheckOutcome.PASS);
        } else {
            assertThatThrownBy(() -> Checklist.standard().withCaseworkersPerSuperUser(caseworkers))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "trained percent {0} accepted: {1}")
    @CsvSource({"-1, false", "0, true", "100, true", "101, false"})
    void theRequiredTrainedPercentageIsZeroToOneHundred(int percent, boolean accepted) {
        if (accepted) {
            CheckResult none = Checklist.standard().withRequiredTrainedPercent(percent).check(profile(2, 10, 0))
                    .result(Expectation.STAFF_TRAINED_OR_ENROLLED).orElseThrow();
            assertThat(none.outcome()).isEqualTo(percent == 0 ? CheckOutcome.PASS : CheckOutcome.FAIL);
        } else {
            assertThatThrownBy(() -> Checklist.standard().withRequiredTrainedPercent(percent))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
