package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ChecklistTest {

    private static MunicipalityProfile profile(Boolean lead, Integer superUsers, Integer caseworkers,
            Integer trained, Boolean intro, Boolean plan) {
        return new MunicipalityProfile("Testkommune", LocalDate.of(2024, 3, 1), lead, superUsers, caseworkers,
                trained, intro, plan);
    }

    @Test
    void exampleMunicipalityMeetsAllButTraining() {
        ChecklistResult r = Checklist.evaluate(MunicipalityProfile.load(TestRounds.examples()
                .resolve("kommune.json")));
        assertThat(r.results()).extracting(CheckResult::expectation).containsExactly(Expectation.values());
        assertThat(r.result(Expectation.STAFF_TRAINED_OR_ENROLLED).orElseThrow().outcome())
                .isEqualTo(CheckOutcome.FAIL);
        assertThat(r.result(Expectation.STAFF_TRAINED_OR_ENROLLED).orElseThrow().reason().da())
                .isEqualTo("Kun 31 af 34 sagsbehandlere har været på eller er tilmeldt ICS-kursus (100 % kræves).");
        assertThat(r.result(Expectation.SUPER_USERS_IN_PROPORTION).orElseThrow().outcome())
                .isEqualTo(CheckOutcome.FAIL);
        assertThat(r.count(CheckOutcome.PASS)).isEqualTo(4);
        assertThat(r.allPassed()).isFalse();
    }

    @Test
    void everyItemIsUnknownWhenTheProfileSaysNothing() {
        ChecklistResult r = Checklist.evaluate(profile(null, null, null, null, null, null));
        assertThat(r.results()).allSatisfy(c -> {
            assertThat(c.outcome()).isEqualTo(CheckOutcome.UNKNOWN);
            assertThat(c.reason().da()).startsWith("Profilen oplyser ikke");
            assertThat(c.reason().en()).startsWith("The profile does not");
        });
    }

    @Test
    void twoSuperUsersPassAndOneFails() {
        assertThat(Checklist.evaluate(profile(true, 2, 10, 10, true, true)).allPassed()).isTrue();
        CheckResult one = Checklist.evaluate(profile(true, 1, 10, 10, true, true))
                .result(Expectation.AT_LEAST_TWO_SUPER_USERS).orElseThrow();
        assertThat(one.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(one.reason().en()).isEqualTo("There are 1 super-users; at least 2 are expected.");
    }

    @Test
    void proportionThresholdIsConfigurable() {
        MunicipalityProfile p = profile(true, 3, 30, 30, true, true);
        assertThat(Checklist.evaluate(p).result(Expectation.SUPER_USERS_IN_PROPORTION).orElseThrow().outcome())
                .isEqualTo(CheckOutcome.PASS);
        CheckResult strict = Checklist.standard().withCaseworkersPerSuperUser(8).check(p)
                .result(Expectation.SUPER_USERS_IN_PROPORTION).orElseThrow();
        assertThat(strict.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(strict.reason().en()).contains("one per 8 caseworkers (4 needed)");
        assertThat(Checklist.evaluate(profile(true, 3, 31, 31, true, true))
                .result(Expectation.SUPER_USERS_IN_PROPORTION).orElseThrow().outcome()).isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void trainedShareIsConfigurable() {
        MunicipalityProfile p = profile(true, 3, 20, 18, true, true);
        assertThat(Checklist.standard().withRequiredTrainedPercent(90).check(p)
                .result(Expectation.STAFF_TRAINED_OR_ENROLLED).orElseThrow().outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(Checklist.standard().withRequiredTrainedPercent(95).check(p)
                .result(Expectation.STAFF_TRAINED_OR_ENROLLED).orElseThrow().outcome()).isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void planInForceIsTakenFromThePlanWhenGiven() {
        AnchoringPlan plan = AnchoringPlan.load(TestRounds.examples().resolve("forankringsplan.json"));
        ChecklistResult r = Checklist.standard().check(profile(true, 3, 20, 20, true, false), plan);
        assertThat(r.result(Expectation.ANCHORING_PLAN_IN_FORCE).orElseThrow().outcome())
                .isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void profileWithMoreTrainedThanCaseworkersIsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("k.json");
        Files.writeString(f, "{\"municipality\": \"X\", \"caseworkers\": 3, \"caseworkersTrainedOrEnrolled\": 4}");
        assertThatThrownBy(() -> MunicipalityProfile.load(f)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/caseworkersTrainedOrEnrolled");
    }

    @Test
    void resultExportsAsJson() {
        assertThat(Checklist.evaluate(profile(true, 2, 10, 10, true, true)).toJson())
                .contains("\"expectation\" : \"ICS_LEAD_APPOINTED\"", "\"outcome\" : \"PASS\"");
    }

    @ParameterizedTest(name = "a negative {0} is refused at its pointer")
    @ValueSource(strings = {"superUsers", "caseworkers", "caseworkersTrainedOrEnrolled"})
    void profileWithANegativeCountIsRefused(String field, @TempDir Path dir) throws IOException {
        Path f = dir.resolve("k.json");
        Files.writeString(f, "{\"municipality\": \"X\", \"" + field + "\": -1}");
        assertThatThrownBy(() -> MunicipalityProfile.load(f)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/" + field).hasMessageContaining("0 or more");
    }

    @Test
    void profileWithEveryCaseworkerTrainedAndNoSuperUsersIsAccepted(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("k.json");
        Files.writeString(f, "{\"municipality\": \"X\", \"superUsers\": 0, \"caseworkers\": 4, "
                + "\"caseworkersTrainedOrEnrolled\": 4}");
        MunicipalityProfile p = MunicipalityProfile.load(f);
        assertThat(p.superUsers()).isZero();
        assertThat(p.caseworkersTrainedOrEnrolled()).isEqualTo(4);
    }
}
