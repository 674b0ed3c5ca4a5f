package dk.ics.barometer.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.barometer.AnchoringPlan;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.MunicipalityProfile;
import dk.ics.barometer.RoundInfo;
import dk.ics.barometer.Rounds;
import dk.ics.barometer.UsageFigures;
import dk.ics.model.IcsLimitException;
import dk.ics.model.ReadLimits;
import dk.ics.model.hostile.HostileInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry point of ics-barometer that reads JSON or CSV rejects hostile input with an {@link IcsLimitException}
 * naming the limit, and stops reading at the limit. Runs in the {@code hostile-input} Surefire execution with a
 * 64 MB heap, so an entry point that buffered a 50 MB input would fail the build with an OutOfMemoryError.
 */
@Tag("hostile")
class BarometerHostileInputTest {

    private static final long FIFTY_MB = 50 * HostileInput.MB;
    private static final long TEN_MB = 10 * HostileInput.MB;
    private static final int MILLION = 1_000_000;
    private static final long READ_AHEAD = 64 * 1024;
    private static final RoundInfo INFO = new RoundInfo("Eksempel Kommune", LocalDate.of(2024, 3, 14));
    private static final Barometer BAROMETER = Barometer.standard();

    @TempDir
    static Path dir;
    static Path bigJson;
    static Path deepJson;
    static Path longStringJson;
    static Path manyPropertiesJson;
    static Path bigCsv;
    static Path wideCsv;
    static Path longCsv;
    static Path longCellCsv;

    @BeforeAll
    static void writeHostileFiles() throws IOException {
        bigJson = HostileInput.jsonOfSize(FIFTY_MB).writeTo(dir.resolve("big.json"));
        deepJson = HostileInput.jsonNestedObjects(100_000).writeTo(dir.resolve("deep.json"));
        longStringJson = HostileInput.jsonLongString(TEN_MB).writeTo(dir.resolve("long-string.json"));
        manyPropertiesJson = dir.resolve("many-properties.json");
        try (InputStream in = HostileInput.jsonManyProperties(FIFTY_MB)) {
            Files.copy(in, manyPropertiesJson);
        }
        bigCsv = csvOfSize(FIFTY_MB).writeTo(dir.resolve("big.csv"));
        wideCsv = csvWithColumns(MILLION).writeTo(dir.resolve("wide.csv"));
        longCsv = csvWithRows(MILLION).writeTo(dir.resolve("long.csv"));
        longCellCsv = csvWithCell(TEN_MB).writeTo(dir.resolve("long-cell.csv"));
    }

    /** A CSV round of about {@code bytes} bytes: a header and the same respondent row over and over. */
    private static HostileInput csvOfSize(long bytes) {
        String header = "respondent;role;S1.1\n";
        String row = "R01;LEADER;3\n";
        return HostileInput.of(header, row, (bytes - header.length()) / row.length(), "");
    }

    private static HostileInput csvWithColumns(int columns) {
        return HostileInput.of("respondent;role", ";S1.1", columns, "\nR01;LEADER\n");
    }

    private static HostileInput csvWithRows(int rows) {
        return HostileInput.of("respondent;role\n", "R\n", rows, "");
    }

    /** A CSV round whose one answer cell is a quoted field of {@code chars} characters. */
    private static HostileInput csvWithCell(long chars) {
        return HostileInput.of("respondent;role;S1.1\nR01;LEADER;\"", "x", chars, "\"\n");
    }

    /** Every entry point that reads a JSON file. */
    static Stream<Arguments> jsonFileEntryPoints() {
        return Stream.of(
                Arguments.of("Rounds.read(Path)", (Function<Path, Object>) Rounds::read),
                Arguments.of("Rounds.readJson(Path)", (Function<Path, Object>) Rounds::readJson),
                Arguments.of("Barometer.read(Path)", (Function<Path, Object>) BAROMETER::read),
                Arguments.of("Barometer.readJson(Path)", (Function<Path, Object>) BAROMETER::readJson),
                Arguments.of("Barometer.readPlan(Path)", (Function<Path, Object>) BAROMETER::readPlan),
                Arguments.of("Catalogue.load(Path)", (Function<Path, Object>) Catalogue::load),
                Arguments.of("MunicipalityProfile.load(Path)", (Function<Path, Object>) MunicipalityProfile::load),
                Arguments.of("AnchoringPlan.load(Path)", (Function<Path, Object>) AnchoringPlan::load),
                Arguments.of("AnchoringPlan.load(Path, catalogue, limits)", (Function<Path, Object>) p ->
                        AnchoringPlan.load(p, Catalogue.standard(), ReadLimits.DEFAULTS)),
                Arguments.of("UsageFigures.load(Path)", (Function<Path, Object>) UsageFigures::load));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFileEntryPoints")
    void aFiftyMegabyteJsonFileIsRejectedAtMaxBytes(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(bigJson), "maxBytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFileEntryPoints")
    void jsonNestedOneHundredThousandDeepIsRejectedAtMaxDepth(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(deepJson), "maxDepth");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFileEntryPoints")
    void aTenMegabyteJsonStringIsRejectedAtMaxStringLength(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(longStringJson), "maxStringLength");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFileEntryPoints")
    void aJsonObjectOfMillionsOfPropertiesIsRejectedAtMaxArrayLength(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(manyPropertiesJson), "maxArrayLength");
    }

