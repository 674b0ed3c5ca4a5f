package dk.ics.examples.cli;

import static dk.ics.examples.cli.CliRun.ics;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BarometerChecklistCommandTest {

    private static final String DATA = "../examples/data/barometer/";
    private static final String KOMMUNE = DATA + "kommune.json";
    private static final String PLAN = DATA + "forankringsplan.json";
    private static final String TEST = "src/test/resources/barometer/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anExpectationNotMetIsExitCode1WithItsReason() {
        CliRun run = ics("barometer", "checklist", KOMMUNE);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Forventninger til en ICS-kommune: Eksempel Kommune, pr. 2024-03-14")
                .contains("Opfyldt       Der er udpeget en ICS-ansvarlig",
                        "Ikke opfyldt  Antallet af superbrugere passer til antallet af sagsbehandlere",
                        "3 superbrugere til 34 sagsbehandlere",
                        "Ikke opfyldt  Sagsbehandlerne har været på eller er tilmeldt ICS-kursus",
                        "I alt – Opfyldt: 4, Ikke opfyldt: 2, Ukendt: 0")
                .doesNotContain("Forankringsplan:");
    }

    @Test
    void thresholdsFromTheOptionsCanLetEveryExpectationPass() {
        CliRun run = ics("barometer", "checklist", KOMMUNE, "--caseworkers-per-super-user", "12",
                "--trained-percent", "90");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("I alt – Opfyldt: 6, Ikke opfyldt: 0, Ukendt: 0");
    }

    @Test
    void withThePlanItShowsThePlansStateOverdueTasksAndCoverage() {
        CliRun run = ics("barometer", "checklist", KOMMUNE, "--plan", PLAN);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains(
                "Forankringsplan: gældende, vedtaget 2023-05-01; 3 mål, 7 opgaver, 3 skæringsdatoer, 3 milepæle",
                "Opgaver over fristen pr. 2024-03-14: T3 (2024-02-01)", "Planen dækker alle sigtepunkter.")
                .doesNotContain("Tilmelde de sidste rådgivere");
    }

    @Test
    void anUnknownExpectationIsShownButDoesNotFailTheRun() {
        CliRun run = ics("barometer", "checklist", TEST + "kommune-plan-ukendt.json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Ukendt   Der er en gældende implementerings-/forankringsplan",
                "I alt – Opfyldt: 5, Ikke opfyldt: 0, Ukendt: 1");

        CliRun withPlan = ics("barometer", "checklist", TEST + "kommune-plan-ukendt.json", "--plan", PLAN);
        assertThat(withPlan.exitCode()).isZero();
        assertThat(withPlan.out()).contains("I alt – Opfyldt: 6, Ikke opfyldt: 0, Ukendt: 0");
    }

    @Test
    void speaksEnglishWithLangEn() {
        CliRun run = ics("barometer", "checklist", KOMMUNE, "--plan", PLAN, "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith("Expectations of an ICS municipality: Eksempel Kommune, as of 2024-03-14")
                .contains("Pass  ", "Fail  ", "Super-users in proportion to caseworkers",
                        "In all – Pass: 4, Fail: 2, Unknown: 0", "Anchoring plan: in force, adopted 2023-05-01",
                        "Tasks past their deadline on 2024-03-14: T3 (2024-02-01)")
                .doesNotContain("Opfyldt");
    }

    @Test
    void jsonHasEachExpectationAndThePlan() {
        CliRun run = ics("barometer", "checklist", KOMMUNE, "--plan", PLAN, "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("municipality").asString()).isEqualTo("Eksempel Kommune");
        assertThat(root.get("allPassed").asBoolean()).isFalse();
        assertThat(root.at("/counts/FAIL").asInt()).isEqualTo(2);
        assertThat(root.get("expectations").valueStream().map(e -> e.get("code").asString())).containsExactly(
                "ICS_LEAD_APPOINTED", "AT_LEAST_TWO_SUPER_USERS", "SUPER_USERS_IN_PROPORTION",
                "STAFF_TRAINED_OR_ENROLLED", "NEW_STAFF_INTRODUCTION", "ANCHORING_PLAN_IN_FORCE");
        assertThat(root.at("/expectations/2/outcome").asString()).isEqualTo("FAIL");
        assertThat(root.at("/expectations/2/reason/en").asString()).contains("34");
        assertThat(root.at("/plan/status").asString()).isEqualTo("IN_FORCE");
        assertThat(root.at("/plan/overdueTasks/0/id").asString()).isEqualTo("T3");
        assertThat(root.at("/plan/aimPointsNotCovered")).isEmpty();
    }

    @Test
    void badFilesAndBadThresholdsAreOneLineAndExitCode2() {
        for (String[] args : new String[][] {
            {"barometer", "checklist", TEST + "profile-wrong-type.json"},
            {"barometer", "checklist", TEST + "findes-ikke.json"},
            {"barometer", "checklist", TEST + "malformed.json"},
            {"barometer", "checklist", KOMMUNE, "--plan", TEST + "malformed.json"},
            {"barometer", "checklist", KOMMUNE, "--trained-percent", "101"},
            {"barometer", "checklist", KOMMUNE, "--min-super-users", "0"},
            {"barometer", "checklist"}}) {
            CliRun run = ics(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).as(String.join(" ", args)).singleElement().asString().startsWith("ics: ")
                    .doesNotContain("Jensen", "Hansen", "Exception");
        }
        assertThat(ics("barometer", "checklist", TEST + "profile-wrong-type.json").err())
                .contains("profile-wrong-type.json", "/superUsers");
    }
}
