package dk.ics.barometer.internal;

import java.util.List;

/**
 * A small RFC 4180 CSV writer: CRLF line ends, a field quoted when it holds the delimiter, a quote, a line break or
 * leading or trailing spaces, quotes doubled. Stateless and thread-safe.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** The rows as CSV text with the given delimiter. */
    public static String write(List<List<String>> rows, char delimiter) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(delimiter);
                }
                field(sb, row.get(i) == null ? "" : row.get(i), delimiter);
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String s, char delimiter) {
        boolean quote = s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0 || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}
