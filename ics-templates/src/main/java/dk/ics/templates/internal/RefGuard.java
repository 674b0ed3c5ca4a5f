package dk.ics.templates.internal;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsRefusedReferenceException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Location;
import dk.ics.model.internal.SafeText;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Checks every reference in a schema before the schema engine sees it: {@code $ref} and {@code $dynamicRef} may
 * point only inside the same schema ({@code #/...}) or to a schema of the registry by its {@code urn:ics:} id, and
 * the target must exist; every {@code $id} is an {@code urn:ics:} id and every {@code $schema} is draft 2020-12, whose
 * meta-schema the engine holds. Network, {@code file:} and {@code jar:} URLs and relative paths are refused with
 * {@link IcsRefusedReferenceException}, naming the file and the JSON Pointer of the reference, before anything is
 * opened or fetched. Thread-safe (stateless).
 */
public final class RefGuard {

    /** The one {@code $schema} a schema may name: draft 2020-12, whose meta-schema the engine holds. */
    public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final Set<String> REF_KEYWORDS = Set.of("$ref", "$dynamicRef", "$recursiveRef");

    private RefGuard() {
    }

    /**
     * Checks the references of one schema.
     *
     * @param tree    the schema
     * @param source  its file or resource name, for messages
     * @param schemas every schema of the registry by id (the tree itself included)
     */
    public static void check(JsonNode tree, String source, Map<String, JsonNode> schemas) {
        checkIdentity(tree, source);
        walk(tree, tree, "", source, schemas);
    }

    /**
     * Checks the root {@code $id} and {@code $schema} of one schema: an {@code $id} given as a string must be an
     * {@code urn:ics:} id and a {@code $schema} given as a string must be draft 2020-12. Anything else names a place
     * the schema engine would look a schema up (a URL, a path) and is refused before the engine sees it.
     */
    public static void checkIdentity(JsonNode tree, String source) {
        JsonNode schema = tree.get("$schema");
        if (schema != null && schema.isString() && !DRAFT_2020_12.equals(schema.asString())) {
            throw refused(source, "/$schema", "a $schema other than draft 2020-12 (" + DRAFT_2020_12 + ") refused,"
                    + " found " + describe(schema.asString()) + "; no meta-schema is ever fetched");
        }
        JsonNode id = tree.get("$id");
        if (id != null && id.isString() && !id.asString().startsWith("urn:ics:")) {
            throw refused(source, "/$id", "an $id must be an urn:ics: id, not " + describe(id.asString()));
        }
    }

    private static void walk(JsonNode node, JsonNode root, String at, String source, Map<String, JsonNode> schemas) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String ptr = at + "/" + Pointers.escape(e.getKey());
                if (REF_KEYWORDS.contains(e.getKey())) {
                    checkRef(e.getValue(), root, ptr, source, schemas);
                } else if ("$id".equals(e.getKey()) && !at.isEmpty() && e.getValue().isString()) {
                    String id = e.getValue().asString();
                    if (!id.startsWith("urn:ics:")) {
                        throw refused(source, ptr, "a nested $id must be an urn:ics: id, not " + describe(id));
                    }
                } else if ("$schema".equals(e.getKey()) && !at.isEmpty() && e.getValue().isString()
                        && !DRAFT_2020_12.equals(e.getValue().asString())) {
                    throw refused(source, ptr, "a nested $schema other than draft 2020-12 refused, found "
                            + describe(e.getValue().asString()));
                }
                walk(e.getValue(), root, ptr, source, schemas);
            }
        } else if (node.isArray()) {
            Iterator<JsonNode> it = node.iterator();
            for (int i = 0; it.hasNext(); i++) {
                walk(it.next(), root, at + "/" + i, source, schemas);
            }
        }
    }

    private static void checkRef(JsonNode value, JsonNode root, String ptr, String source,
            Map<String, JsonNode> schemas) {
        if (!value.isString()) {
            throw new IcsInvalidDataException(Location.of(source).withPointer(ptr), "expected a string reference");
        }
        String ref = value.asString();
        int hash = ref.indexOf('#');
        String base = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode target;
        if (base.isEmpty()) {
            target = root;
        } else if (base.startsWith("urn:ics:")) {
            target = schemas.get(base);
            if (target == null) {
                throw new IcsUnknownCodeException(Location.of(source).withPointer(ptr), "schema id", base,
                        List.copyOf(new TreeSet<>(schemas.keySet())));
            }
        } else {
            throw refused(source, ptr, "reference to " + describe(ref)
                    + " refused; a $ref may point only inside the schema (#/...) or to an urn:ics: schema");
        }
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            throw new IcsInvalidDataException(Location.of(source).withPointer(ptr),
                    "reference fragment must be a JSON Pointer (#/...)");
        }
        if (target.at(fragment).isMissingNode()) {
            throw new IcsInvalidDataException(Location.of(source).withPointer(ptr),
                    "reference target " + SafeText.code(fragment.isEmpty() ? "#" : fragment)
                            + " does not exist in " + (base.isEmpty() ? "this schema" : base));
        }
    }

    /** Describes a reference by its kind (scheme or path shape) for a message. */
    public static String describe(String ref) {
        String r = ref.toLowerCase(Locale.ROOT);
        int colon = r.indexOf(':');
        int slash = r.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash) && r.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
            return "a " + r.substring(0, colon) + ": URL";
        }
        if (r.startsWith("../") || r.contains("/../") || r.startsWith("/") || r.startsWith("\\")
                || r.contains("..\\")) {
            return "a path outside the folder";
        }
        return "a relative path";
    }

    private static IcsRefusedReferenceException refused(String source, String ptr, String reason) {
        return new IcsRefusedReferenceException(Location.of(source).withPointer(ptr), reason);
    }
}
