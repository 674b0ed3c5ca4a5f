package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundCsvTest {

    private static final Barometer BAROMETER = Barometer.standard();
    private static final Path BAD = Path.of("src", "test", "resources", "csv");
    private static final RoundInfo INFO = RoundInfo.of("Testkommune", LocalDate.of(2024, 5, 1));

    private static Round read(String csv) {
        return BAROMETER.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv", INFO);
    }

    @Test
    void surveyExportWithWordsNumbersAndBlanksIsRead() {
        Round r = read("respondent;rolle;S1.1;S1.2;S1.3\n7;Rådgiver;I høj grad;;Ved ikke\n8;Leder;2;slet ikke;1\n");
        assertThat(r.municipality()).isEqualTo("Testkommune");
        assertThat(r.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        Respondent first = r.respondents().get(0);
        assertThat(first.role()).isEqualTo(Role.CASEWORKER);
        assertThat(first.answers()).containsOnlyKeys("S1.1", "S1.3");
        assertThat(first.answer("S1.1")).isEqualTo(Answer.of(3));
        assertThat(first.answer("S1.3")).isEqualTo(Answer.DONT_KNOW);
        assertThat(r.respondents().get(1).answer("S1.2")).isEqualTo(Answer.of(0));
    }

    @Test
    void roundTripsWithoutLossInWordsAndInNumbers(@TempDir Path dir) {
        Round original = BAROMETER.readJson(TestRounds.examples().resolve("eksempel-kommune-2023.json"));
        Path file = dir.resolve("round.csv");
        BAROMETER.writeCsv(original, file);
        assertThat(Rounds.readCsv(file)).isEqualTo(original);
        String numbers = BAROMETER.toCsv(original, CsvAnswers.NUMBERS);
        assertThat(BAROMETER.readCsv(new ByteArrayInputStream(numbers.getBytes(StandardCharsets.UTF_8)), "n.csv",
                null)).isEqualTo(original);
    }

    @Test
    void writtenFileStartsWithAByteOrderMarkAndSemicolons(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("round.csv");
        Rounds.writeCsv(TestRounds.round(java.util.List.of(TestRounds.allOf("A", Role.LEADER, "S1", 3))), file);
        String text = Files.readString(file);
        assertThat(text).startsWith("\uFEFFrespondent;role;municipality;date;catalogue;S1.1;");
        assertThat(text).contains("A;LEADER;Testkommune;2024-03-01;ics-implementeringsbarometer@2019.1;I høj grad;");
    }

    @Test
    void templateIsAHeaderWithIdsAndTextsThatReadsAsAnEmptyRound() {
        String template = BAROMETER.csvTemplate();
        assertThat(template).startsWith("respondent;role;S1.1 Ledelsen har opstillet tydelige rammer");
        assertThat(template.lines()).hasSize(1);
        assertThat(template).contains("S7.3 Samarbejdspartnere beskriver");
        assertThatThrownBy(() -> read(template)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("no respondents");
        Round filled = read(template + "R1;Superbruger" + ";3".repeat(24) + "\n");
        assertThat(filled.respondents().get(0).answers()).hasSize(24);
    }

    @Test
    void unknownStatementColumnIsNamedWithItsColumn() {
        assertThatThrownBy(() -> read("respondent;role;S1.1;S8.1\nR1;LEADER;3;3\n"))
                .isInstanceOfSatisfying(IcsUnknownCodeException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(1);
                    assertThat(e.location().column()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("'S8.1'", "column 4", "S1.1");
                });
    }

    @Test
    void answerOutsideTheScaleIsReportedWithRowAndColumnWithoutEchoingIt() {
        assertThatThrownBy(() -> read("respondent;role;S1.1;S1.2\nR1;LEADER;3;3\nR2;LEADER;2;Anders mener nej\n"))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(3);
                    assertThat(e.location().column()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("row 3", "'S1.2'", "I høj grad (3)")
                            .doesNotContain("Anders");
                });
    }

    @Test
    void numberOutsideTheScaleIsRefused() {
        assertThatThrownBy(() -> read("respondent;role;S1.1\nR1;LEADER;4\n"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("r.csv:2:3");
    }

    @Test
    void duplicateRespondentIsReportedWithBothLines() {
        assertThatThrownBy(() -> read("respondent;role;S1.1\nR1;LEADER;3\nR2;LEADER;3\nR1;LEADER;2\n"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("r.csv:4:1")
                .hasMessageContaining("duplicate respondent id").hasMessageNotContaining("R1").hasMessageContaining("line 2");
    }

    @Test
    void unknownRoleIsNamedWithTheRoles() {
        assertThatThrownBy(() -> read("respondent;role;S1.1\nR1;Direktør;3\n"))
                .isInstanceOf(IcsUnknownCodeException.class).hasMessageContaining("r.csv:2:2")
                .hasMessageContaining("CASEWORKER (Sagsbehandler)");
    }

    @Test
    void rowWithTooFewFieldsIsRefused() {
        assertThatThrownBy(() -> read("respondent;role;S1.1;S1.2\nR1;LEADER;3\n"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("row 2 has 3 fields");
    }

    @Test
    void missingRoleColumnIsRefused() {
        assertThatThrownBy(() -> read("respondent;S1.1\nR1;3\n"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("missing column 'role'");
    }

    @Test
    void emptyRoundIsRefused() {
        assertThatThrownBy(() -> read("respondent;role;S1.1\n")).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("no respondents");
        assertThatThrownBy(() -> read("")).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void roundOfAnotherCatalogueIsRefused() {
        assertThatThrownBy(() -> Rounds.readCsv(BAD.resolve("other-catalogue.csv")))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("other-catalogue.csv:2:5")
                .hasMessageContaining("'1999.1'");
    }

    @Test
    void municipalityDifferingBetweenRowsIsRefused() {
        assertThatThrownBy(() -> Rounds.readCsv(BAD.resolve("two-municipalities.csv")))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("two-municipalities.csv:3:3")
                .hasMessageContaining("differs from line 2");
    }

    @Test
    void roundWithoutDateNeedsItGiven() {
        assertThatThrownBy(() -> BAROMETER.readCsv(new ByteArrayInputStream(
                "respondent;role;municipality;S1.1\nR1;LEADER;X;3\n".getBytes(StandardCharsets.UTF_8)), "d.csv", null))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("date is missing");
    }

    @Test
    void messagesNeverQuoteFreeTextOrCprLikeValues() {
        assertThatThrownBy(() -> read("respondent;role;S1.1\n010203-1234;LEADER;3\n010203-1234;LEADER;3\n"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageNotContaining("010203");
        assertThatThrownBy(() -> read("respondent;role;S1.1\nR1;Mor til Emil, 010203-1234;3\n"))
                .isInstanceOf(IcsUnknownCodeException.class).hasMessageNotContaining("Emil")
                .hasMessageNotContaining("010203");
        assertThatThrownBy(() -> read("respondent;role;Emil Hansens sag\nR1;LEADER;3\n"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("r.csv:1:3")
                .hasMessageContaining("neither a known column").hasMessageNotContaining("Emil");
    }

    @Test
    void barometerReadLimitsApplyToCsv() {
        Barometer small = BAROMETER.withReadLimits(dk.ics.model.ReadLimits.DEFAULTS.withMaxRows(2));
        assertThatThrownBy(() -> small.readCsv(new ByteArrayInputStream(
                "respondent;role;S1.1\nR1;LEADER;3\nR2;LEADER;3\n".getBytes(StandardCharsets.UTF_8)), "l.csv", INFO))
                .isInstanceOfSatisfying(dk.ics.model.IcsLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo("maxRows"));
    }

    @Test
    void respondentToStringShowsNeitherIdNorAnswers() {
        Respondent r = read("respondent;role;S1.1\nAnne Jensen;LEADER;3\n").respondents().get(0);
        assertThat(r.toString()).isEqualTo("Respondent[role=LEADER, answers=1]");
    }

    @Test
    void templateFileHasAByteOrderMarkForSpreadsheets(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("skabelon.csv");
        BAROMETER.writeCsvTemplate(file);
        assertThat(Files.readString(file)).startsWith("\uFEFFrespondent;role;S1.1 Ledelsen");
    }

    @Test
    void roundInfoSuppliesTheMunicipalityAndDateACsvLacks(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("survey.csv");
        Files.writeString(file, "respondent;role;S1.1;S1.2\nA;LEADER;3;I nogen grad\n");
        Round r = Rounds.readCsv(file, RoundInfo.of("Infokommune", LocalDate.of(2024, 5, 1)));
        assertThat(r.municipality()).isEqualTo("Infokommune");
        assertThat(r.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(r.respondents().get(0).answer("S1.2")).isEqualTo(Answer.of(2));
        assertThat(Rounds.toCsv(r)).startsWith("respondent;role;municipality;date;catalogue;S1.1;")
                .contains("A;LEADER;Infokommune;2024-05-01;ics-implementeringsbarometer@2019.1;I høj grad;"
                        + "I nogen grad;");
        assertThatThrownBy(() -> Rounds.readCsv(file)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("municipality");
    }
}
