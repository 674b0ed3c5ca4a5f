package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void demoNarratesInDanishAndNamesTheFolderAtTheEnd() {
        Path out = tmp.resolve("demo");

        CliRun run = CliRun.ics("demo", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("ICS-demo", "ICS-trekanten", "Trygt omsorgsmiljø",
                "2. Aldersopdelte fokusområder", "Aldersgruppe: 6-9 år (AAR_6_9)", "Ressource: ",
                "3. Frister", "Frister i sag sag-2025-0113 (Barnets lov), pr. 2026-11-24", "Overskredet");
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .startsWith("Færdig. Resultaterne ligger i mappen: ")
                .endsWith(out.toAbsolutePath().normalize().toString());
    }

    @Test
    void demoWritesEachStepAsTextAndJsonIntoTheFolder() throws Exception {
        Path out = tmp.resolve("demo");

        CliRun run = CliRun.ics("demo", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("triangle.txt")).content().contains("Barnets behov");
        JsonNode triangle = JSON.readTree(Files.readString(out.resolve("triangle.json")));
        assertThat(triangle.get("sides")).hasSize(3);
        assertThat(out.resolve("focus-areas.txt")).content().contains("10. Socialt netværk");
        JsonNode focus = JSON.readTree(Files.readString(out.resolve("focus-areas.json")));
        assertThat(focus.at("/ageGroup/code").asString()).isEqualTo("AAR_6_9");
        assertThat(focus.get("dimensions")).hasSize(10);
        assertThat(out.resolve("deadlines.txt")).content().contains("Barnets lov § 108");
        JsonNode deadlines = JSON.readTree(Files.readString(out.resolve("deadlines.json")));
        assertThat(deadlines.get("case").asString()).isEqualTo("sag-2025-0113");
        assertThat(deadlines.at("/counts/OVERDUE").asInt()).isEqualTo(2);
    }

    @Test
    void demoSpeaksEnglishWithLangEn() {
        CliRun run = CliRun.ics("demo", "--out", tmp.resolve("demo").toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ICS demo", "The ICS triangle", "Age group: 6-9 years", "Legal basis",
                        "Done. The results are in the folder: ")
                .doesNotContain("Færdig");
    }

    @Test
    void demoInJsonListsTheFolderAndItsFiles() {
        Path out = tmp.resolve("demo");

        CliRun run = CliRun.ics("demo", "--out", out.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.get("out").asString()).isEqualTo(out.toAbsolutePath().normalize().toString());
        assertThat(summary.get("files").valueStream().map(JsonNode::asString))
                .containsExactly("triangle.txt", "triangle.json", "focus-areas.txt", "focus-areas.json",
                        "deadlines.txt", "deadlines.json");
        assertThat(summary.get("on").asString()).isEqualTo("2026-11-24");
    }

    @Test
    void anotherReferenceDateTellsAnotherStory() {
        CliRun run = CliRun.ics("demo", "--out", tmp.resolve("demo").toString(), "--on", "2025-02-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Frister i sag sag-2025-0113 (Barnets lov), pr. 2025-02-01")
                .doesNotContain("Barnets lov § 108");
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsBadInput() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");

        CliRun run = CliRun.ics("demo", "--out", file.resolve("sub").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("ics: ").contains("output folder");
    }
}
