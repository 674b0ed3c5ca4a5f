package dk.ics.examples.cli;

import static dk.ics.examples.cli.CliRun.ics;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.RoundScore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BarometerScoreCommandTest {

    private static final String ROUNDS = "../examples/data/barometer/";
    private static final String R2023 = ROUNDS + "eksempel-kommune-2023.csv";
    private static final String R2024 = ROUNDS + "eksempel-kommune-2024.csv";
    private static final String BAD = "src/test/resources/barometer/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The line of the aim point table that starts with the aim point's id and title. */
    private static String line(String out, String start) {
        return out.lines().filter(l -> l.startsWith("  " + start)).findFirst().orElseThrow(
                () -> new AssertionError("no line starting with " + start + " in\n" + out));
    }

    @Test
    void scoresEveryAimPointWithBarStatusAndAnswersAsTheLibraryDoes() {
        CliRun run = ics("barometer", "score", R2024, "--next-steps", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("ICS-implementeringsbarometret: Eksempel Kommune, runden 2024-03-14")
                .contains("16 respondenter: Leder 2, ICS-ansvarlig 1, Superbruger 3, Sagsbehandler 8, "
                        + "Samarbejdspartner 2")
                .contains("Sigtepunkt", "Score", "Status", "Svar")
                .doesNotContain("Udvikling", "Forslag til næste skridt");
        RoundScore score = Barometer.standard().score(Barometer.standard().read(Path.of(R2024)));
        for (AimPointScore a : score.total().aimPoints()) {
            String line = line(run.out(), a.aimPointId() + " " + a.title().da());
            assertThat(line).contains(BarometerScoreView.bar(a.score()) + " " + String.format("%6d", a.score()))
                    .contains(a.status().label().da()).endsWith(" " + a.answers());
        }
        assertThat(line(run.out(), "S7 Samarbejdspartnerne inddrages")).contains("[####......]", " 41 ", "Gul");
        assertThat(line(run.out(), "Samlet")).contains(" 63 ", "Gul", " 317");
    }

    @Test
    void comparesWithAnEarlierRoundAndNamesTheDirectionOfEachAimPoint() {
        CliRun run = ics("barometer", "score", R2024, "--previous", R2023, "--next-steps", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Sammenlignet med tidligere runder: 2023-03-15, 2024-03-14",
                "Udvikling", "Ændring", "Tendens", "Udsagnet hvis svar flyttede sig mest: S2.2 (+1,43",
                "En ændring på højst ± 5 point regnes for stabil.");
        assertThat(line(run.out(), "S2 Der er en plan")).contains("32 → 69", "+37", "Fremgang");
        assertThat(line(run.out(), "S7 Samarbejdspartnerne")).contains("40 → 41", "+1", "Stabil");
        assertThat(line(run.out(), "Samlet")).contains("47 → 63", "+16", "Fremgang");
    }

    @Test
    void theOrderOfTheRoundsDoesNotMatterForTheTrend() {
        CliRun older = ics("barometer", "score", R2023, "--previous", ROUNDS + "eksempel-kommune-2024.json",
                "--next-steps", "0");

        assertThat(older.exitCode()).as(older.err()).isZero();
        assertThat(older.out()).contains("runden 2023-03-15");
        assertThat(line(older.out(), "S2 Der er en plan")).contains(" 32 ", "32 → 69", "+37", "Fremgang");
    }

    @Test
    void showsRoleGapsNextStepsAndTheUseOfIcsWhenAskedFor() {
        CliRun run = ics("barometer", "score", R2024, "--previous", R2023, "--usage", ROUNDS + "brug-af-ics.json",
                "--next-steps", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Fund:", "BAR-ROLE-GAP", "Forslag til næste skridt:",
                "  S7 Samarbejdspartnerne inddrages (41, Gul)", "  S5 Ting tager tid (55, Gul)",
                "Brug af ICS i sagsbehandlingen, 2023-09-01 – 2024-02-29:",
                "44/46 på ICS-skabelon, 35 uden fejl")
                .doesNotContain("  S6 ICS danner rammen for den daglige praksis (");
        assertThat(line(run.out(), "Børnefaglig undersøgelse")).contains("86", "Grøn");
    }

    @Test
    void speaksEnglishWithLangEn() {
        CliRun run = ics("barometer", "score", R2024, "--previous", R2023, "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("ICS implementation barometer: Eksempel Kommune, round of 2024-03-14")
                .contains("16 respondents: Leader 2", "Aim point", "Over time", "Suggested next steps:",
                        "The statement whose answers moved most: S2.2 (+1.43")
                .doesNotContain("Sigtepunkt", "Fremgang");
        assertThat(line(run.out(), "S2 There is a plan for implementation/anchoring"))
                .contains("69", "Green", "Improving");
        assertThat(line(run.out(), "S7 Partners are involved")).contains("Yellow", "Stable");
    }

    @Test
    void jsonHasTheScoresTrendNextStepsAndUsage() {
        CliRun run = ics("barometer", "score", ROUNDS + "eksempel-kommune-2024.json", "--previous", R2023,
                "--usage", ROUNDS + "brug-af-ics.json", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("municipality").asString()).isEqualTo("Eksempel Kommune");
        assertThat(root.get("date").asString()).isEqualTo("2024-03-14");
        assertThat(root.get("respondents").asInt()).isEqualTo(16);
        assertThat(root.at("/respondentsByRole/CASEWORKER").asInt()).isEqualTo(8);
        assertThat(root.at("/overall/score").asInt()).isEqualTo(63);
        assertThat(root.at("/overall/status").asString()).isEqualTo("YELLOW");
        assertThat(root.at("/overall/trend/direction").asString()).isEqualTo("IMPROVING");
        JsonNode aimPoints = root.get("aimPoints");
        assertThat(aimPoints).hasSize(7);
        assertThat(aimPoints.valueStream().map(a -> a.get("id").asString()))
                .containsExactly("S1", "S2", "S3", "S4", "S5", "S6", "S7");
        JsonNode s2 = aimPoints.get(1);
        assertThat(s2.at("/title/da").asString()).isEqualTo("Der er en plan for implementering/forankring");
        assertThat(s2.get("score").asInt()).isEqualTo(69);
        assertThat(s2.get("status").asString()).isEqualTo("GREEN");
        assertThat(s2.at("/trend/scores").valueStream().map(JsonNode::asInt)).containsExactly(32, 69);
        assertThat(s2.at("/trend/change").asInt()).isEqualTo(37);
        assertThat(s2.at("/byRole/LEADER").isNumber()).isTrue();
        assertThat(aimPoints.get(6).at("/trend/direction").asString()).isEqualTo("STABLE");
        assertThat(root.at("/trend/dates").valueStream().map(JsonNode::asString))
                .containsExactly("2023-03-15", "2024-03-14");
        assertThat(root.at("/trend/mostMoved/statement").asString()).isEqualTo("S2.2");
        assertThat(root.get("findings").valueStream().map(f -> f.get("code").asString())).contains("BAR-ROLE-GAP");
        assertThat(root.get("nextSteps")).hasSize(3);
        assertThat(root.at("/nextSteps/0/aimPoint").asString()).isEqualTo("S7");
        assertThat(root.at("/usage/steps")).hasSize(3);
        assertThat(root.at("/usage/score").asInt()).isEqualTo(67);
    }

    @Test
    void withoutEarlierRoundsOrUsageTheJsonSaysSo() {
        JsonNode root = JSON.readTree(ics("barometer", "score", R2023, "--format", "json").out());

        assertThat(root.get("trend").isNull()).isTrue();
        assertThat(root.get("usage").isNull()).isTrue();
        assertThat(root.at("/aimPoints/0").has("trend")).isFalse();
    }

    @Test
    void aCsvFromTheTemplateIsScoredWithMunicipalityAndDateGiven(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String template = ics("barometer", "template").out();
        String answers = "R1;Sagsbehandler" + ";I høj grad".repeat(24) + System.lineSeparator();
        Path csv = java.nio.file.Files.writeString(dir.resolve("runde.csv"), template + answers);

        CliRun run = ics("barometer", "score", csv.toString(), "--municipality", "Prøve Kommune", "--date",
                "2025-01-31");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Prøve Kommune, runden 2025-01-31", "1 respondent: Sagsbehandler 1");
        assertThat(line(run.out(), "Samlet")).contains("[##########]", "100", "Grøn");

        CliRun withoutDate = ics("barometer", "score", csv.toString());
        assertThat(withoutDate.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(withoutDate.errLines()).singleElement().asString().contains("municipality");

        CliRun halfGiven = ics("barometer", "score", csv.toString(), "--date", "2025-01-31");
        assertThat(halfGiven.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(halfGiven.errLines()).singleElement().asString().contains("--municipality and --date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed.csv", "malformed.json", "unknown-statement.csv", "unknown-statement.json",
        "answer-outside-scale.csv", "findes-ikke.csv"})
    void badRoundsAreOneLineOnStderrWithoutTheirTextAndExitCode2(String file) {
        CliRun run = ics("barometer", "score", BAD + file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains(file)
                .doesNotContain("Jensen", "Hansen", "Exception", "\tat ");
    }

    @Test
    void anUnknownStatementIdIsNamedByColumnOrPointer() {
        assertThat(ics("barometer", "score", BAD + "unknown-statement.csv").err()).contains("column 6");
        assertThat(ics("barometer", "score", BAD + "unknown-statement.json").err())
                .contains("/respondents/0/answers/S9.9", "unknown statement id");
    }

    @Test
    void badUsageFiguresAndBadEarlierRoundsAreBadInputToo() {
        for (List<String> args : List.of(
                List.of(R2024, "--usage", BAD + "usage-more-on-template-than-documents.json"),
                List.of(R2024, "--previous", BAD + "malformed.csv"),
                List.of(R2024, "--previous", "src/test/resources/report/anden-kommune-2023.csv"),
                List.of(R2024, "--next-steps", "-1"))) {
            String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("barometer", "score"),
                    args.stream()).toArray(String[]::new);
            CliRun run = ics(all);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.errLines()).as(String.join(" ", args)).hasSize(1);
        }
    }

    @Test
    void theRoundIsRequired() {
        CliRun run = ics("barometer", "score");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("ROUND");
    }

    @Test
    void anAimPointWithTooFewAnswersHasNoScoreNoBarAndSaysSo() {
        CliRun run = ics("barometer", "score", BAD + "few-answers.csv", "--next-steps", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(line(run.out(), "S1 Ledelsen går foran")).contains("[########..]", "83", "Grøn");
        assertThat(line(run.out(), "S2 Der er en plan")).contains("–", "For få svar").doesNotContain("[");
        assertThat(run.out()).contains("1 respondent: Leder 1", "BAR-INSUFFICIENT-ANSWERS",
                "  S2 Der er en plan for implementering/forankring (For få svar)");

        JsonNode root = JSON.readTree(ics("barometer", "score", BAD + "few-answers.csv", "--format", "json").out());
        assertThat(root.at("/aimPoints/1/score").isNull()).isTrue();
        assertThat(root.at("/aimPoints/1/status").asString()).isEqualTo("INSUFFICIENT_ANSWERS");
        assertThat(root.at("/aimPoints/0/score").asInt()).isEqualTo(83);
    }

    @Test
    void theGroupHasHelpAndNeedsASubcommand() {
        CliRun help = ics("barometer", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("score", "template", "checklist");

        for (String command : List.of("score", "template", "checklist")) {
            CliRun run = ics("barometer", command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: ics barometer " + command, "--format", "--lang");
        }
        assertThat(ics("barometer", "checklist", "--help").out())
                .contains("Exit code 1 when any expectation is not met");

        CliRun none = ics("barometer");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.errLines()).singleElement().asString().contains("subcommand", "ics barometer --help");
    }

    @Test
    void theBarShowsOneMarkPerTenPoints() {
        assertThat(BarometerScoreView.bar(0)).isEqualTo("[..........]");
        assertThat(BarometerScoreView.bar(4)).isEqualTo("[..........]");
        assertThat(BarometerScoreView.bar(5)).isEqualTo("[#.........]");
        assertThat(BarometerScoreView.bar(64)).isEqualTo("[######....]");
        assertThat(BarometerScoreView.bar(100)).isEqualTo("[##########]");
        assertThat(BarometerScoreView.bar(null)).isEmpty();
    }
}
