package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TriangleCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void jsonListsThreeSidesWithTenNumberedDimensionsInBothLanguages() {
        CliRun run = CliRun.ics("triangle", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("version").asString()).isEqualTo("V2019");
        assertThat(root.at("/centre/label/da").asString()).isEqualTo("Barnets behov");
        assertThat(root.at("/centre/label/en").asString()).isEqualTo("The child's needs");
        JsonNode sides = root.get("sides");
        assertThat(sides).hasSize(3);
        assertThat(sides.get(0).get("code").asString()).isEqualTo("BARNETS_UDVIKLING");
        assertThat(sides.get(1).at("/label/da").asString()).isEqualTo("Forældrekompetencer");
        assertThat(sides.get(2).at("/label/en").asString()).isEqualTo("Family and network");
        assertThat(sides.get(0).get("dimensions")).hasSize(4);
        assertThat(sides.get(1).get("dimensions")).hasSize(3);
        assertThat(sides.get(2).get("dimensions")).hasSize(3);

        JsonNode safeCare = sides.get(1).get("dimensions").get(0);
        assertThat(safeCare.get("number").asInt()).isEqualTo(5);
        assertThat(safeCare.get("code").asString()).isEqualTo("TRYGT_OMSORGSMILJOE");
        assertThat(safeCare.at("/label/da").asString()).isEqualTo("Trygt omsorgsmiljø");
        assertThat(safeCare.at("/label/en").asString()).isEqualTo("Safe care environment");
        JsonNode last = sides.get(2).get("dimensions").get(2);
        assertThat(last.get("number").asInt()).isEqualTo(10);
        assertThat(last.get("code").asString()).isEqualTo("SOCIALT_NETVAERK");
    }

    @Test
    void textIsDanishByDefault() {
        CliRun run = CliRun.ics("triangle");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("ICS-trekanten (version 2019)", "I midten: Barnets behov",
                        "Barnets udvikling (venstre side)", "5.  Trygt omsorgsmiljø", "TRYGT_OMSORGSMILJOE",
                        "10.  Socialt netværk")
                .doesNotContain("Parenting capacity");
    }

    @Test
    void textIsEnglishWithLangEn() {
        CliRun run = CliRun.ics("triangle", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("The ICS triangle (version 2019)", "At the centre: The child's needs",
                        "Parenting capacity (right side)", "1.  Health", "9.  Housing, employment and finances")
                .doesNotContain("Forældrekompetencer");
    }

    @Test
    void formatAndLanguageAreCaseInsensitive() {
        CliRun run = CliRun.ics("triangle", "--format", "JSON", "--lang", "EN");

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.out()).get("sides")).hasSize(3);
    }
}
