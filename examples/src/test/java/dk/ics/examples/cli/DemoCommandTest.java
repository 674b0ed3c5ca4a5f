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
        Path folder = out.toAbsolutePath().normalize();
        assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly(
                "Færdig. Resultaterne ligger i mappen: " + folder,
                "    Sagsrapport: " + folder.resolve("case-report.html"),
                "    Barometerrapport: " + folder.resolve("barometer-report.html"));
    }

    @Test
    void demoShowsEveryPartUnderItsOwnHeadingInOrder() {
        CliRun run = CliRun.ics("demo", "--out", tmp.resolve("demo").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsSubsequence("1. ICS-trekanten", "2. Aldersopdelte fokusområder",
                "3. Frister", "4. Skabeloner", "5. Tilpassede skabeloner",
                "6. ICS-tjek af en børnefaglig undersøgelse",
                "7. ICS-implementeringsbarometret", "8. Rapporter", "Færdig.");
    }

    @Test
    void demoListsTheBuiltInTemplatesAndChecksTwoCustomisedOnes() {
        String out = CliRun.ics("demo", "--out", tmp.resolve("demo").toString()).out();

        assertThat(part(out, "4. Skabeloner", "5. ")).contains("bfu@1.0.0", "Børnefaglig undersøgelse",
                "barnets-plan@1.0.0", "underretning@1.0.0");
        assertThat(part(out, "5. Tilpassede skabeloner", "6. "))
                .contains("bfu-eksempelkommune@1.0.0 (afledt af bfu@1.0.0): godkendt, ingen fund")
                .contains("bfu-uden-ressourcer-helbred@1.0.0 (afledt af bfu@1.0.0): afvist, 1 fejl, 0 advarsler")
                .contains("TPL-CONF-MISSING-ROLE /beskrivelse/barnetsUdvikling/sundhedsforhold/ressourcer");
    }

    @Test
    void demoShowsAnInvestigationWithFindingsAndTheSameOneFixed() {
        String out = CliRun.ics("demo", "--out", tmp.resolve("demo").toString()).out();

        String part = part(out, "6. ICS-tjek", "7. ");
        assertThat(part).contains("bfu-med-fund.json: 3 fejl, 0 advarsler", "ICS-BFU-004", "ICS-BFU-006",
                "ICS-BFU-013", "/beskrivelse/perspektiver/barnetsPerspektiv",
                "Den samme undersøgelse rettet (", "bfu.json): ingen fund");
        // Messages name fields and codes; the investigation's own text never appears.
        assertThat(part).doesNotContain("mormoren", "depression");
    }

    @Test
    void demoScoresTheBarometerWithItsTrend() {
        String out = CliRun.ics("demo", "--out", tmp.resolve("demo").toString()).out();

        String part = part(out, "7. ICS-implementeringsbarometret", "8. ");
        assertThat(part).contains("Eksempel Kommune, runden 2024-03-14", "S2 Der er en plan",
                "32 → 69", "+37", "Fremgang", "Stabil", "Samlet");
    }

    @Test
    void demoWritesBothReportsAsHtmlAndNamesThem() throws Exception {
        Path out = tmp.resolve("demo");

        CliRun run = CliRun.ics("demo", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : List.of("case-report.html", "barometer-report.html")) {
            Path report = out.resolve(name);
            assertThat(report).isRegularFile();
            String html = Files.readString(report);
            assertThat(html).as(name).startsWith("<!DOCTYPE html>").contains("<svg", "</html>")
                    .doesNotContain("<script", "http://", "https://");
            assertThat(run.out()).contains(report.toAbsolutePath().normalize().toString());
        }
        assertThat(Files.readString(out.resolve("case-report.html"))).contains("Trygt omsorgsmiljø");
        assertThat(Files.readString(out.resolve("barometer-report.html")))
                .contains("Ledelsen går foran", "2023-03-15", "2024-03-14");
    }

    /** The text of one part of the demo: from its heading to the next. */
    private static String part(String out, String heading, String next) {
        int start = out.indexOf(heading);
        assertThat(start).as("heading " + heading).isNotNegative();
        int end = out.indexOf(System.lineSeparator() + next, start);
        return end < 0 ? out.substring(start) : out.substring(start, end);
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
                        "4. Templates", "5. Customised templates", "approved", "refused",
                        "6. ICS checks of an investigation", "3 errors, 0 warnings", "child's perspective is missing",
                        "7. The ICS implementation barometer", "Improving", "8. Reports",
                        "Done. The results are in the folder: ", "Case report: ", "Barometer report: ")
                .doesNotContain("Færdig", "Fremgang", "Barnets perspektiv mangler");
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
                        "deadlines.txt", "deadlines.json", "templates.txt", "template-check.txt",
                        "bfu-findings.txt", "bfu-findings.json", "barometer.txt", "barometer.json",
                        "case-report.html", "barometer-report.html");
        assertThat(summary.get("on").asString()).isEqualTo("2026-11-24");
        assertThat(summary.at("/reports/case").asString())
                .isEqualTo(out.toAbsolutePath().normalize().resolve("case-report.html").toString());
        assertThat(Path.of(summary.at("/reports/barometer").asString())).isRegularFile();
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
