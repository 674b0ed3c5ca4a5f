package dk.ics.validation.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsLimitException;
import dk.ics.model.ReadLimits;
import dk.ics.model.hostile.HostileInput;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * Every entry point of ics-validation that reads JSON (validating a document file or bytes, loading or parsing a
 * profile) rejects hostile input with an {@link IcsLimitException} naming the limit. Runs in the
 * {@code hostile-input} Surefire execution with a 64 MB heap, so an entry point that buffered a 50 MB document would
 * fail the build with an OutOfMemoryError.
 */
@Tag("hostile")
class ValidationHostileInputTest {

    private static final long FIFTY_MB = 50 * HostileInput.MB;
    private static final long TEN_MB = 10 * HostileInput.MB;
    private static final int DEPTH = 100_000;
    private static final IcsValidator VALIDATOR = IcsValidator.standard();
    private static final CaseContext CONTEXT = CaseContext.on(LocalDate.of(2025, 5, 27));

    @TempDir
    static Path dir;
    static Path big;
    static Path deep;
    static Path longString;
    static Path manyProperties;

    @BeforeAll
    static void writeHostileFiles() throws IOException {
        big = HostileInput.jsonOfSize(FIFTY_MB).writeTo(dir.resolve("big.json"));
        deep = HostileInput.jsonNestedObjects(DEPTH).writeTo(dir.resolve("deep.json"));
        longString = HostileInput.jsonLongString(TEN_MB).writeTo(dir.resolve("long-string.json"));
        try (InputStream in = HostileInput.jsonManyProperties(FIFTY_MB)) {
            manyProperties = dir.resolve("many-properties.json");
            Files.copy(in, manyProperties);
        }
    }

    /** Every entry point of ics-validation that reads a file. */
    static Stream<Arguments> fileEntryPoints() {
        return Stream.of(
                Arguments.of("IcsValidator.validate(Path, context)",
                        (Function<Path, Object>) p -> VALIDATOR.validate(p, CONTEXT)),
                Arguments.of("Profile.load(Path)", (Function<Path, Object>) Profile::load),
                Arguments.of("Profile.load(Path, limits)",
                        (Function<Path, Object>) p -> Profile.load(p, ReadLimits.DEFAULTS)));
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

    /** Every entry point of ics-validation that reads bytes. */
    static Stream<Arguments> byteEntryPoints() {
        return Stream.of(
                Arguments.of("IcsValidator.validate(bytes, source, context)",
                        (Function<byte[], Object>) b -> VALIDATOR.validate(b, "d.json", CONTEXT)),
                Arguments.of("Profile.parse(bytes, source)",
                        (Function<byte[], Object>) b -> Profile.parse(b, "p.json")),
                Arguments.of("Profile.parse(bytes, source, limits)",
                        (Function<byte[], Object>) b -> Profile.parse(b, "p.json", ReadLimits.DEFAULTS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byteEntryPoints")
    void bytesOverTheLimitAreRejectedBeforeParsing(String name, Function<byte[], Object> entryPoint) {
        byte[] over = new byte[(int) ReadLimits.DEFAULTS.maxBytes() + 1];
        java.util.Arrays.fill(over, (byte) ' ');
        assertLimit(() -> entryPoint.apply(over), "maxBytes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byteEntryPoints")
    void deepBytesAreRejectedAtMaxDepth(String name, Function<byte[], Object> entryPoint) {
        byte[] deepArrays = ("[".repeat(DEPTH) + "]".repeat(DEPTH)).getBytes(StandardCharsets.US_ASCII);
        assertLimit(() -> entryPoint.apply(deepArrays), "maxDepth");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byteEntryPoints")
    void aStringOverTheLimitIsRejectedAtMaxStringLength(String name, Function<byte[], Object> entryPoint) {
        byte[] longText = ("{\"name\": \"" + "x".repeat(ReadLimits.DEFAULTS.maxStringLength() + 1) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        assertLimit(() -> entryPoint.apply(longText), "maxStringLength");
    }

    @Test
    void aMillionRulesInAProfileAreRejectedAtMaxArrayLength() throws IOException {
        try (InputStream in = HostileInput.jsonManyProperties(FIFTY_MB)) {
            Path rules = dir.resolve("many-rules.json");
            Files.write(rules, "{\"rules\": ".getBytes(StandardCharsets.US_ASCII));
            Files.write(rules, in.readNBytes((int) (2 * HostileInput.MB)), java.nio.file.StandardOpenOption.APPEND);
            Files.write(rules, "\"end\": 0}}".getBytes(StandardCharsets.US_ASCII),
                    java.nio.file.StandardOpenOption.APPEND);
            assertLimit(() -> Profile.load(rules), "maxArrayLength");
        }
    }

    private static void assertLimit(Supplier<Object> read, String limit) {
        assertThatThrownBy(read::get).isInstanceOfSatisfying(IcsLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo(limit);
            assertThat(e.getMessage()).contains(limit);
        });
    }

    @Test
    void aCallersLowerLimitsAreTheOnesEnforcedForProfiles() {
        ReadLimits tight = ReadLimits.DEFAULTS.withMaxBytes(100).withMaxDepth(2);
        byte[] profile = "{\"name\": \"p\", \"rules\": {\"ICS-BFU-001\": {\"enabled\": false}}}"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(Profile.parse(profile, "p.json").isEnabled("ICS-BFU-001")).isFalse();
        assertThatThrownBy(() -> Profile.parse(profile, "p.json", tight))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(2));
        assertThatThrownBy(() -> Profile.load(big, tight))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(100));
    }
}
