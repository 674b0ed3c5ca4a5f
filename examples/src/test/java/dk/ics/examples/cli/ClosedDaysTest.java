package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which customary days are closed is the user's choice ({@code --closed-days}), and {@code ics deadlines} says which
 * was used: a notification received on Friday 19 December 2025 is acknowledged within 6 working days.
 */
class ClosedDaysTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHRISTMAS = "src/test/resources/cases/jul.json";

    private static JsonNode acknowledgement(JsonNode root) {
        return root.get("deadlines").valueStream()
                .filter(d -> d.get("code").asString().equals("NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS")).findFirst()
                .orElseThrow();
    }

    private static JsonNode json(String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "deadlines";
        args[1] = CHRISTMAS;
        args[2] = "--on=2025-12-20";
        args[3] = "--format=json";
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun run = CliRun.ics(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void byDefaultChristmasEveAndNewYearsEveAreClosedAndTheOutputSaysSo() {
        JsonNode root = json();
        assertThat(root.get("closedDays").valueStream().map(JsonNode::asString))
                .containsExactly("GRUNDLOVSDAG", "JULEAFTENSDAG", "NYTAARSAFTENSDAG");
        assertThat(acknowledgement(root).get("due").asString()).isEqualTo("2026-01-05");

        CliRun text = CliRun.ics("deadlines", CHRISTMAS, "--on", "2025-12-20");
        assertThat(text.out()).contains(
                "Lukkedage ud over helligdage og weekender: Grundlovsdag, Juleaftensdag, Nytårsaftensdag");
    }

    @Test
    void withNoneClosedTheDeadlineFallsOnNewYearsEve() {
        JsonNode root = json("--closed-days=none");
        assertThat(root.get("closedDays")).isEmpty();
        assertThat(acknowledgement(root).get("due").asString()).isEqualTo("2025-12-31");

        CliRun text = CliRun.ics("deadlines", CHRISTMAS, "--on", "2025-12-20", "--closed-days", "none", "--lang",
                "en");
        assertThat(text.out()).contains("Closed days besides public holidays and weekends: none");
    }

    @Test
    void aListOfCodesClosesExactlyThose() {
        JsonNode root = json("--closed-days=JULEAFTENSDAG,grundlovsdag");
        assertThat(root.get("closedDays").valueStream().map(JsonNode::asString))
                .containsExactly("GRUNDLOVSDAG", "JULEAFTENSDAG");
        assertThat(acknowledgement(root).get("due").asString()).isEqualTo("2026-01-02");
    }

    @Test
    void anUnknownDayIsABadInputNamingTheChoices() {
        CliRun run = CliRun.ics("deadlines", CHRISTMAS, "--closed-days=JULEDAG");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--closed-days").contains("NYTAARSAFTENSDAG");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void validateAndTheCaseReportTakeTheOption(@TempDir Path dir) {
        CliRun validate = CliRun.ics("validate", "data/documents/bfu.json", "--case", "data/cases/sag-barn-7f3a.json",
                "--on", "2025-12-01", "--closed-days=none");
        assertThat(validate.err()).isEmpty();
        assertThat(validate.exitCode()).isNotEqualTo(ExitCodes.BAD_INPUT);
        CliRun report = CliRun.ics("report", "case", "data/cases/sag-barn-7f3a.json", "data/documents/bfu.json",
                "--on", "2025-12-01", "--out", dir.resolve("rapport.html").toString(), "--closed-days=none");
        assertThat(report.exitCode()).as(report.err()).isZero();
    }
}