    /** Every entry point that reads a CSV file. */
    static Stream<Arguments> csvFileEntryPoints() {
        return Stream.of(
                Arguments.of("Rounds.read(Path)", (Function<Path, Object>) Rounds::read),
                Arguments.of("Rounds.readCsv(Path)", (Function<Path, Object>) Rounds::readCsv),
                Arguments.of("Rounds.readCsv(Path, info)", (Function<Path, Object>) p -> Rounds.readCsv(p, INFO)),
                Arguments.of("Barometer.read(Path)", (Function<Path, Object>) BAROMETER::read),
                Arguments.of("Barometer.readCsv(Path)", (Function<Path, Object>) BAROMETER::readCsv),
                Arguments.of("Barometer.readCsv(Path, info)",
                        (Function<Path, Object>) p -> BAROMETER.readCsv(p, INFO)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFileEntryPoints")
    void aFiftyMegabyteCsvFileIsRejectedAtMaxBytes(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(bigCsv), "maxBytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFileEntryPoints")
    void aCsvOfAMillionColumnsIsRejectedAtMaxColumns(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(wideCsv), "maxColumns");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFileEntryPoints")
    void aCsvOfAMillionRowsIsRejectedAtMaxRows(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(longCsv), "maxRows");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFileEntryPoints")
    void aCsvWithATenMegabyteCellIsRejectedAtMaxBytes(String name, Function<Path, Object> entryPoint) {
        // The CSV reader takes the whole input (at most maxBytes) before it splits it, so a 10 MB cell crosses
        // maxBytes (8 MB) first; a cell under maxBytes but over maxStringLength is the next test.
        assertLimit(() -> entryPoint.apply(longCellCsv), "maxBytes");
    }

    @Test
    void aCsvCellOverMaxStringLengthIsRejectedAtMaxStringLength() {
        long chars = ReadLimits.DEFAULTS.maxStringLength() + 1L;
        assertLimit(() -> BAROMETER.readCsv(csvWithCell(chars), "round.csv", INFO), "maxStringLength");
        assertLimit(() -> BAROMETER.readCsv(HostileInput.of("respondent;role;S1.1\nR01;LEADER;", "x", chars, "\n"),
                "round.csv", INFO), "maxStringLength");
    }

    @Test
    void aFiftyMegabyteCsvStreamIsRejectedWithoutReadingPastTheLimit() {
        HostileInput in = csvOfSize(FIFTY_MB);
        assertLimit(() -> BAROMETER.readCsv(in, "round.csv", INFO), "maxBytes");
        assertThat(in.consumed()).isLessThanOrEqualTo(ReadLimits.DEFAULTS.maxBytes() + READ_AHEAD);
    }

    @Test
    void aCallersLowerCsvLimitsAreTheOnesEnforced() {
        Barometer tight = BAROMETER.withReadLimits(ReadLimits.DEFAULTS.withMaxRows(10).withMaxColumns(3));
        assertThatThrownBy(() -> tight.readCsv(csvWithRows(11), "round.csv", INFO))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(10));
        assertThatThrownBy(() -> tight.readCsv(csvWithColumns(2), "round.csv", INFO))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(3));
    }

    /** The stream entry points that read JSON. */
    static Stream<Arguments> jsonStreamEntryPoints() {
        return Stream.of(
                Arguments.of("Barometer.readJson(InputStream)",
                        (Function<InputStream, Object>) in -> BAROMETER.readJson(in, "round.json")),
                Arguments.of("Catalogue.read(InputStream)",
                        (Function<InputStream, Object>) in -> Catalogue.read(in, "catalogue.json",
                                ReadLimits.DEFAULTS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonStreamEntryPoints")
    void aFiftyMegabyteJsonStreamIsRejectedWithoutReadingPastTheLimit(String name,
            Function<InputStream, Object> entryPoint) {
        HostileInput in = HostileInput.jsonOfSize(FIFTY_MB);
        assertLimit(() -> entryPoint.apply(in), "maxBytes");
        assertThat(in.consumed()).isLessThanOrEqualTo(ReadLimits.DEFAULTS.maxBytes() + READ_AHEAD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonStreamEntryPoints")
    void deepJsonIsRejectedAfterReadingLittleMoreThanTheLimit(String name, Function<InputStream, Object> entryPoint) {
        HostileInput in = HostileInput.jsonNestedArrays(100_000);
        assertLimit(() -> entryPoint.apply(in), "maxDepth");
        assertThat(in.consumed()).isLessThan(READ_AHEAD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonStreamEntryPoints")
    void aTenMegabyteJsonStringIsRejectedWithoutReadingIt(String name, Function<InputStream, Object> entryPoint) {
        HostileInput in = HostileInput.jsonLongString(TEN_MB);
        assertLimit(() -> entryPoint.apply(in), "maxStringLength");
        assertThat(in.consumed()).isLessThan(ReadLimits.DEFAULTS.maxStringLength() * 2L + READ_AHEAD);
    }

    private static void assertLimit(Supplier<Object> read, String limit) {
        assertThatThrownBy(read::get).isInstanceOfSatisfying(IcsLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo(limit);
            assertThat(e.getMessage()).contains(limit);
        });
    }
}
