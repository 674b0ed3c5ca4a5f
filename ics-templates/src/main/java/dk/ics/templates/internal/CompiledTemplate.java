package dk.ics.templates.internal;

import com.networknt.schema.Schema;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The machinery behind one loaded template: its schema tree, the compiled schema, and every schema of the registry
 * by id (for following {@code $ref}s when building skeletons). Immutable once built; the compiled schema is
 * thread-safe.
 *
 * @param id      the template's schema {@code $id}
 * @param tree    the template's schema
 * @param schema  the compiled schema
 * @param schemas every schema of the registry by id
 * @param fields  the titles and roles of the documents' fields, for messages
 */
public record CompiledTemplate(String id, JsonNode tree, Schema schema, Map<String, JsonNode> schemas,
        Fields fields) {

    /** The id only. */
    @Override
    public String toString() {
        return "CompiledTemplate[" + id + "]";
    }
}
