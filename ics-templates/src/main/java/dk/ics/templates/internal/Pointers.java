package dk.ics.templates.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * JSON Pointers and pointer <em>patterns</em> (pointers with {@code *} for every item of an array), resolved against
 * document trees. Thread-safe (stateless).
 */
public final class Pointers {

    /** The segment that stands for every item of an array in a pattern. */
    public static final String ANY = "*";

    private Pointers() {
    }

    /** A node found by a pattern, with its concrete pointer. */
    public record Hit(JsonNode node, String pointer) {
        /** A hit's form for logs: the pointer only, never the value. */
        @Override
        public String toString() {
            return "Hit[" + pointer + "]";
        }
    }

    /** The segments of a pointer or pattern, unescaped. */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String s : pointer.substring(1).split("/", -1)) {
            out.add(s.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** Escapes a property name as a pointer segment. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The nodes a pattern finds in a tree (missing parts give nothing), in document order. */
    public static List<Hit> resolve(JsonNode root, String pattern) {
        List<Hit> out = new ArrayList<>();
        walk(root, "", segments(pattern), 0, out);
        return out;
    }

    /**
     * The nodes a pattern finds under one concrete instance of an enclosing pattern: e.g. the pattern
     * {@code /goals/* /text} under the instance {@code /goals/2} of {@code /goals/*} finds {@code /goals/2/text}.
     * A pattern that does not start with the enclosing pattern finds nothing.
     */
    public static List<Hit> resolveWithin(JsonNode root, String pattern, String enclosingPattern,
            String enclosingPointer) {
        List<String> p = segments(pattern);
        List<String> e = segments(enclosingPattern);
        if (p.size() < e.size() || !p.subList(0, e.size()).equals(e)) {
            return List.of();
        }
        JsonNode start = root.at(enclosingPointer);
        List<Hit> out = new ArrayList<>();
        if (!start.isMissingNode()) {
            walk(start, enclosingPointer, p, e.size(), out);
        }
        return out;
    }

    /** Whether a pattern lies under (or is) another pattern. */
    public static boolean isUnder(String pattern, String enclosingPattern) {
        return pattern.equals(enclosingPattern) || pattern.startsWith(enclosingPattern + "/");
    }

    private static void walk(JsonNode node, String at, List<String> segs, int i, List<Hit> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (i == segs.size()) {
            out.add(new Hit(node, at));
            return;
        }
        String s = segs.get(i);
        if (ANY.equals(s)) {
            if (node.isArray()) {
                for (int k = 0; k < node.size(); k++) {
                    walk(node.get(k), at + "/" + k, segs, i + 1, out);
                }
            }
        } else if (node.isObject()) {
            walk(node.get(s), at + "/" + escape(s), segs, i + 1, out);
        }
    }
}
