package dk.ics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's embedding example is the code of {@link EmbeddingExample}, which this build compiles and runs. */
class ReadmeSnippetTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src", "main", "java", "dk", "ics", "examples",
            "EmbeddingExample.java");

    @Test
    void theReadmeShowsTheEmbeddingExampleVerbatim() throws IOException {
        String source = Files.readString(SOURCE);
        int begin = source.indexOf('\n', source.indexOf("// README:begin")) + 1;
        int end = source.lastIndexOf('\n', source.indexOf("// README:end"));
        List<String> lines = source.substring(begin, end).lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        String expected = lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
                .collect(Collectors.joining("\n"));

        Matcher m = Pattern.compile("<!-- embedding-example -->\\s*```java\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(Files.readString(README));
        assertThat(m.find()).as("README has the embedding example block").isTrue();
        assertThat(m.group(1)).isEqualTo(expected);
        assertThat(expected).contains("DeadlineCalculator.standard().deadlines(record, today)");
    }
}
