package dk.ics.templates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * JSON Pointers and pointer <em>patterns</em> (pointers with {@code *} for every item of an array), resolved against
 * document trees. Thread-safe: its only state is a bounded concurrent cache of split patterns.
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

    /** How many split patterns are kept: the patterns of every loaded template, with room to spare. */
    private static final int CACHE_LIMIT = 8192;

    /** Split patterns by text: the same few hundred patterns are resolved for every document validated. */
    private static final Map<String, List<String>> SEGMENTS = new ConcurrentHashMap<>();

    /** The segments of a pointer or pattern, unescaped (an unmodifiable list). */
    public static List<String> segments(String pointer) {
        List<String> cached = SEGMENTS.get(pointer);
        if (cached != null) {
            return cached;
        }
        List<String> out = split(pointer);
        if (SEGMENTS.size() < CACHE_LIMIT) {
            SEGMENTS.putIfAbsent(pointer, out);
        }
        return out;
    }

    private static List<String> split(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : pointer.substring(1).split("/", -1)) {
            out.add(s.replace("~1", "/").replace("~0", "~"));
        }
        return List.copyOf(out);
    }

    /** The pointer of the array an item pointer is in ({@code /a/3} gives {@code /a}); other pointers as they are. */
    public static String parentOfItem(String pointer) {
        int slash = pointer.lastIndexOf('/');
        String last = slash < 0 ? "" : pointer.substring(slash + 1);
        return !last.isEmpty() && last.length() < 10 && last.chars().allMatch(Character::isDigit)
                ? pointer.substring(0, slash) : pointer;
    }

    /** Escapes a property name as a pointer segment. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The nodes a pattern finds in a tree (missing parts give nothing), in document order. */
    public static List<Hit> resolve(JsonNode root, String pattern) {
        List<String> segs = segments(pattern);
        if (pattern.indexOf('~') < 0 && !segs.contains(ANY)) {
            // A plain pointer: at most one hit, whose pointer is the pattern itself (no strings to build).
            JsonNode node = root;
            for (int i = 0; i < segs.size() && node != null; i++) {
                node = node.isObject() ? node.get(segs.get(i)) : null;
            }
            List<Hit> out = new ArrayList<>(1);
            if (node != null && !node.isMissingNode() && !node.isNull()) {
                out.add(new Hit(node, pattern));
            }
            return out;
        }
        List<Hit> out = new ArrayList<>();
        walk(root, new StringBuilder(), segs, 0, out);
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
            walk(start, new StringBuilder(enclosingPointer), p, e.size(), out);
        }
        return out;
    }

    /** Whether a pattern lies under (or is) another pattern. */
    public static boolean isUnder(String pattern, String enclosingPattern) {
        return pattern.equals(enclosingPattern) || pattern.startsWith(enclosingPattern + "/");
    }

    /** Walks the segments from {@code i}; {@code at} is the pointer so far, restored before returning. */
    private static void walk(JsonNode node, StringBuilder at, List<String> segs, int i, List<Hit> out) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (i == segs.size()) {
            out.add(new Hit(node, at.toString()));
            return;
        }
        String s = segs.get(i);
        int length = at.length();
        if (ANY.equals(s)) {
            if (node.isArray()) {
                for (int k = 0; k < node.size(); k++) {
                    walk(node.get(k), at.append('/').append(k), segs, i + 1, out);
                    at.setLength(length);
                }
            }
        } else if (node.isObject()) {
            walk(node.get(s), at.append('/').append(escape(s)), segs, i + 1, out);
            at.setLength(length);
        }
    }
}
