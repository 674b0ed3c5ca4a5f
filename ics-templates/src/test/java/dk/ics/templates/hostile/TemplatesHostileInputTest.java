package dk.ics.templates.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.ReadLimits;
import dk.ics.model.hostile.HostileInput;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.TemplateRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Every entry point of ics-templates that reads JSON or YAML (case documents from files, streams and bytes; templates
 * from files, folders and bytes, as JSON and as YAML) rejects hostile input with an {@link IcsLimitException} naming
 * the limit, and stops reading at the limit; a YAML alias bomb is refused at its first anchor. Runs in the
 * {@code hostile-input} Surefire execution with a 64 MB heap, so an entry point that buffered a 50 MB document would
 * fail the build with an OutOfMemoryError.
 */
@Tag("hostile")
class TemplatesHostileInputTest {

    private static final long FIFTY_MB = 50 * HostileInput.MB;
    private static final long TEN_MB = 10 * HostileInput.MB;
    private static final int DEPTH = 100_000;
    /** Slack for the parser's read-ahead buffer beyond the limit. */
    private static final long READ_AHEAD = 64 * 1024;

    @TempDir
    static Path dir;
    static Path big;
    static Path deep;
    static Path deepObjects;
    static Path longString;
    static Path manyProperties;

    @BeforeAll
    static void writeHostileFiles() throws IOException {
        big = HostileInput.jsonOfSize(FIFTY_MB).writeTo(dir.resolve("big.json"));
        deep = HostileInput.jsonNestedArrays(DEPTH).writeTo(dir.resolve("deep.json"));
        deepObjects = HostileInput.jsonNestedObjects(DEPTH).writeTo(dir.resolve("deep-objects.json"));
        longString = HostileInput.jsonLongString(TEN_MB).writeTo(dir.resolve("long-string.json"));
        try (InputStream in = HostileInput.jsonManyProperties(FIFTY_MB)) {
            manyProperties = dir.resolve("many-properties.json");
            Files.copy(in, manyProperties);
        }
    }

    /** Every entry point of ics-templates that reads a file; the YAML ones get the same file as .yaml. */
    static Stream<Arguments> fileEntryPoints() {
        return Stream.of(
                Arguments.of("CaseDocument.read(Path)", (Function<Path, Object>) CaseDocument::read),
                Arguments.of("CaseDocument.read(Path, limits)",
                        (Function<Path, Object>) p -> CaseDocument.read(p, ReadLimits.DEFAULTS)),
                Arguments.of("TemplateRegistry.Builder.add(Path) JSON",
                        (Function<Path, Object>) p -> TemplateRegistry.builder().add(p).build()),
                Arguments.of("TemplateRegistry.Builder.add(Path) YAML",
                        (Function<Path, Object>) p -> TemplateRegistry.builder().add(linked(p, "t.yaml")).build()),
                Arguments.of("TemplateRegistry.Builder.addFolder(Path) JSON", (Function<Path, Object>) p ->
                        TemplateRegistry.builder().addFolder(linked(p, "t.json").getParent()).build()),
                Arguments.of("TemplateRegistry.Builder.addFolder(Path) YAML", (Function<Path, Object>) p ->
                        TemplateRegistry.builder().addFolder(linked(p, "t.yml").getParent()).build()));
    }

