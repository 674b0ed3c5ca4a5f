package dk.ics.templates.internal;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.templates.Role;
import dk.ics.templates.SemanticEntry;
import dk.ics.templates.SemanticKey;
import dk.ics.templates.ValueKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Builds a template's semantic map by walking its schema from the root, following {@code properties}, {@code items},
 * {@code $ref} (inside the schema and into the registry's shared schemas), {@code allOf}, {@code anyOf} and
 * {@code oneOf}, and checking each {@code x-ics} annotation's placement: the schema's type fits the role's kind, a
 * dimension role has a dimension (its own or inherited from an annotated ancestor), a role <em>in X</em> sits under
 * X. Not thread-safe; use one per template.
 */
public final class SemanticMapper {

    private static final int MAX_DEPTH = 64;

    private final Map<String, JsonNode> schemas;
    private final Map<String, String> sources;
    private final Map<String, SemanticEntry> entries = new LinkedHashMap<>();

    /** Where the walk stands in the schema: which schema file and where in it. */
    private record At(String schemaId, String schemaPointer) {
    }

    /** What the walk inherits from annotated ancestors. */
    private record Context(Dimension dimension, Set<Role> ancestors) {
    }

    private SemanticMapper(Map<String, JsonNode> schemas, Map<String, String> sources) {
        this.schemas = schemas;
        this.sources = sources;
    }

    /**
     * Maps one template.
     *
     * @param templateId the template's schema {@code $id}
     * @param schemas    every schema of the registry by id
     * @param sources    the file or resource name of every schema, by id, for messages
     * @throws IcsInvalidDataException naming the file and the JSON Pointer of a misplaced annotation
     */
    public static List<SemanticEntry> map(String templateId, Map<String, JsonNode> schemas,
            Map<String, String> sources) {
        SemanticMapper m = new SemanticMapper(schemas, sources);
        m.walk(schemas.get(templateId), new At(templateId, ""), "", true, new Context(null, Set.of()),
                new HashSet<>(), 0);
        return List.copyOf(m.entries.values());
    }

    private void walk(JsonNode node, At at, String pattern, boolean required, Context ctx, Set<At> visiting,
            int depth) {
        if (node == null || !node.isObject() || depth > MAX_DEPTH || !visiting.add(at)) {
            return;
        }
        Context inner = annotate(node, at, pattern, required, ctx);
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString()) {
            Target t = target(at.schemaId(), ref.asString());
            walk(t.node(), t.at(), pattern, required, inner, visiting, depth + 1);
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode members = node.get(combinator);
            if (members != null && members.isArray()) {
                for (int i = 0; i < members.size(); i++) {
                    At a = new At(at.schemaId(), at.schemaPointer() + "/" + combinator + "/" + i);
                    walk(members.get(i), a, pattern, required && "allOf".equals(combinator), inner, visiting,
                            depth + 1);
                }
            }
        }
        JsonNode props = node.get("properties");
        if (props != null && props.isObject()) {
            Set<String> req = Schemas.requiredNames(new Schemas.Node(node, at.schemaId()), this::resolve);
            for (Map.Entry<String, JsonNode> p : props.properties()) {
                At a = new At(at.schemaId(), at.schemaPointer() + "/properties/" + Pointers.escape(p.getKey()));
                walk(p.getValue(), a, pattern + "/" + Pointers.escape(p.getKey()),
                        required && req.contains(p.getKey()), inner, visiting, depth + 1);
            }
        }
        JsonNode items = node.get("items");
        if (items != null && items.isObject()) {
            walk(items, new At(at.schemaId(), at.schemaPointer() + "/items"), pattern + "/" + Pointers.ANY,
                    required, inner, visiting, depth + 1);
        }
        visiting.remove(at);
    }

    private Context annotate(JsonNode node, At at, String pattern, boolean required, Context ctx) {
        JsonNode ann = node.get("x-ics");
        if (ann == null || !ann.isObject()) {
            return ctx;
        }
        String annPointer = at.schemaPointer() + "/x-ics";
        Role role = Role.fromCode(ann.path("role").asString(""));
        Dimension own = ann.has("dimension") ? Dimension.fromCode(ann.get("dimension").asString("")) : null;
        Side side = ann.has("side") ? Side.fromCode(ann.get("side").asString("")) : null;
        Dimension dimension = own != null ? own : ctx.dimension();
        if (role.needsDimension() && dimension == null) {
            throw error(at, annPointer, "role " + role + " needs a dimension, on the annotation or on an annotated"
                    + " ancestor (the DIMENSION container)");
        }
        if (role.needsSide() && side == null) {
            throw error(at, annPointer, "role " + role + " needs a side");
        }
        role.container().ifPresent(c -> {
            if (!ctx.ancestors().contains(c)) {
                throw error(at, annPointer, "role " + role + " must be placed under a property with role " + c);
            }
        });
        String shape = Schemas.shape(new Schemas.Node(node, at.schemaId()), this::resolve);
        if (!fits(role.kind(), shape)) {
            throw error(at, annPointer, "role " + role + " is of kind " + role.kind() + " and needs a schema of shape "
                    + expectedShape(role.kind()) + ", but the schema here has shape " + shape);
        }
        SemanticKey key = new SemanticKey(role, role.needsDimension() ? dimension : null, side);
        entries.putIfAbsent(key + " " + pattern, new SemanticEntry(key, pattern, required, shape));
        Set<Role> ancestors = new HashSet<>(ctx.ancestors());
        ancestors.add(role);
        return new Context(dimension, Set.copyOf(ancestors));
    }

    /** Whether a schema shape fits a kind. */
    static boolean fits(ValueKind kind, String shape) {
        return switch (kind) {
            case TEXT -> shape.startsWith("string");
            case CODE -> shape.equals("string(enum)");
            case DATE -> shape.equals("string(date)");
            case DATE_TIME -> shape.equals("string(date-time)");
            case BOOLEAN -> shape.equals("boolean");
            case OBJECT -> shape.equals("object");
            case TEXT_LIST -> shape.startsWith("array(string");
            case CODE_LIST -> shape.equals("array(string(enum))");
            case OBJECT_LIST -> shape.equals("array(object)");
        };
    }

    private static String expectedShape(ValueKind kind) {
        return switch (kind) {
            case TEXT -> "string";
            case CODE -> "string(enum)";
            case DATE -> "string(date)";
            case DATE_TIME -> "string(date-time)";
            case BOOLEAN -> "boolean";
            case OBJECT -> "object";
            case TEXT_LIST -> "array(string)";
            case CODE_LIST -> "array(string(enum))";
            case OBJECT_LIST -> "array(object)";
        };
    }

    private record Target(JsonNode node, At at) {
    }

    private Target target(String fromId, String ref) {
        int hash = ref.indexOf('#');
        String base = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        String id = base.isEmpty() ? fromId : base;
        JsonNode root = schemas.get(id);
        return new Target(root == null ? null : root.at(fragment), new At(id, fragment));
    }

    /** Resolves a {@code $ref} seen inside the schema with the given id (for shape and required look-ups). */
    private Schemas.Node resolve(String fromId, String ref) {
        Target t = target(fromId, ref);
        return new Schemas.Node(t.node(), t.at().schemaId());
    }

    private IcsInvalidDataException error(At at, String pointer, String reason) {
        String source = sources.getOrDefault(at.schemaId(), at.schemaId());
        return new IcsInvalidDataException(Location.of(source).withPointer(pointer), reason);
    }
}
