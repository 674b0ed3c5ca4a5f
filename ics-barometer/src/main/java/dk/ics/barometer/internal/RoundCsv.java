package dk.ics.barometer.internal;

import dk.ics.barometer.Answer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.Respondent;
import dk.ics.barometer.Role;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundInfo;
import dk.ics.barometer.Statement;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Language;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.SafeText;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rounds as CSV, the way a survey tool exports them: one row per respondent, one column per statement id. The
 * columns {@code respondent} and {@code role} are required; {@code municipality}, {@code date} and
 * {@code catalogue} ({@code id@version}) are optional and, when present, must hold the same value on every row.
 * A header cell may carry the statement's text after its id ({@code S1.2 Ledelsen har udpeget …}).
 */
public final class RoundCsv {

    /** The metadata columns, by their accepted names (English and Danish). */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("respondent", "respondent"), Map.entry("respondentid", "respondent"),
            Map.entry("id", "respondent"), Map.entry("role", "role"), Map.entry("rolle", "role"),
            Map.entry("municipality", "municipality"), Map.entry("kommune", "municipality"),
            Map.entry("date", "date"), Map.entry("dato", "date"),
            Map.entry("catalogue", "catalogue"), Map.entry("katalog", "catalogue"));
    /** What an unknown statement id must look like to be echoed in a message (e.g. {@code S8.1}, {@code K2}). */
    private static final Pattern STATEMENT_LIKE = Pattern.compile("[A-Za-z]{0,4}[0-9]{1,3}(\\.[0-9]{1,3}){0,2}");
    private static final Pattern ID_PREFIX = Pattern.compile("^([^\\s:]+)[\\s:]*(.*)$", Pattern.DOTALL);
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-uuuu"), DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    private RoundCsv() {
    }

    /** Whether a name is taken by a metadata column, so no statement may have it as id. */
    public static boolean isReservedColumn(String name) {
        return COLUMNS.containsKey(key(name));
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }

    /** Reads a round from CSV, checking every cell against the catalogue. */
    public static Round read(InputStream in, String source, Catalogue catalogue, RoundInfo info, ReadLimits limits) {
        CsvReader.Table table = CsvReader.read(in, source, limits);
        Location file = source == null ? Location.UNKNOWN : Location.of(source);
        if (table.rows().isEmpty()) {
            throw new IcsInvalidDataException(file, "the CSV input is empty; expected a header row and one row "
                    + "per respondent");
        }
        CsvReader.Row headerRow = table.rows().get(0);
        Header header = header(headerRow, file, catalogue);
        if (table.rows().size() == 1) {
            throw new IcsInvalidDataException(file.withLineColumn(headerRow.line(), 0),
                    "the round has no respondents; expected one row per respondent after the header");
        }
        Rows rows = new Rows(file, header.names(), header.meta());
        List<Respondent> respondents = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvReader.Row row : table.rows().subList(1, table.rows().size())) {
            respondents.add(respondent(row, header, rows, seen, catalogue));
            rows.collectMeta(row);
        }
        return assemble(rows, respondents, info, catalogue, file);
    }

    /** The header's columns: metadata columns by name, statement columns by position. */
    private record Header(List<String> names, Map<String, Integer> meta, Map<Integer, String> statements) {
    }

    private static Header header(CsvReader.Row header, Location file, Catalogue catalogue) {
        Map<String, Integer> meta = new HashMap<>();
        Map<Integer, String> statements = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String cell = header.cells().get(c).strip();
            Location at = file.withLineColumn(header.line(), c + 1);
            String column = COLUMNS.get(key(cell));
            if (column != null) {
                if (meta.put(column, c) != null) {
                    throw new IcsInvalidDataException(at, "duplicate column " + SafeText.code(column));
                }
                names.add(column);
                continue;
            }
            var m = ID_PREFIX.matcher(cell);
            String id = m.matches() ? m.group(1) : cell;
            if (catalogue.statement(id).isEmpty()) {
                List<String> known = catalogue.statements().stream().map(Statement::id).toList();
                if (!STATEMENT_LIKE.matcher(id).matches()) {
                    // Not shaped like an id: the header may be any text, so it is not echoed.
                    throw new IcsInvalidDataException(at, "column " + (c + 1) + ": the header is neither a known "
                            + "column (respondent, role, municipality, date, catalogue) nor a statement id; "
                            + "expected one of: " + String.join(", ", known));
                }
                throw new IcsUnknownCodeException(at, "statement id (column " + (c + 1) + ")", id, known);
            }
            if (statements.containsValue(id)) {
                throw new IcsInvalidDataException(at, "duplicate column " + SafeText.code(id));
            }
            statements.put(c, id);
            names.add(id);
        }
        for (String required : List.of("respondent", "role")) {
            if (!meta.containsKey(required)) {
                throw new IcsInvalidDataException(file.withLineColumn(header.line(), 0),
                        "missing column '" + required + "'; expected columns respondent, role and statement ids");
            }
        }
        return new Header(names, meta, statements);
    }

    private static Respondent respondent(CsvReader.Row row, Header header, Rows rows, Map<String, Long> seen,
            Catalogue catalogue) {
        if (row.cells().size() != header.names().size()) {
            throw new IcsInvalidDataException(rows.file.withLineColumn(row.line(), 0), "row " + row.line() + " has "
                    + row.cells().size() + " fields; the header has " + header.names().size());
        }
        String id = rows.cell(row, "respondent").strip();
        if (id.isEmpty()) {
            throw new IcsInvalidDataException(rows.at(row, "respondent"), rows.what(row, "respondent")
                    + ": expected the respondent's id");
        }
        Long first = seen.putIfAbsent(id, row.line());
        if (first != null) {
            throw new IcsInvalidDataException(rows.at(row, "respondent"), rows.what(row, "respondent")
                    + ": duplicate respondent id; the same id is on line " + first);
        }
        Role role = Role.parse(rows.cell(row, "role").strip(), rows.at(row, "role"));
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> e : header.statements().entrySet()) {
            String cell = row.cells().get(e.getKey());
            if (cell.isBlank()) {
                continue;
            }
            Location at = rows.file.withLineColumn(row.line(), e.getKey() + 1);
            Answer a = catalogue.scale().parse(cell).orElseThrow(() -> new IcsInvalidDataException(at,
                    "row " + row.line() + ", column " + SafeText.code(e.getValue())
                    + ": answer outside the scale; expected one of: "
                    + String.join(", ", catalogue.scale().expected()) + ", or an empty cell"));
            answers.put(e.getValue(), a);
        }
        return new Respondent(id, role, answers);
    }

    private static Round assemble(Rows rows, List<Respondent> respondents, RoundInfo info, Catalogue catalogue,
            Location file) {
        String municipality = rows.same("municipality", info == null ? null : info.municipality());
        String dateText = rows.same("date", null);
        LocalDate date = dateText == null ? (info == null ? null : info.date()) : rows.date(dateText);
        if (dateText != null && info != null && !info.date().equals(date)) {
            throw new IcsInvalidDataException(rows.metaAt("date"), "column 'date' differs from the date given when "
                    + "reading");
        }
        if (municipality == null || date == null) {
            throw new IcsInvalidDataException(file, "the round's " + (municipality == null ? "municipality" : "date")
                    + " is missing: add a column for it or give it when reading (RoundInfo)");
        }
        String cat = rows.same("catalogue", catalogue.id() + "@" + catalogue.version());
        int atSign = cat.lastIndexOf('@');
        String catId = atSign < 0 ? cat : cat.substring(0, atSign);
        String catVersion = atSign < 0 ? "" : cat.substring(atSign + 1);
        RoundCheck.checkCatalogue(catId, catVersion, catalogue, rows.metaAt("catalogue"));
        return new Round(municipality, date, catId, catVersion, respondents);
    }

    /** Writes a round as CSV: metadata columns, then one column per statement of the catalogue. */
    public static String write(Round round, Catalogue catalogue, boolean words, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("respondent", "role", "municipality", "date", "catalogue"));
        catalogue.statements().forEach(s -> header.add(s.id()));
        rows.add(header);
        for (Respondent r : round.respondents()) {
            List<String> row = new ArrayList<>(List.of(r.id(), r.role().name(), round.municipality(),
                    round.date().toString(), round.catalogueId() + "@" + round.catalogueVersion()));
            for (Statement s : catalogue.statements()) {
                Answer a = r.answer(s.id());
                row.add(a == null ? "" : words || !a.hasValue()
                        ? catalogue.scale().optionFor(a).map(o -> o.label().da()).orElseThrow()
                        : a.value().toString());
            }
            rows.add(row);
        }
        return CsvWriter.write(rows, delimiter);
    }

    /** An empty CSV for a survey tool: the header only, each statement column with its id and its text. */
    public static String template(Catalogue catalogue, Language language, char delimiter) {
        List<String> header = new ArrayList<>(List.of("respondent", "role"));
        catalogue.statements().forEach(s -> header.add(s.id() + " " + s.text().in(language)));
        return CsvWriter.write(List.of(header), delimiter);
    }

    /** Reads the metadata columns of rows and checks that they agree. */
    private static final class Rows {
        private final Location file;
        private final List<String> names;
        private final Map<String, Integer> meta;
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, Long> firstLine = new HashMap<>();

        Rows(Location file, List<String> names, Map<String, Integer> meta) {
            this.file = file;
            this.names = names;
            this.meta = meta;
        }

        String cell(CsvReader.Row row, String column) {
            return row.cells().get(meta.get(column));
        }

        Location at(CsvReader.Row row, String column) {
            return file.withLineColumn(row.line(), meta.get(column) + 1);
        }

        String what(CsvReader.Row row, String column) {
            return "row " + row.line() + ", column " + SafeText.code(names.get(meta.get(column)));
        }

        void collectMeta(CsvReader.Row row) {
            for (String column : List.of("municipality", "date", "catalogue")) {
                if (!meta.containsKey(column)) {
                    continue;
                }
                String v = cell(row, column).strip();
                String before = values.putIfAbsent(column, v);
                firstLine.putIfAbsent(column, row.line());
                if (before != null && !before.equals(v)) {
                    throw new IcsInvalidDataException(at(row, column), what(row, column)
                            + ": differs from line " + firstLine.get(column) + "; expected one value for the round");
                }
            }
        }

        String same(String column, String given) {
            String v = values.get(column);
            if (v == null || v.isEmpty()) {
                return given;
            }
            if (given != null && !given.equals(v) && !"catalogue".equals(column)) {
                throw new IcsInvalidDataException(metaAt(column), "column " + SafeText.code(column)
                        + " differs from the value given when reading");
            }
            return v;
        }

        Location metaAt(String column) {
            Long line = firstLine.get(column);
            return line == null ? file : file.withLineColumn(line, meta.get(column) + 1);
        }

        LocalDate date(String text) {
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(text, f);
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            throw new IcsInvalidDataException(metaAt("date"), "column 'date': expected a date (YYYY-MM-DD or "
                    + "DD-MM-YYYY)");
        }
    }
}
