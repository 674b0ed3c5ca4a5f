package dk.ics.barometer.internal;

import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.BoundedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader: quoted fields with doubled quotes and line breaks inside, {@code ;} or {@code ,} as
 * delimiter (whichever occurs more often outside quotes in the header line; {@code ;} on a tie, as Danish
 * spreadsheets write), CRLF, LF or CR line ends, a UTF-8 byte order mark skipped, and completely empty lines skipped.
 * The {@link ReadLimits} maxBytes, maxRows, maxColumns and maxStringLength are enforced while reading. Errors carry
 * the line and the character column and never quote the input. Stateless and thread-safe.
 */
public final class CsvReader {

    /** One record of a CSV input: the line it starts on (1-based) and its fields. */
    public record Row(long line, List<String> cells) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }

        @Override
        public String toString() {
            return "Row[line=" + line + ", cells=" + cells.size() + "]";
        }
    }

    /** A parsed CSV input: the delimiter found and the records, the header first. */
    public record Table(char delimiter, List<Row> rows) {
        /** Copies the rows. */
        public Table {
            rows = List.copyOf(rows);
        }
    }

    private final String text;
    private final String source;
    private final ReadLimits limits;
    private final char delimiter;
    private int pos;
    private long line = 1;
    private int lineStart;

    private CsvReader(String text, String source, ReadLimits limits) {
        this.text = text;
        this.source = source;
        this.limits = limits;
        this.delimiter = detectDelimiter(text);
    }

    /** Reads a whole CSV input (the stream is not closed). */
    public static Table read(InputStream in, String source, ReadLimits limits) {
        String text = decode(in, source, limits);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CsvReader r = new CsvReader(text, source, limits);
        return new Table(r.delimiter, r.parse());
    }

    private static String decode(InputStream in, String source, ReadLimits limits) {
        byte[] bytes;
        try {
            bytes = new BoundedInputStream(in, limits.maxBytes(), source).readAllBytes();
        } catch (IOException e) {
            throw new IcsParseException(loc(source), "the CSV input cannot be read", null);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IcsParseException(loc(source), "the CSV input is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in "
                    + "a spreadsheet) and try again", null);
        }
    }

    /**
     * Picks {@code ;} or {@code ,}: the one that splits the header and the first record into the same number of
     * fields (more than one); when both or neither do, the one more frequent in the header; {@code ;} on a tie.
     */
    private static char detectDelimiter(String text) {
        int[] semicolons = countOutsideQuotes(text, ';');
        int[] commas = countOutsideQuotes(text, ',');
        boolean semicolonFits = semicolons[0] > 0 && semicolons[0] == semicolons[1];
        boolean commaFits = commas[0] > 0 && commas[0] == commas[1];
        if (semicolonFits != commaFits) {
            return semicolonFits ? ';' : ',';
        }
        return commas[0] > semicolons[0] ? ',' : ';';
    }

    /** How often a character occurs outside quotes on the first two logical lines. */
    private static int[] countOutsideQuotes(String text, char d) {
        int[] counts = new int[2];
        int lineNo = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lineNo < 2; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                lineNo++;
            } else if (!quoted && c == d) {
                counts[lineNo]++;
            }
        }
        return counts;
    }

    private List<Row> parse() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            long startLine = line;
            List<String> cells = readRecord();
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            if (rows.size() >= limits.maxRows()) {
                throw new IcsLimitException(loc(source).withLineColumn(startLine, 0), "maxRows", limits.maxRows());
            }
            rows.add(new Row(startLine, cells));
        }
        return rows;
    }

    private List<String> readRecord() {
        List<String> cells = new ArrayList<>();
        while (true) {
            if (cells.size() >= limits.maxColumns()) {
                throw new IcsLimitException(here(), "maxColumns", limits.maxColumns());
            }
            cells.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : unquoted());
            if (pos >= text.length()) {
                return cells;
            }
            char c = text.charAt(pos);
            if (c == delimiter) {
                pos++;
                if (pos >= text.length()) {
                    cells.add("");
                    return cells;
                }
            } else {
                endOfLine();
                return cells;
            }
        }
    }

    private String quoted() {
        Location opening = here();
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new IcsParseException(opening, "a quoted field is not closed: expected a closing '\"'", null);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    sb.append('"');
                    pos += 2;
                } else {
                    pos++;
                    break;
                }
            } else {
                sb.append(c);
                pos++;
                if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                    newLine();
                }
            }
            limitString(sb);
        }
        if (pos < text.length() && !isEnd(text.charAt(pos))) {
            throw new IcsParseException(here(),
                    "unexpected character after a closing quote: expected the delimiter or the end of the line", null);
        }
        return sb.toString();
    }

    private String unquoted() {
        int start = pos;
        while (pos < text.length() && !isEnd(text.charAt(pos))) {
            if (text.charAt(pos) == '"') {
                throw new IcsParseException(here(),
                        "a quote inside an unquoted field: expected the whole field in quotes with quotes doubled",
                        null);
            }
            pos++;
            if (pos - start > limits.maxStringLength()) {
                throw new IcsLimitException(here(), "maxStringLength", limits.maxStringLength());
            }
        }
        return text.substring(start, pos);
    }

    private boolean isEnd(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private void endOfLine() {
        if (text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        } else {
            pos++;
        }
        newLine();
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void limitString(StringBuilder sb) {
        if (sb.length() > limits.maxStringLength()) {
            throw new IcsLimitException(here(), "maxStringLength", limits.maxStringLength());
        }
    }

    private Location here() {
        return loc(source).withLineColumn(line, pos - lineStart + 1);
    }

    private static Location loc(String source) {
        return source == null ? Location.UNKNOWN : Location.of(source);
    }
}
