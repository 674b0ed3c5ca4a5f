package dk.ics.examples.cli;

import static dk.ics.examples.cli.CliRun.ics;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.barometer.Barometer;
import dk.ics.barometer.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BarometerTemplateCommandTest {

    @Test
    void printsTheEmptyCsvWithEveryStatementIdAndText() {
        CliRun run = ics("barometer", "template");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(Barometer.standard().csvTemplate());
        List<String> header = List.of(run.out().lines().findFirst().orElseThrow().split(";"));
        List<Statement> statements = Barometer.standard().catalogue().statements();
        assertThat(header).hasSize(2 + statements.size()).startsWith("respondent", "role");
        assertThat(header.get(2)).startsWith("S1.1 Ledelsen har opstillet tydelige rammer");
        assertThat(header.get(header.size() - 1)).startsWith("S7.3 ");
    }

    @Test
    void speaksEnglishWithLangEn() {
        String header = ics("barometer", "template", "--lang", "en").out().lines().findFirst().orElseThrow();

        assertThat(header).contains("S1.1 Management has set clear frames").doesNotContain("Ledelsen");
    }

    @Test
    void jsonListsTheColumnsStatementsAndScale() {
        JsonNode root = JsonMapper.builder().build().readTree(ics("barometer", "template", "--format", "json").out());

        assertThat(root.get("columns")).hasSize(26);
        assertThat(root.at("/columns/2").asString()).isEqualTo("S1.1");
        assertThat(root.get("statements")).hasSize(24);
        assertThat(root.at("/statements/0/aimPoint").asString()).isEqualTo("S1");
        assertThat(root.at("/statements/0/text/en").asString()).startsWith("Management");
        assertThat(root.get("scale").valueStream().map(o -> o.at("/label/da").asString()))
                .contains("I høj grad", "Slet ikke", "Ved ikke");
    }
}
