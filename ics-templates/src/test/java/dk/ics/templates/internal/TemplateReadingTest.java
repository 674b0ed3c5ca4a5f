package dk.ics.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading template files and bytes, JSON and YAML, at the edges of the read limits: exactly at a limit is read, one
 * over is refused naming it; YAML anchors and aliases are refused; folders are read in name order.
 */
class TemplateReadingTest {

    private static final ReadLimits SMALL = ReadLimits.DEFAULTS.withMaxBytes(64).withMaxStringLength(8);

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON document of exactly {@code size} bytes: an object padded with spaces. */
    private static String padded(int size) {
        return "{\"a\": 1" + " ".repeat(size - 8) + "}";
    }

    @Test
    void yamlOfExactlyMaxBytesIsReadAndOneByteMoreIsRefused() {
        assertThat(TemplateReader.read(utf8(padded(64)), "t.yaml", SMALL).get("a").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> TemplateReader.read(utf8(padded(65)), "t.yaml", SMALL))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("maxBytes");
                    assertThat(e.maximum()).isEqualTo(64);
                });
    }

    @Test
    void yamlStringsAndNamesOfExactlyMaxStringLengthAreReadAndLongerOnesRefused() {
        assertThat(TemplateReader.read(utf8("a: abcdefgh"), "t.yaml", SMALL).get("a").asString())
                .isEqualTo("abcdefgh");
        assertThat(TemplateReader.read(utf8("abcdefgh: 1"), "t.yml", SMALL).has("abcdefgh")).isTrue();
        for (String yaml : List.of("a: abcdefghi", "abcdefghi: 1")) {
            assertThatThrownBy(() -> TemplateReader.read(utf8(yaml), "t.yaml", SMALL))
                    .isInstanceOfSatisfying(IcsLimitException.class, e -> {
                        assertThat(e.limit()).isEqualTo("maxStringLength");
                        assertThat(e.location().line()).isEqualTo(1L);
                    });
        }
    }

    @Test
    void yamlAnchorsAndAliasesAreRefusedWhereTheyAre() {
        assertThatThrownBy(() -> TemplateReader.read(utf8("a: 1\nb: &x 2\n"), "t.yaml", ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(IcsParseException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(2L);
                    assertThat(e.reason()).contains("anchors and aliases");
                });
        assertThatThrownBy(() -> TemplateReader.read(utf8("a: &x [1]\nb: *x\n"), "t.yaml", ReadLimits.DEFAULTS))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("anchors and aliases");
    }

    @Test
    void malformedYamlIsReportedWithItsLineNotAsAGenericError() {
        assertThatThrownBy(() -> TemplateReader.read(utf8("a: 1\nb: [1, 2\n"), "t.yaml", ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(IcsParseException.class, e -> {
                    assertThat(e.location().source()).isEqualTo("t.yaml");
                    assertThat(e.location().line()).isGreaterThan(1L);
                });
    }

    @Test
    void theFileNameDecidesBetweenJsonAndYaml() {
        assertThat(TemplateReader.isYaml("T.YAML")).isTrue();
        assertThat(TemplateReader.isYaml("t.yml")).isTrue();
        assertThat(TemplateReader.isYaml("t.json")).isFalse();
        assertThat(TemplateReader.isYaml("yaml.json")).isFalse();
        assertThatThrownBy(() -> TemplateReader.read(utf8("a: 1"), "t.json", ReadLimits.DEFAULTS))
                .isInstanceOf(IcsParseException.class);
    }

    @Test
    void aFileOfExactlyMaxBytesIsReadAndOneByteMoreIsRefused() throws IOException {
        Path exact = Files.writeString(dir.resolve("exact.json"), padded(64));
        Path over = Files.writeString(dir.resolve("over.json"), padded(65));
        assertThat(SchemaSource.file(exact, null, SMALL).tree().get("a").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> SchemaSource.file(over, null, SMALL))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.maximum()).isEqualTo(64));
    }

    @Test
    void aFolderIsReadInNameOrderAndOnlyItsJsonAndYamlFiles() throws IOException {
        Files.writeString(dir.resolve("b.yaml"), "b: 1");
        Files.writeString(dir.resolve("a.json"), "{\"a\": 1}");
        Files.writeString(dir.resolve("c.yml"), "c: 1");
        Files.writeString(dir.resolve("notes.txt"), "not a schema");
        List<SchemaSource> read = SchemaSource.folder(dir, ReadLimits.DEFAULTS);
        assertThat(read).extracting(s -> Path.of(s.source()).getFileName().toString())
                .containsExactly("a.json", "b.yaml", "c.yml");
        assertThat(read.get(0)).hasToString("SchemaSource[" + dir.resolve("a.json") + "]");
    }

    @Test
    void aMissingFolderOrFileIsAParseErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("f.json"), "{}");
        assertThatThrownBy(() -> SchemaSource.folder(dir.resolve("nothing"), ReadLimits.DEFAULTS))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("found nothing");
        assertThatThrownBy(() -> SchemaSource.folder(file, ReadLimits.DEFAULTS))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("found a file");
        assertThatThrownBy(() -> SchemaSource.file(dir.resolve("missing.json"), null, ReadLimits.DEFAULTS))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SchemaSource.file(dir, null, ReadLimits.DEFAULTS))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("not a regular file");
    }
}
