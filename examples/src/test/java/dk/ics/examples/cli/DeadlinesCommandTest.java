package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DeadlinesCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLACEMENT = "data/cases/sag-bl-anbringelse.json";
    private static final String NOTIFICATION = "data/cases/sag-bl-underretning.json";
    private static final String SEL_SUPPORT = "data/cases/sag-sel-stoette.json";
    private static final String BROKEN = "src/test/resources/cases/";
    /** Values in the broken test cases that must never reach stderr. */
    private static final List<String> CASE_VALUES =
            List.of("140512", "4321", "hemmelig", "Mor drikker", "2024-03-01", "2024-02-20", "sag-");

    @Test
    void placementCaseHasTheOverdueFollowUpAndUngeplan() {
        JsonNode root = deadlinesJson(PLACEMENT);

        assertThat(root.get("case").asString()).isEqualTo("sag-2025-0113");
        assertThat(root.get("regime").asString()).isEqualTo("BARNETS_LOV");
        assertThat(root.get("on").asString()).isEqualTo("2026-11-24");
        assertThat(statusOf(root, "FOLLOW_UP_NEXT_PLANNED", "2026-09-20")).isEqualTo("OVERDUE");
        assertThat(statusOf(root, "UNGEPLAN_3_MONTHS", "2026-11-22")).isEqualTo("OVERDUE");
        assertThat(statusOf(root, "NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS", "2025-01-21")).isEqualTo("MET_LATE");
        assertThat(statusOf(root, "BFU_4_MONTHS", "2025-05-13")).isEqualTo("MET_LATE");
        assertThat(root.at("/counts/OVERDUE").asInt()).isEqualTo(2);
        JsonNode ungeplan = byCode(root, "UNGEPLAN_3_MONTHS").get(0).get("reference");
        assertThat(ungeplan.get("law").asString()).isEqualTo("BARNETS_LOV");
        assertThat(ungeplan.get("section").asString()).isEqualTo("108");
        assertThat(ungeplan.get("subsection").asString()).isEqualTo("3");
        assertThat(ungeplan.get("consolidation").asString()).isEqualTo("LBK nr. 282 af 17/03/2025");
        assertThat(ungeplan.get("standing").asString()).isEqualTo("VERIFIED");
        JsonNode visits = byCode(root, "SUPERVISION_2_PER_YEAR").get(0).get("reference");
        assertThat(visits.get("standing").asString()).isEqualTo("PROJECT_READING");
        assertThat(visits.get("note").asString()).contains("from its first day");
    }

    @Test
    void notificationCaseHasOpenDeadlinesAndTheLateTalkWithTheChild() {
        JsonNode root = deadlinesJson(NOTIFICATION);

        assertThat(statusOf(root, "NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS", "2026-11-30")).isEqualTo("OPEN");
        assertThat(statusOf(root, "BFU_4_MONTHS", "2027-03-21")).isEqualTo("OPEN");
        JsonNode talk = byCode(root, "CHILD_TALK_ABUSE").get(0);
        assertThat(talk.get("status").asString()).isEqualTo("MET_LATE");
        assertThat(talk.get("wholeDay").asBoolean()).isFalse();
        assertThat(talk.get("due").asString()).startsWith("2026-11-21T15:45");
        assertThat(talk.get("metBy").asString()).startsWith("/events/");
        assertThat(talk.at("/label/da").asString()).isNotBlank();
        assertThat(talk.at("/label/en").asString()).isNotBlank();
    }

    @Test
    void closedSelCaseHasNothingPending() {
        JsonNode root = deadlinesJson(SEL_SUPPORT);

        assertThat(root.get("regime").asString()).isEqualTo("SEL");
        assertThat(root.get("counts").propertyNames()).doesNotContain("OPEN", "OVERDUE").contains("MET");
        assertThat(root.get("deadlines").valueStream().map(d -> d.get("basis").asString()))
                .allMatch(b -> b.startsWith("Serviceloven"));
    }

    @Test
    void textIsATableInDanishByDefault() {
        CliRun run = CliRun.ics("deadlines", PLACEMENT, "--on", "2026-11-24");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Frister i sag sag-2025-0113 (Barnets lov), pr. 2026-11-24",
                "Frist", "Hjemmel", "2026-09-20", "Overskredet", "Barnets lov § 95",
                "I alt – Overskredet: 2, Åben: 2,");
    }

    @Test
    void textIsEnglishWithLangEn() {
        CliRun run = CliRun.ics("deadlines", PLACEMENT, "--on", "2026-11-24", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Deadlines of case sag-2025-0113", "Legal basis", "Overdue",
                "In all – Overdue: 2, Open: 2,").doesNotContain("Overskredet");
    }

    @Test
    void withoutADateTheDeadlinesStandAsOfNow() {
        CliRun run = CliRun.ics("deadlines", NOTIFICATION);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .matches("Frister i sag sag-2026-1120 \\(Barnets lov\\), pr\\. \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }

    @Test
    void aMissingFileIsBadInputNamingTheFile() {
        CliRun run = CliRun.ics("deadlines", "no-such-case.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("ics: no-such-case.json: no such file");
    }

    @Test
    void aDirectoryIsBadInput() {
        CliRun run = CliRun.ics("deadlines", "data");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: data: ");
    }

    @Test
    void malformedJsonIsBadInputWithLineAndColumnAndNoValue() {
        CliRun run = CliRun.ics("deadlines", BROKEN + "not-json.json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains("not-json.json:6:");
        assertNoCaseValueOnStderr(run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"events-out-of-order.json", "wrong-type.json", "unknown-event.json"})
    void aCaseOfTheWrongShapeIsBadInputNamingThePlaceAndNoValue(String file) {
        CliRun run = CliRun.ics("deadlines", BROKEN + file, "--on", "2026-11-24");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains(file, "/");
        assertNoCaseValueOnStderr(run);
    }

    @Test
    void badInputHasNoStackTraceEvenWithDebug() {
        CliRun run = CliRun.ics("deadlines", BROKEN + "not-json.json", "--debug");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ");
        assertNoCaseValueOnStderr(run);
    }

    @Test
    void aBadReferenceDateIsBadInput() {
        CliRun run = CliRun.ics("deadlines", PLACEMENT, "--on", "24-11-2026");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains("--on");
    }

    @Test
    void aMissingCaseFileArgumentIsBadInput() {
        CliRun run = CliRun.ics("deadlines");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains("CASE.json");
    }

    private static void assertNoCaseValueOnStderr(CliRun run) {
        assertThat(run.err()).doesNotContain(CASE_VALUES).doesNotContain("\tat ");
    }

    private static JsonNode deadlinesJson(String file) {
        CliRun run = CliRun.ics("deadlines", file, "--on", "2026-11-24", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return JSON.readTree(run.out());
    }

    private static List<JsonNode> byCode(JsonNode root, String code) {
        return root.get("deadlines").valueStream().filter(d -> d.get("code").asString().equals(code))
                .collect(Collectors.toList());
    }

    private static String statusOf(JsonNode root, String code, String due) {
        return byCode(root, code).stream().filter(d -> d.get("due").asString().equals(due))
                .map(d -> d.get("status").asString()).findFirst().orElse("(no such deadline)");
    }
}
