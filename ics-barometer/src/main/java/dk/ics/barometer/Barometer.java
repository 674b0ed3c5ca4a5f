package dk.ics.barometer;

import dk.ics.barometer.internal.CatalogueReader;
import dk.ics.barometer.internal.FileAccess;
import dk.ics.barometer.internal.NextSteps;
import dk.ics.barometer.internal.RoundCheck;
import dk.ics.barometer.internal.RoundCsv;
import dk.ics.barometer.internal.RoundJson;
import dk.ics.barometer.internal.Scorer;
import dk.ics.barometer.internal.TrendCalculator;
import dk.ics.barometer.internal.UsageScorer;
import dk.ics.model.IcsException;
import dk.ics.model.Language;
import dk.ics.model.ReadLimits;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ICS implementation barometer: scores rounds of answers per aim point, overall and per role, compares rounds
 * over time, scores the use of ICS in casework from a case system's figures, and suggests next steps. Start with
 * {@link #standard()} (the built-in catalogue) or {@link #withCatalogue(Catalogue)}:
 *
 * <pre>{@code
 * Barometer barometer = Barometer.standard();
 * Round round = barometer.readCsv(Path.of("runde-2024.csv"));
 * RoundScore score = barometer.score(round);
 * Trend trend = barometer.compare(round2023, round2024);
 * }</pre>
 *
 * <p>The scoring rules are described on {@link AimPointScore} and {@link GroupScore}. Immutable and thread-safe; the
 * {@code with…} methods return a new barometer.
 */
public final class Barometer {

    /** The default margin for {@link Direction#STABLE}: a change of at most 5 points either way. */
    public static final int DEFAULT_TREND_MARGIN = 5;

    private final Catalogue catalogue;
    private final int trendMargin;
    private final ReadLimits limits;

    private Barometer(Catalogue catalogue, int trendMargin, ReadLimits limits) {
        this.catalogue = catalogue;
        this.trendMargin = trendMargin;
        this.limits = limits;
    }

    /** The barometer with the built-in catalogue (seven aim points, 24 statements). */
    public static Barometer standard() {
        return new Barometer(Catalogue.standard(), DEFAULT_TREND_MARGIN, ReadLimits.DEFAULTS);
    }

    /**
     * The barometer with another catalogue, e.g. a municipality's own or a new official edition.
     *
     * @throws IcsException when the catalogue is not valid (as when loaded from a file)
     */
    public static Barometer withCatalogue(Catalogue catalogue) {
        CatalogueReader.check(Objects.requireNonNull(catalogue, "catalogue"), "catalogue");
        return new Barometer(catalogue, DEFAULT_TREND_MARGIN, ReadLimits.DEFAULTS);
    }

    /** This barometer with another margin (in points, 0 or more) within which a change counts as stable. */
    public Barometer withTrendMargin(int points) {
        if (points < 0 || points > 100) {
            throw new IllegalArgumentException("the trend margin must be 0 to 100 points");
        }
        return new Barometer(catalogue, points, limits);
    }

    /** This barometer reading files within other limits. */
    public Barometer withReadLimits(ReadLimits readLimits) {
        return new Barometer(catalogue, trendMargin, Objects.requireNonNull(readLimits, "readLimits"));
    }

    /** The catalogue. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** The margin in points within which a change counts as stable. */
    public int trendMargin() {
        return trendMargin;
    }

    /** The limits files are read within. */
    public ReadLimits readLimits() {
        return limits;
    }

    /**
     * Scores a round.
     *
     * @throws IcsException when the round is of another catalogue, empty, has duplicate respondents, unknown
     *                      statement ids or answers outside the scale
     */
    public RoundScore score(Round round) {
        RoundCheck.check(round, catalogue, null);
        return Scorer.score(round, catalogue);
    }

    /** Compares two or more rounds of one municipality (sorted by date, oldest first). */
    public Trend compare(Round first, Round second, Round... more) {
        List<Round> all = new ArrayList<>(List.of(first, second));
        all.addAll(List.of(more));
        return compare(all);
    }

    /** Compares two or more rounds of one municipality (sorted by date, oldest first). */
    public Trend compare(List<Round> rounds) {
        rounds.forEach(r -> RoundCheck.check(r, catalogue, null));
        return TrendCalculator.compare(rounds, catalogue, trendMargin);
    }

    /** Scores the use of ICS in casework from a case system's figures (see {@link UsageScore}). */
    public UsageScore usage(UsageFigures figures) {
        return UsageScorer.score(figures, catalogue.thresholds());
    }

    /**
     * Suggested next steps for the weakest aim points of a scored round: the aim points with a score, lowest first
     * (ties in catalogue order), that are not green, at most {@code howMany}, each with the catalogue's advice; then
     * aim points without enough answers, with a suggestion to get more answers.
     */
    public List<NextStep> nextSteps(RoundScore score, int howMany) {
        return NextSteps.suggest(score, catalogue, howMany);
    }

    /** An empty CSV for a survey tool: a header of {@code respondent}, {@code role} and each statement's id and
     * Danish text, delimited by {@code ;}. */
    public String csvTemplate() {
        return csvTemplate(Language.DA);
    }

    /** An empty CSV for a survey tool, with the statements' texts in the given language. */
    public String csvTemplate(Language language) {
        return RoundCsv.template(catalogue, language, ';');
    }

    /** Writes the empty CSV for a survey tool to a file (UTF-8 with a byte order mark, for spreadsheets). */
    public void writeCsvTemplate(Path file) {
        FileAccess.writeBytes(file, ("\uFEFF" + csvTemplate()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a round from a file: JSON when the name ends in {@code .json}, otherwise CSV (which then needs
     * {@code municipality} and {@code date} columns).
     */
    public Round read(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".json") ? readJson(file) : readCsv(file);
    }

    /** Reads a round from a CSV file that has {@code municipality} and {@code date} columns. */
    public Round readCsv(Path file) {
        return readCsv(file, null);
    }

    /** Reads a round from a CSV file; {@code info} gives the municipality and date when the file lacks them. */
    public Round readCsv(Path file, RoundInfo info) {
        return FileAccess.withStream(file, in -> readCsv(in, FileAccess.sourceName(file), info));
    }

    /** Reads a round from CSV (the stream is not closed); {@code info} may be {@code null}. */
    public Round readCsv(InputStream in, String source, RoundInfo info) {
        return RoundCsv.read(in, source, catalogue, info, limits);
    }

    /** Reads a round from a JSON file. */
    public Round readJson(Path file) {
        return FileAccess.withStream(file, in -> readJson(in, FileAccess.sourceName(file)));
    }

    /** Reads a round from JSON (the stream is not closed). */
    public Round readJson(InputStream in, String source) {
        return RoundJson.read(in, source, catalogue, limits);
    }

    /** A round as CSV with the answers in words, delimited by {@code ;}. */
    public String toCsv(Round round) {
        return toCsv(round, CsvAnswers.WORDS);
    }

    /** A round as CSV, delimited by {@code ;}, answers in words or numbers. */
    public String toCsv(Round round, CsvAnswers answers) {
        RoundCheck.check(round, catalogue, null);
        return RoundCsv.write(round, catalogue, answers == CsvAnswers.WORDS, ';');
    }

    /** Writes a round to a CSV file (UTF-8 with a byte order mark, so spreadsheets read æ, ø and å right). */
    public void writeCsv(Round round, Path file) {
        FileAccess.writeBytes(file, ("\uFEFF" + toCsv(round)).getBytes(StandardCharsets.UTF_8));
    }

    /** A round as JSON. */
    public String toJson(Round round) {
        RoundCheck.check(round, catalogue, null);
        return RoundJson.write(round, catalogue);
    }

    /** Writes a round to a JSON file (UTF-8). */
    public void writeJson(Round round, Path file) {
        FileAccess.writeBytes(file, toJson(round).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an implementation/anchoring plan and checks its aim point ids against the catalogue. */
    public AnchoringPlan readPlan(Path file) {
        return AnchoringPlan.load(file, catalogue, limits);
    }

    @Override
    public String toString() {
        return "Barometer[catalogue=" + catalogue.id() + "@" + catalogue.version() + ", trendMargin=" + trendMargin
                + "]";
    }
}
