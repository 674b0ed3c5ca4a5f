package dk.ics.barometer;

import java.nio.file.Path;

/**
 * Reading and writing rounds with the built-in catalogue, in one call: {@code Rounds.readCsv(path)}. For another
 * catalogue or other read limits use the same methods on a {@link Barometer}.
 *
 * <p><b>CSV</b>, as a survey tool exports it: one row per respondent, one column per statement id. The columns
 * {@code respondent} and {@code role} (a {@link Role} code or its Danish or English name) are required;
 * {@code municipality}, {@code date} (YYYY-MM-DD or DD-MM-YYYY) and {@code catalogue} ({@code id@version}) are
 * optional and must hold one value for the whole round. A statement column's header is the statement id, optionally
 * followed by its text. An answer is the scale's Danish or English words, its number or its code; an empty cell is a
 * statement not answered. {@code ;} or {@code ,} delimits, quoted fields follow RFC 4180, a UTF-8 byte order mark is
 * skipped. A bad cell is reported with its line and column; nothing is dropped or guessed.
 *
 * <p><b>JSON</b>: {@code {"municipality", "date", "catalogue": {"id", "version"}, "respondents": [{"id", "role",
 * "answers": {"S1.1": 3, "S1.3": "Ved ikke"}}]}}.
 */
public final class Rounds {

    private Rounds() {
    }

    /** Reads a round from a file: JSON when the name ends in {@code .json}, otherwise CSV. */
    public static Round read(Path file) {
        return Barometer.standard().read(file);
    }

    /** Reads a round from a CSV file with {@code municipality} and {@code date} columns. */
    public static Round readCsv(Path file) {
        return Barometer.standard().readCsv(file);
    }

    /** Reads a round from a CSV file, taking the municipality and date from {@code info} where columns lack them. */
    public static Round readCsv(Path file, RoundInfo info) {
        return Barometer.standard().readCsv(file, info);
    }

    /** Reads a round from a JSON file. */
    public static Round readJson(Path file) {
        return Barometer.standard().readJson(file);
    }

    /** Writes a round to a CSV file (answers in Danish words, {@code ;} delimited, UTF-8 with byte order mark). */
    public static void writeCsv(Round round, Path file) {
        Barometer.standard().writeCsv(round, file);
    }

    /** Writes a round to a JSON file. */
    public static void writeJson(Round round, Path file) {
        Barometer.standard().writeJson(round, file);
    }

    /** A round as CSV text. */
    public static String toCsv(Round round) {
        return Barometer.standard().toCsv(round);
    }

    /** A round as JSON text. */
    public static String toJson(Round round) {
        return Barometer.standard().toJson(round);
    }
}
