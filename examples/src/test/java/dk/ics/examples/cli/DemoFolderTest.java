package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aBundledExampleGetsAScratchCopyThatIsRemovedOnClose() throws Exception {
        byte[] content = "{\"municipality\": \"Eksempel Kommune\"}".getBytes(StandardCharsets.UTF_8);
        ExampleData.Example bundled = new ExampleData.Example("barometer/kommune.json",
                "ics.jar!/dk/ics/examples/data/barometer/kommune.json", content);
        Path copy;
        try (DemoFolder folder = new DemoFolder(tmp.resolve("out"))) {
            copy = folder.fileOf(bundled);
            assertThat(copy).isRegularFile().hasBinaryContent(content);
            assertThat(copy.startsWith(tmp.resolve("out"))).as("not in the output folder").isFalse();
            assertThat(folder.written()).isEmpty();
        }
        assertThat(copy).doesNotExist();
        assertThat(tmp.resolve("out")).isDirectory();
    }

    @Test
    void anExampleReadFromAFileIsUsedWhereItIs() throws Exception {
        Path file = Files.writeString(tmp.resolve("kommune.json"), "{}");
        try (DemoFolder folder = new DemoFolder(tmp.resolve("out"))) {
            ExampleData.Example example = new ExampleData.Example("barometer/kommune.json", file.toString(),
                    new byte[] {'{', '}'});
            assertThat(folder.fileOf(example)).isEqualTo(file);
        }
        assertThat(file).exists();
    }

    @Test
    void writtenFilesAreRememberedInOrder() {
        try (DemoFolder folder = new DemoFolder(tmp.resolve("a/b"))) {
            folder.write("one.txt", "1");
            folder.wrote(folder.resolve("two.html"));
            assertThat(folder.written()).extracting(p -> p.getFileName().toString())
                    .containsExactly("one.txt", "two.html");
            assertThat(folder.resolve("one.txt")).hasContent("1");
            assertThat(folder.absolute()).isEqualTo(tmp.resolve("a/b").toAbsolutePath().normalize());
        }
    }
}
