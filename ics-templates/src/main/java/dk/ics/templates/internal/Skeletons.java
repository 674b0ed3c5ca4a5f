package dk.ics.templates.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds an empty document from a template's schema: objects for every object-typed property (recursively), empty
 * arrays for array-typed ones, fixed ({@code const}) values where the schema gives them, and the envelope with status
 * DRAFT. Texts, dates, codes and booleans are left out, for the caseworker to fill in. Thread-safe (stateless).
 */
public final class Skeletons {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 32;

    private Skeletons() {
    }

    /** The skeleton of a template. */
    public static ObjectNode skeleton(CompiledTemplate t, String id, String version) {
        Schemas.Resolver r = (from, ref) -> resolve(t.schemas(), from, ref);
        JsonNode built = build(new Schemas.Node(t.tree(), t.id()), r, 0);
        ObjectNode root = built instanceof ObjectNode o ? o : NODES.objectNode();
        ObjectNode env = NODES.objectNode();
        env.put("id", id);
        env.put("version", version);
        ObjectNode doc = NODES.objectNode();
        doc.set("template", env);
        doc.put("status", "DRAFT");
        root.properties().forEach(e -> {
            if (!"template".equals(e.getKey()) && !"status".equals(e.getKey())) {
                doc.set(e.getKey(), e.getValue());
            }
        });
        return doc;
    }

    private static JsonNode build(Schemas.Node n, Schemas.Resolver r, int depth) {
        if (n.node() == null || !n.node().isObject() || depth > MAX_DEPTH) {
            return null;
        }
        JsonNode constant = find(n, r, "const", 0);
        if (constant != null) {
            return constant.deepCopy();
        }
        String shape = Schemas.shape(n, r);
        if (shape.startsWith("array(")) {
            return NODES.arrayNode();
        }
        if (!"object".equals(shape)) {
            return null;
        }
        Map<String, Schemas.Node> props = new LinkedHashMap<>();
        collectProperties(n, r, props, 0);
        ObjectNode o = NODES.objectNode();
        props.forEach((name, schema) -> {
            JsonNode child = build(schema, r, depth + 1);
            if (child != null) {
                o.set(name, child);
            }
        });
        return o;
    }

    private static void collectProperties(Schemas.Node n, Schemas.Resolver r, Map<String, Schemas.Node> out,
            int hops) {
        if (n.node() == null || !n.node().isObject() || hops > MAX_DEPTH) {
            return;
        }
        JsonNode props = n.node().get("properties");
        if (props != null && props.isObject()) {
            props.properties().forEach(e -> out.putIfAbsent(e.getKey(), new Schemas.Node(e.getValue(), n.id())));
        }
        JsonNode ref = n.node().get("$ref");
        if (ref != null && ref.isString()) {
            collectProperties(r.resolve(n.id(), ref.asString()), r, out, hops + 1);
        }
        JsonNode all = n.node().get("allOf");
        if (all != null && all.isArray()) {
            all.forEach(m -> collectProperties(new Schemas.Node(m, n.id()), r, out, hops + 1));
        }
    }

    private static JsonNode find(Schemas.Node n, Schemas.Resolver r, String keyword, int hops) {
        if (n.node() == null || !n.node().isObject() || hops > MAX_DEPTH) {
            return null;
        }
        JsonNode own = n.node().get(keyword);
        if (own != null) {
            return own;
        }
        JsonNode ref = n.node().get("$ref");
        return ref != null && ref.isString() ? find(r.resolve(n.id(), ref.asString()), r, keyword, hops + 1) : null;
    }

    /** Resolves a {@code $ref} among the registry's schemas. */
    static Schemas.Node resolve(Map<String, JsonNode> schemas, String fromId, String ref) {
        int hash = ref.indexOf('#');
        String base = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        String id = base.isEmpty() ? fromId : base;
        JsonNode root = schemas.get(id);
        return new Schemas.Node(root == null ? null : root.at(fragment), id);
    }
}
