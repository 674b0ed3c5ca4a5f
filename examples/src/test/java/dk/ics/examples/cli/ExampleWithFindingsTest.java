package dk.ics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's investigation with findings is the example investigation with exactly three things undone, so that
 * "the same document fixed" in the demo is true.
 */
class ExampleWithFindingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theInvestigationWithFindingsIsTheFixedOneWithThreeGapsAdded() throws Exception {
        JsonNode broken = JSON.readTree(Files.readString(Path.of("data", DemoTemplateSteps.WITH_FINDINGS)));
        ObjectNode fixed = (ObjectNode) JSON.readTree(Files.readString(Path.of("data", DemoTemplateSteps.FIXED)));

        ((ObjectNode) fixed.at("/beskrivelse/perspektiver")).remove("barnetsPerspektiv");
        ((ObjectNode) fixed.at("/beskrivelse/barnetsUdvikling/sundhedsforhold")).remove("udfordringer");
        ((ArrayNode) fixed.at("/indledning/tragtDimensioner")).add("BOLIG_BESKAEFTIGELSE_OG_OEKONOMI");

        assertThat(broken).isEqualTo(fixed);
    }
}
