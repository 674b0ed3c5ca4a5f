package dk.ics.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInputTest {

    @TempDir
    Path dir;

    @Test
    void aReadableFileIsHandedToTheReader() throws IOException {
        Path f = Files.writeString(dir.resolve("a.json"), "{}");
        String content = FileInput.withStream(f, in -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(content).isEqualTo("{}");
    }

    @Test
    void aMissingFileIsNamedWithTheKindOfFailure() {
        Path f = dir.resolve("mangler.json");
        assertThatThrownBy(() -> FileInput.withStream(f, in -> "never read"))
                .isInstanceOfSatisfying(IcsParseException.class, e -> {
                    assertThat(e.location().source()).isEqualTo(f.toString());
                    assertThat(e.reason()).isEqualTo("the file does not exist");
                });
    }

    @Test
    void aDirectoryIsNotReadAsAFile() {
        assertThatThrownBy(() -> FileInput.withStream(dir, in -> "never read"))
                .isInstanceOf(IcsParseException.class)
                .hasMessageContaining("expected a file, found a directory");
    }
}
