package dk.ics.examples.cli;

import dk.ics.model.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command line's JSON output: trees built explicitly (so the shape is the command line's contract, not an
 * accident of the model's records) and written indented. Thread-safe; the mapper is immutable.
 */
public final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {
    }

    /** A new, empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new, empty JSON array. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A text in both languages as {@code {"da": ..., "en": ...}}. */
    public static ObjectNode text(LocalizedText text) {
        ObjectNode node = object();
        node.put("da", text.da());
        node.put("en", text.en() != null ? text.en() : text.da());
        return node;
    }

    /** The tree as indented JSON, ending with a line break. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node) + System.lineSeparator();
    }
}
