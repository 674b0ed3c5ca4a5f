package dk.ics.templates.internal;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads facts from schema nodes through {@code $ref} and {@code allOf}: the shape of a property (type, format, enum,
 * items) and the names an object schema requires. Thread-safe (stateless).
 */
public final class Schemas {

    private static final int MAX_HOPS = 32;

    private Schemas() {
    }

    /** A schema node with the id of the schema file it belongs to. */
    public record Node(JsonNode node, String id) {
    }

    /** Resolves a {@code $ref} seen in the schema with the given id. */
    @FunctionalInterface
    public interface Resolver {
        /** The target, or a node with a {@code null} tree when it does not exist. */
        Node resolve(String fromId, String ref);
    }

    /**
     * The shape of a schema: {@code string}, {@code string(date)}, {@code string(date-time)}, {@code string(enum)},
     * {@code boolean}, {@code object}, {@code number}, {@code integer}, {@code array(<items' shape>)} or {@code any}.
     */
    public static String shape(Node n, Resolver r) {
        String type = find(n, r, "type", 0);
        boolean hasEnum = find(n, r, "enum", 0) != null || find(n, r, "const", 0) != null;
        if (type == null && hasEnum) {
            type = "string";
        }
        if (type == null) {
            return "any";
        }
        switch (type) {
            case "string" -> {
                String format = find(n, r, "format", 0);
                if ("date".equals(format) || "date-time".equals(format)) {
                    return "string(" + format + ")";
                }
                return hasEnum ? "string(enum)" : "string";
            }
            case "array" -> {
                Node items = findNode(n, r, "items", 0);
                return "array(" + (items == null ? "any" : shape(items, r)) + ")";
            }
            default -> {
                return type;
            }
        }
    }

    /** The names an object schema requires: its own {@code required} and those of its {@code $ref} and {@code allOf}. */
    public static Set<String> requiredNames(Node n, Resolver r) {
        Set<String> out = new HashSet<>();
        collectRequired(n, r, out, 0);
        return out;
    }

    private static void collectRequired(Node n, Resolver r, Set<String> out, int hops) {
        if (n == null || n.node() == null || !n.node().isObject() || hops > MAX_HOPS) {
            return;
        }
        JsonNode req = n.node().get("required");
        if (req != null && req.isArray()) {
            req.forEach(x -> out.add(x.asString("")));
        }
        JsonNode ref = n.node().get("$ref");
        if (ref != null && ref.isString()) {
            collectRequired(r.resolve(n.id(), ref.asString()), r, out, hops + 1);
        }
        JsonNode all = n.node().get("allOf");
        if (all != null && all.isArray()) {
            all.forEach(m -> collectRequired(new Node(m, n.id()), r, out, hops + 1));
        }
    }

    /** A keyword's value as text (for {@code type}: the first non-null type), searched through refs and allOf. */
    private static String find(Node n, Resolver r, String keyword, int hops) {
        Node found = findNode(n, r, keyword, hops);
        if (found == null) {
            return null;
        }
        JsonNode v = found.node();
        if (v.isArray() && "type".equals(keyword)) {
            for (JsonNode t : v) {
                if (!"null".equals(t.asString(""))) {
                    return t.asString("");
                }
            }
            return null;
        }
        return v.isString() ? v.asString() : v.toString();
    }

    private static Node findNode(Node n, Resolver r, String keyword, int hops) {
        if (n == null || n.node() == null || !n.node().isObject() || hops > MAX_HOPS) {
            return null;
        }
        JsonNode own = n.node().get(keyword);
        if (own != null) {
            return new Node(own, n.id());
        }
        JsonNode ref = n.node().get("$ref");
        if (ref != null && ref.isString()) {
            Node viaRef = findNode(r.resolve(n.id(), ref.asString()), r, keyword, hops + 1);
            if (viaRef != null) {
                return viaRef;
            }
        }
        JsonNode all = n.node().get("allOf");
        if (all != null && all.isArray()) {
            for (JsonNode m : all) {
                Node viaAll = findNode(new Node(m, n.id()), r, keyword, hops + 1);
                if (viaAll != null) {
                    return viaAll;
                }
            }
        }
        return null;
    }
}
