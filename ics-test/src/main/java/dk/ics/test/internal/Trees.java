package dk.ics.test.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits JSON trees by JSON Pointer patterns of a template's semantic map, where {@code *} stands for every item of
 * an array ({@code /maal/*}{@code /ansvarlig}). Stateless.
 */
public final class Trees {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One place in a tree: the container and the property name or array index in it. */
    private record Place(JsonNode parent, String name) {
    }

    private Trees() {
    }

    /** Reads a classpath resource as an object tree. */
    public static ObjectNode resource(String path) {
        try (InputStream in = Trees.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("ics-test resource missing: " + path);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON text as an object tree. */
    public static ObjectNode parse(String json) {
        JsonNode n = JSON.readTree(json);
        if (!n.isObject()) {
            throw new IllegalArgumentException("expected a JSON object (a case document)");
        }
        return (ObjectNode) n;
    }

    /** Indented JSON text of a tree. */
    public static String write(JsonNode tree) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    /** UTF-8 bytes of the indented JSON text of a tree. */
    public static byte[] bytes(JsonNode tree) {
        return write(tree).getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON value for a Java value: text, boolean, number, list of texts, or a JSON node. */
    public static JsonNode value(Object v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v instanceof JsonNode n) {
            return n;
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof Integer i) {
            return f.numberNode(i);
        }
        if (v instanceof List<?> list) {
            ArrayNode a = f.arrayNode();
            list.forEach(x -> a.add(value(x)));
            return a;
        }
        return f.stringNode(String.valueOf(v));
    }

    /** Whether anything exists at a pattern. */
    public static boolean exists(ObjectNode root, String pattern) {
        return !places(root, pattern, false).isEmpty();
    }

    /** The values at a pattern, in document order. */
    public static List<JsonNode> values(ObjectNode root, String pattern) {
        List<JsonNode> out = new ArrayList<>();
        for (Place p : places(root, pattern, false)) {
            out.add(get(p));
        }
        return out;
    }

    /** Removes every value at a pattern; returns how many were removed. */
    public static int remove(ObjectNode root, String pattern) {
        List<Place> found = places(root, pattern, false);
        // Remove array items from the end so earlier indexes stay valid.
        for (int i = found.size() - 1; i >= 0; i--) {
            Place p = found.get(i);
            if (p.parent() instanceof ObjectNode o) {
                o.remove(p.name());
            } else if (p.parent() instanceof ArrayNode a) {
                a.remove(Integer.parseInt(p.name()));
            }
        }
        return found.size();
    }

    /**
     * Sets a value at a pattern: at every item for a {@code *}; missing objects on the way of a pattern without
     * {@code *} are created. Returns how many places were set.
     */
    public static int set(ObjectNode root, String pattern, JsonNode value) {
        List<Place> found = places(root, pattern, true);
        for (Place p : found) {
            if (p.parent() instanceof ObjectNode o) {
                o.set(p.name(), value.deepCopy());
            } else if (p.parent() instanceof ArrayNode a) {
                a.set(Integer.parseInt(p.name()), value.deepCopy());
            }
        }
        return found.size();
    }

    /** The pattern with its first {@code *} replaced by an index. */
    public static String item(String pattern, int index) {
        int star = pattern.indexOf("/*");
        if (star < 0) {
            throw new IllegalArgumentException("the place " + pattern + " is not inside an array");
        }
        return pattern.substring(0, star) + "/" + index + pattern.substring(star + 2);
    }

    private static JsonNode get(Place p) {
        return p.parent().isObject() ? p.parent().get(p.name()) : p.parent().get(Integer.parseInt(p.name()));
    }

    private static List<Place> places(ObjectNode root, String pattern, boolean forSetting) {
        String[] segments = pattern.isEmpty() ? new String[0] : pattern.substring(1).split("/", -1);
        List<JsonNode> current = List.of(root);
        for (int i = 0; i < segments.length - 1; i++) {
            String s = unescape(segments[i]);
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : current) {
                if ("*".equals(s) && n.isArray()) {
                    n.forEach(next::add);
                } else if (n.isObject()) {
                    JsonNode child = n.get(s);
                    if (child == null && forSetting && !pattern.contains("*")) {
                        child = ((ObjectNode) n).putObject(s);
                    }
                    if (child != null) {
                        next.add(child);
                    }
                } else if (n.isArray() && s.matches("\\d+") && Integer.parseInt(s) < n.size()) {
                    next.add(n.get(Integer.parseInt(s)));
                }
            }
            current = next;
        }
        if (segments.length == 0) {
            throw new IllegalArgumentException("cannot edit the whole document");
        }
        String last = unescape(segments[segments.length - 1]);
        List<Place> out = new ArrayList<>();
        for (JsonNode n : current) {
            if (n.isObject() && (forSetting || n.has(last))) {
                out.add(new Place(n, last));
            } else if (n.isArray() && "*".equals(last)) {
                for (int k = 0; k < n.size(); k++) {
                    out.add(new Place(n, Integer.toString(k)));
                }
            } else if (n.isArray() && last.matches("\\d+") && Integer.parseInt(last) < n.size()) {
                out.add(new Place(n, last));
            }
        }
        return out;
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