    /** The file under another name, alone in a folder of its own (a hard link: nothing is copied). */
    private static Path linked(Path file, String name) {
        try {
            Path folder = Files.createTempDirectory(dir, "folder");
            return Files.createLink(folder.resolve(name), file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        assertLimit(() -> entryPoint.apply(deepObjects), "maxDepth");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileEntryPoints")
    void aTenMegabyteStringIsRejected(String name, Function<Path, Object> entryPoint) {
        // the file readers of templates take at most maxBytes (8 MiB) before they parse
        assertThatThrownBy(() -> entryPoint.apply(longString)).isInstanceOfSatisfying(IcsLimitException.class,
                e -> assertThat(e.limit()).isIn("maxStringLength", "maxBytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileEntryPoints")
    void anObjectOfFiftyMegabytesOfDistinctPropertiesIsRejected(String name, Function<Path, Object> entryPoint) {
        assertThatThrownBy(() -> entryPoint.apply(manyProperties)).isInstanceOfSatisfying(IcsLimitException.class,
                e -> assertThat(e.limit()).isIn("maxArrayLength", "maxBytes"));
    }

    @Test
    void aStringJustOverTheLimitIsRejectedAtMaxStringLengthInJsonAndYaml() {
        long over = ReadLimits.DEFAULTS.maxStringLength() + 1;
        assertLimit(() -> CaseDocument.parse(HostileInput.jsonLongString(over), "d.json", ReadLimits.DEFAULTS),
                "maxStringLength");
        for (String name : new String[] {"t.json", "t.yaml"}) {
            byte[] bytes = utf8("{\"title\": \"" + "x".repeat((int) over) + "\"}");
            assertLimit(() -> TemplateRegistry.builder().add(name, bytes).build(), "maxStringLength");
        }
    }

    @Test
    void aFiftyMegabyteDocumentStreamIsRejectedWithoutReadingPastTheLimit() {
        HostileInput in = HostileInput.jsonOfSize(FIFTY_MB);
        assertLimit(() -> CaseDocument.parse(in, "d.json", ReadLimits.DEFAULTS), "maxBytes");
        assertThat(in.consumed()).isLessThanOrEqualTo(ReadLimits.DEFAULTS.maxBytes() + READ_AHEAD);
    }

    @Test
    void deepNestingInADocumentStreamIsRejectedAfterReadingLittleMoreThanTheLimit() {
        HostileInput in = HostileInput.jsonNestedObjects(DEPTH);
        assertLimit(() -> CaseDocument.parse(in, "d.json", ReadLimits.DEFAULTS), "maxDepth");
        assertThat(in.consumed()).isLessThan(READ_AHEAD);
    }

    @Test
    void aTenMegabyteStringInADocumentStreamIsRejectedWithoutReadingIt() {
        HostileInput in = HostileInput.jsonLongString(TEN_MB);
        assertLimit(() -> CaseDocument.parse(in, "d.json", ReadLimits.DEFAULTS), "maxStringLength");
        assertThat(in.consumed()).isLessThan(ReadLimits.DEFAULTS.maxStringLength() * 2L + READ_AHEAD);
    }

    @Test
    void aMillionElementArrayInADocumentIsRejectedAtMaxArrayLength() {
        HostileInput in = HostileInput.of("{\"a\": [", "0,", 1_000_000, "0]}");
        assertLimit(() -> CaseDocument.parse(in, "d.json", ReadLimits.DEFAULTS), "maxArrayLength");
        assertThat(in.consumed()).isLessThan(ReadLimits.DEFAULTS.maxArrayLength() * 2L + READ_AHEAD);
    }

    @Test
    void bytesOverTheLimitAreRejectedBeforeParsing() {
        byte[] over = new byte[(int) ReadLimits.DEFAULTS.maxBytes() + 1];
        java.util.Arrays.fill(over, (byte) ' ');
        assertLimit(() -> CaseDocument.parse(over, "d.json", ReadLimits.DEFAULTS), "maxBytes");
        assertLimit(() -> TemplateRegistry.builder().add("t.json", over).build(), "maxBytes");
        assertLimit(() -> TemplateRegistry.builder().add("t.yaml", over).build(), "maxBytes");
    }

    @Test
    void deepBytesAreRejectedAtMaxDepthAsJsonAndAsYaml() {
        byte[] deepArrays = utf8("[".repeat(DEPTH) + "]".repeat(DEPTH));
        assertLimit(() -> CaseDocument.parse(deepArrays, "d.json", ReadLimits.DEFAULTS), "maxDepth");
        assertLimit(() -> TemplateRegistry.builder().add("t.json", deepArrays).build(), "maxDepth");
        assertLimit(() -> TemplateRegistry.builder().add("t.yaml", deepArrays).build(), "maxDepth");
        // block-style YAML nesting: each level one more indented key
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            block.append(" ".repeat(i)).append("a:\n");
        }
        assertLimit(() -> TemplateRegistry.builder().add("t.yaml", utf8(block.toString())).build(), "maxDepth");
    }

    @Test
    void aYamlAliasBombIsRefusedAtItsFirstAnchorWithoutBeingExpanded() {
        // the "billion laughs": nine levels of nine aliases to the level below, 9^9 strings when expanded
        StringBuilder bomb = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
                + "\"lol\",\"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        assertThatThrownBy(() -> TemplateRegistry.builder().add("bomb.yaml", utf8(bomb.toString())).build())
                .isInstanceOfSatisfying(IcsParseException.class, e -> {
                    assertThat(e.getMessage()).contains("bomb.yaml").contains("anchors and aliases");
                    assertThat(e.location().line()).isEqualTo(1L);
                });
    }

    @Test
    void aCallersLowerLimitsAreTheOnesEnforced() {
        ReadLimits tight = ReadLimits.DEFAULTS.withMaxBytes(1000).withMaxDepth(5).withMaxStringLength(10);
        HostileInput size = HostileInput.jsonOfSize(HostileInput.MB);
        assertThatThrownBy(() -> CaseDocument.parse(size, "d.json", tight))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(1000));
        assertThat(size.consumed()).isLessThanOrEqualTo(1000 + READ_AHEAD);
        assertThatThrownBy(() -> TemplateRegistry.builder().limits(tight).add("t.yaml", utf8("[[[[[[1]]]]]]")).build())
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(5));
        assertThatThrownBy(() -> TemplateRegistry.builder().limits(tight).add(big).build())
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(1000));
        assertThatThrownBy(() -> TemplateRegistry.builder().limits(tight).add("t.json", utf8("\"12345678901\""))
                .build()).isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(10));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertLimit(Supplier<Object> read, String limit) {
        assertThatThrownBy(read::get).isInstanceOfSatisfying(IcsLimitException.class, e -> {
            assertThat(e.limit()).isEqualTo(limit);
            assertThat(e.getMessage()).contains(limit);
        });
    }
}
