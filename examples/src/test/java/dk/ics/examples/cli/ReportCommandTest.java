package dk.ics.examples.cli;

import static dk.ics.examples.cli.CliRun.ics;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportCommandTest {

    private static final String CASE = "src/test/resources/report/case-barn-7f3a.json";
    private static final String DOCS = "../examples/data/documents/";
    private static final String BROKEN = "../ics-templates/src/test/resources/documents/broken/";
    private static final String ROUNDS = "../examples/data/barometer/";

    @TempDir
    Path dir;

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        String html = Files.readString(file);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static int count(Document d, String tag) {
        NodeList l = d.getElementsByTagName(tag);
        return l.getLength();
    }

    @Test
    void theCaseReportDrawsTheInvestigationAndListsTheFindings() throws Exception {
        Path out = dir.resolve("sub/rapport.html");
        CliRun run = ics("report", "case", CASE, DOCS + "bfu.json", DOCS + "barnets-plan.json",
                BROKEN + "plan-goal-without-responsible.json", "--on", "2025-12-01", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Rapporten er skrevet: ").contains("rapport.html");
        assertThat(run.err()).isEmpty();
        String html = Files.readString(out);
        assertThat(html).contains("Trygt omsorgsmiljø").contains("Socialt netværk")
                .contains("ICS-PLAN-002").contains("plan-goal-without-responsible.json#/")
                .contains("Familie og netværk")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        Document doc = xml(out);
        assertThat(count(doc, "svg")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCaseReportSpeaksEnglishOnRequest() throws Exception {
        Path out = dir.resolve("report.html");
        CliRun run = ics("report", "case", CASE, DOCS + "bfu.json", "--on", "2025-12-01", "--lang", "en",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("The report was written: ");
        assertThat(Files.readString(out)).contains("Safe care environment").contains("Family and network");
    }

    @Test
    void aDocumentAboutAnotherChildIsRefusedAndNoReportIsLeft() {
        Path out = dir.resolve("rapport.html");
        CliRun run = ics("report", "case", "../examples/data/cases/sag-bl-anbringelse.json", DOCS + "bfu.json",
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("ics: ").contains("bfu.json").contains("another child")
                .doesNotContain("barn-7f3a").doesNotContain("barn-4b71");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFileIsBadInputAndNoReportIsLeft() throws IOException {
        Path out = dir.resolve("rapport.html");
        CliRun run = ics("report", "case", CASE, DOCS + "findes-ikke.json", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("findes-ikke.json");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theBarometerReportDrawsOnePolygonPerRound() throws Exception {
        Path out = dir.resolve("barometer.html");
        CliRun run = ics("report", "barometer", ROUNDS + "eksempel-kommune-2024.csv",
                ROUNDS + "eksempel-kommune-2023.json", "--checklist", ROUNDS + "kommune.json",
                "--usage", ROUNDS + "brug-af-ics.json", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document doc = xml(out);
        assertThat(count(doc, "polygon")).isGreaterThanOrEqualTo(2);
        assertThat(Files.readString(out)).contains("Ledelsen går foran").contains("2023-03-15")
                .contains("2024-03-14").doesNotContain("<script");
    }

    @Test
    void anEmptyRoundIsBadInputAndNoReportIsLeft() {
        Path out = dir.resolve("barometer.html");
        CliRun run = ics("report", "barometer", "src/test/resources/report/empty-round.csv", "--out",
                out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void roundsFromTwoMunicipalitiesAreNotCompared() {
        Path out = dir.resolve("barometer.html");
        CliRun run = ics("report", "barometer", ROUNDS + "eksempel-kommune-2024.csv",
                "src/test/resources/report/anden-kommune-2023.csv", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void theGroupHasHelp() {
        CliRun help = ics("report", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("case", "barometer");
    }

    @Test
    void theOutputFileIsRequired() {
        CliRun run = ics("report", "barometer", ROUNDS + "eksempel-kommune-2024.csv");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--out");
    }
}
