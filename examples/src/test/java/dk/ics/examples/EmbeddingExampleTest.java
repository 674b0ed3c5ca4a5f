package dk.ics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void printsTheDimensionTheChildsFocusAreasAndTheCasesDeadlines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines().findFirst()).hasValue("1. Sundhedsforhold (Barnets udvikling)");
        assertThat(out).contains("Aldersgruppe: 6-9 år", "RESOURCE: ", "RISK: ",
                "2026-11-21 15:45  Overholdt  ", "Barnets lov § 136",
                "2026-11-30  Åben  ", "Barnets lov § 138",
                "2027-03-21  Åben  ", "Barnets lov § 20, stk. 3");
    }
}
