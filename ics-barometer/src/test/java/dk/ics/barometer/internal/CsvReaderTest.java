package dk.ics.barometer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvReader.Table read(String text) {
        return read(text, ReadLimits.DEFAULTS);
    }

    private static CsvReader.Table read(String text, ReadLimits limits) {
        return CsvReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", limits);
    }

    private static List<List<String>> cells(CsvReader.Table t) {
        return t.rows().stream().map(CsvReader.Row::cells).toList();
    }

    @Test
    void readsSemicolonDelimitedRowsWithCrlf() {
        CsvReader.Table t = read("a;b;c\r\n1;2;3\r\n");
        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(cells(t)).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void detectsCommaWhenItSplitsHeaderAndFirstRowAlike() {
        CsvReader.Table t = read("a,b,c\n1,2,3\n");
        assertThat(t.delimiter()).isEqualTo(',');
        assertThat(cells(t).get(1)).containsExactly("1", "2", "3");
    }

    @Test
    void prefersSemicolonWhenHeaderTextsHoldMoreCommas() {
        CsvReader.Table t = read("id;S1.1 Ja, nej, måske, og så videre\n1;2\n");
        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(cells(t).get(0)).hasSize(2);
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() {
        CsvReader.Table t = read("a;b\n\"x;y\";\"he said \"\"hi\"\"\nnext\"\n");
        assertThat(cells(t).get(1)).containsExactly("x;y", "he said \"hi\"\nnext");
    }

    @Test
    void lineNumbersCountPhysicalLines() {
        CsvReader.Table t = read("a;b\n\"1\n2\";3\n4;5\n");
        assertThat(t.rows()).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 4L);
    }

    @Test
    void byteOrderMarkIsSkipped() {
        CsvReader.Table t = read("\uFEFFrespondent;role\nR1;LEADER\n");
        assertThat(cells(t).get(0).get(0)).isEqualTo("respondent");
    }

    @Test
    void emptyLinesAreSkippedAndTrailingDelimiterGivesEmptyField() {
        CsvReader.Table t = read("a;b\n\n1;\n\n");
        assertThat(cells(t)).containsExactly(List.of("a", "b"), List.of("1", ""));
    }

    @Test
    void unclosedQuoteIsAParseErrorAtItsStart() {
        assertThatThrownBy(() -> read("a;b\n1;\"open\n"))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("t.csv:2:3")
                .hasMessageContaining("not closed");
    }

    @Test
    void textAfterClosingQuoteIsAParseError() {
        assertThatThrownBy(() -> read("a;b\n\"x\"y;2\n")).isInstanceOf(IcsParseException.class)
                .hasMessageContaining("t.csv:2:4");
    }

    @Test
    void quoteInsideUnquotedFieldIsAParseError() {
        assertThatThrownBy(() -> read("a;b\nx\"y;2\n")).isInstanceOf(IcsParseException.class)
                .hasMessageContaining("quote inside an unquoted field");
    }

    @Test
    void invalidUtf8IsAParseError() {
        byte[] latin1 = "a;b\nø;1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.read(new ByteArrayInputStream(latin1), "t.csv", ReadLimits.DEFAULTS))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void rowLimitIsEnforced() {
        assertThatThrownBy(() -> read("a\n1\n2\n3\n", ReadLimits.DEFAULTS.withMaxRows(3)))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("maxRows");
                    assertThat(e.location().line()).isEqualTo(4);
                });
    }

    @Test
    void columnLimitIsEnforced() {
        assertThatThrownBy(() -> read("a;b;c;d\n", ReadLimits.DEFAULTS.withMaxColumns(3)))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxColumns"));
    }

    @Test
    void stringLimitIsEnforcedForQuotedAndUnquotedFields() {
        ReadLimits five = ReadLimits.DEFAULTS.withMaxStringLength(5);
        assertThat(cells(read("abcde;\"vwxyz\"\n", five)).get(0)).containsExactly("abcde", "vwxyz");
        assertThatThrownBy(() -> read("abcdef\n", five)).isInstanceOfSatisfying(IcsLimitException.class,
                e -> assertThat(e.limit()).isEqualTo("maxStringLength"));
        assertThatThrownBy(() -> read("\"abcdef\"\n", five)).isInstanceOfSatisfying(IcsLimitException.class,
                e -> assertThat(e.limit()).isEqualTo("maxStringLength"));
    }

    @Test
    void byteLimitIsEnforced() {
        assertThatThrownBy(() -> read("a;b\n1;2\n", ReadLimits.DEFAULTS.withMaxBytes(5)))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxBytes"));
    }

    @Test
    void writerQuotesWhatNeedsQuotingAndReaderReadsItBack() {
        List<List<String>> rows = List.of(List.of("a", "b;c", "d\"e"), List.of(" lead", "line\r\nbreak", ""));
        String csv = CsvWriter.write(rows, ';');
        assertThat(csv).startsWith("a;\"b;c\";\"d\"\"e\"\r\n");
        assertThat(cells(read(csv))).isEqualTo(rows);
    }

    @Test
    void lastRecordMayEndWithoutALineBreak() {
        assertThat(cells(read("a;b\n1;2"))).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(cells(read("a;b\n1;\"2\""))).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(cells(read("a;b\n\"x\"\"\""))).containsExactly(List.of("a", "b"), List.of("x\""));
    }

    @Test
    void bareCarriageReturnsEndLinesToTheEndOfTheInput() {
        CsvReader.Table t = read("a;b\r1;2\r3;4\r");
        assertThat(cells(t)).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(t.rows()).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void lineBreaksInsideQuotesCountOnceWhateverTheirKind() {
        // CRLF, a bare CR and a bare LF inside quoted fields each start one new physical line
        CsvReader.Table t = read("a;b\r\n\"1\r\n2\";3\r\n\"4\r5\";6\r\n\"7\n8\";9\r\n10;11\r\n");
        assertThat(t.rows()).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 4L, 6L, 8L);
        assertThat(cells(t).get(2)).containsExactly("4\r5", "6");
        assertThatThrownBy(() -> read("a;b\r\n\"1\r\n2\";3\r\nx\"y;4\r\n"))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("t.csv:4:2");
    }

    @Test
    void semicolonWinsWhenBothDelimitersSplitTheHeaderAndFirstRecordAlike() {
        CsvReader.Table t = read("a;b,c\n1;2,3\n");
        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(cells(t).get(1)).containsExactly("1", "2,3");
    }

    @Test
    void commaIsChosenWhenNoSemicolonOccursEvenIfTheFirstRecordIsLonger() {
        CsvReader.Table t = read("a,b\n1,2,3\n");
        assertThat(t.delimiter()).isEqualTo(',');
        assertThat(cells(t).get(1)).containsExactly("1", "2", "3");
    }

    @Test
    void delimitersInsideQuotedCellsDoNotCountWhenChoosingTheDelimiter() {
        // outside quotes the header has one semicolon and no comma, so the commas in "p,q,r,s" do not decide
        CsvReader.Table t = read("\"p,q,r,s\";t\n1;2;3\n");
        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(cells(t).get(0)).containsExactly("p,q,r,s", "t");
    }

    @Test
    void fieldsAndRecordsOfExactlyTheLimitsAreAccepted() {
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxColumns(3).withMaxStringLength(5);
        assertThat(cells(read("a;b;c\nabcde;vwxyz;\"klmno\"\n", limits)))
                .containsExactly(List.of("a", "b", "c"), List.of("abcde", "vwxyz", "klmno"));
        assertThatThrownBy(() -> read("a;b;c\n12345;123456\n", limits))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("maxStringLength");
                    assertThat(e.location().line()).isEqualTo(2);
                });
    }

    @Test
    void cellsBeginningOrEndingWithASpecialCharacterAreQuotedAndReadBack() {
        List<List<String>> rows = List.of(List.of(";a", "\"b", "\nc", "\rd", "e;"),
                List.of("f\"", "g\n", "h\r", "plain", ""));
        String csv = CsvWriter.write(rows, ';');
        assertThat(csv).startsWith("\";a\";\"\"\"b\";\"\nc\";\"\rd\";\"e;\"\r\n")
                .endsWith(";plain;\r\n");
        assertThat(cells(read(csv))).isEqualTo(rows);
    }
}
