package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleDataTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheBundledCopyWhenNoDirectoryHasTheFile() {
        ExampleData.Example example = ExampleData.read(DemoCommand.DEADLINES_CASE, List.of(tmp));

        assertThat(example.source()).isEqualTo("ics.jar!/dk/ics/examples/data/" + DemoCommand.DEADLINES_CASE);
        assertThat(new String(example.bytes(), StandardCharsets.UTF_8)).contains("\"events\"");
    }

    @Test
    void prefersTheFileInTheWorkingDirectory() throws Exception {
        Path file = tmp.resolve(DemoCommand.DEADLINES_CASE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");

        ExampleData.Example example = ExampleData.read(DemoCommand.DEADLINES_CASE, List.of(tmp));

        assertThat(example.source()).isEqualTo(file.toString());
        assertThat(example.bytes()).containsExactly('{', '}');
        assertThat(example.toString()).doesNotContain("{}");
    }

    @Test
    void anExampleThatExistsNowhereIsAnIcsException() {
        assertThatThrownBy(() -> ExampleData.read("cases/none.json", List.of(tmp)))
                .isInstanceOf(IcsException.class)
                .hasMessageContaining("cases/none.json");
    }
}
