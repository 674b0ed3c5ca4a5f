package dk.ics.model.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsJson;
import dk.ics.model.IcsLimitException;
import dk.ics.model.ReadLimits;
import dk.ics.model.age.AgeGroups;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.focus.FocusAreas;
import dk.ics.model.funnel.Funnel;
import dk.ics.model.triangle.DimensionMigration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
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
 * Every entry point of ics-model that reads JSON rejects hostile documents with an {@link IcsLimitException} naming
 * the limit, and stops reading at the limit. Runs in the {@code hostile-input} Surefire execution with a 64 MB heap,
 * so an entry point that buffered a 50 MB document would fail the build with an OutOfMemoryError.
 */
@Tag("hostile")
class ModelHostileInputTest {

    private static final long FIFTY_MB = 50 * HostileInput.MB;
    private static final long TEN_MB = 10 * HostileInput.MB;
    private static final int DEPTH = 100_000;
    /** Slack for the parser's read-ahead buffer beyond the limit. */
    private static final long READ_AHEAD = 64 * 1024;

    @TempDir
    static Path dir;
    static Path big;
    static Path deep;
    static Path longString;
    static Path manyProperties;

    @BeforeAll
    static void writeHostileFiles() throws IOException {
        big = HostileInput.jsonOfSize(FIFTY_MB).writeTo(dir.resolve("big.json"));
        deep = HostileInput.jsonNestedArrays(DEPTH).writeTo(dir.resolve("deep.json"));
        longString = HostileInput.jsonLongString(TEN_MB).writeTo(dir.resolve("long-string.json"));
        try (InputStream in = HostileInput.jsonManyProperties(FIFTY_MB)) {
            manyProperties = dir.resolve("many-properties.json");
            java.nio.file.Files.copy(in, manyProperties);
        }
    }

    /** Every entry point of ics-model that reads a JSON file. */
    static Stream<Arguments> fileEntryPoints() {
        return Stream.of(
                Arguments.of("IcsJson.read(Path)", (Function<Path, Object>) p -> IcsJson.read(p, Funnel.class)),
                Arguments.of("IcsJson.read(Path, limits)",
                        (Function<Path, Object>) p -> IcsJson.read(p, CaseRecord.class, ReadLimits.DEFAULTS)),
                Arguments.of("CaseRecords.read(Path)", (Function<Path, Object>) CaseRecords::read),
                Arguments.of("CaseRecords.read(Path, limits)",
                        (Function<Path, Object>) p -> CaseRecords.read(p, ReadLimits.DEFAULTS)),
                Arguments.of("AgeGroups.load(Path)", (Function<Path, Object>) AgeGroups::load),
                Arguments.of("AgeGroups.load(Path, limits)",
                        (Function<Path, Object>) p -> AgeGroups.load(p, ReadLimits.DEFAULTS)),
                Arguments.of("FocusAreas.load(Path)", (Function<Path, Object>) FocusAreas::load),
                Arguments.of("FocusAreas.load(Path, ageGroups)",
                        (Function<Path, Object>) p -> FocusAreas.load(p, AgeGroups.standard())),
                Arguments.of("DimensionMigration.load(Path)", (Function<Path, Object>) DimensionMigration::load));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileEntryPoints")
    void aFiftyMegabyteFileIsRejectedAtMaxBytes(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(big), "maxBytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileEntryPoints")
    void nestingOneHundredThousandDeepIsRejectedAtMaxDepth(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(deep), "maxDepth");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileEntryPoints")
    void aTenMegabyteStringIsRejectedAtMaxStringLength(String name, Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(longString), "maxStringLength");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileEntryPoints")
    void anObjectOfFiftyMegabytesOfDistinctPropertiesIsRejectedAtMaxArrayLength(String name,
            Function<Path, Object> entryPoint) {
        assertLimit(() -> entryPoint.apply(manyProperties), "maxArrayLength");
    }

    /** The stream and string entry points, over a fresh hostile stream. */
    static Stream<Arguments> streamEntryPoints() {
        return Stream.of(
                Arguments.of("IcsJson.read(InputStream)",
                        (Function<InputStream, Object>) in -> IcsJson.read(in, Funnel.class)),
                Arguments.of("IcsJson.read(InputStream, limits)",
                        (Function<InputStream, Object>) in -> IcsJson.read(in, CaseRecord.class, ReadLimits.DEFAULTS)),
                Arguments.of("CaseRecords.read(InputStream, source, limits)",
                        (Function<InputStream, Object>) in -> CaseRecords.read(in, "case.json", ReadLimits.DEFAULTS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamEntryPoints")
    void aFiftyMegabyteStreamIsRejectedWithoutReadingPastTheLimit(String name,
            Function<InputStream, Object> entryPoint) {
        HostileInput in = HostileInput.jsonOfSize(FIFTY_MB);
        assertLimit(() -> entryPoint.apply(in), "maxBytes");
        assertThat(in.consumed()).isLessThanOrEqualTo(ReadLimits.DEFAULTS.maxBytes() + READ_AHEAD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamEntryPoints")
    void deepNestingIsRejectedAfterReadingLittleMoreThanTheLimit(String name,
            Function<InputStream, Object> entryPoint) {
        HostileInput in = HostileInput.jsonNestedObjects(DEPTH);
        assertLimit(() -> entryPoint.apply(in), "maxDepth");
        assertThat(in.consumed()).isLessThan(READ_AHEAD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamEntryPoints")
    void aTenMegabyteStringIsRejectedWithoutReadingIt(String name, Function<InputStream, Object> entryPoint) {
        HostileInput in = HostileInput.jsonLongString(TEN_MB);
        assertLimit(() -> entryPoint.apply(in), "maxStringLength");
        assertThat(in.consumed()).isLessThan(ReadLimits.DEFAULTS.maxStringLength() * 2L + READ_AHEAD);
    }

    @Test
    void aCallersLowerLimitsAreTheOnesEnforced() {
        ReadLimits tight = ReadLimits.DEFAULTS.withMaxBytes(1000).withMaxDepth(5).withMaxStringLength(10);
        HostileInput size = HostileInput.jsonOfSize(HostileInput.MB);
        assertThatThrownBy(() -> CaseRecords.read(size, "case.json", tight))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(1000));
        assertThat(size.consumed()).isLessThanOrEqualTo(1000 + READ_AHEAD);
        assertThatThrownBy(() -> CaseRecords.read(HostileInput.jsonNestedArrays(6), null, tight))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(5));
        assertThatThrownBy(() -> CaseRecords.read(HostileInput.jsonLongString(11), null, tight))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(10));
    }

    @Test
    void aLongArrayIsRejectedAtMaxArrayLength() {
        HostileInput in = HostileInput.of("[", "0,", 1_000_000, "0]");
        assertLimit(() -> IcsJson.read(in, Funnel.class), "maxArrayLength");
        assertThat(in.consumed()).isLessThan(ReadLimits.DEFAULTS.maxArrayLength() * 2L + READ_AHEAD);
    }

    private static void assertLimit(Supplier<Object> read, String limit) {
        assertThatThrownBy(read::get).isInstanceOfSatisfying(IcsLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo(limit);
            assertThat(e.getMessage()).contains(limit);
        });
    }
}
