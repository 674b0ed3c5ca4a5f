package dk.ics.templates.internal;

import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
import dk.ics.model.internal.CodeLabels;
import dk.ics.model.internal.MessageTexts;
import dk.ics.templates.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a template says about each field of its documents, for messages a caseworker can read: the field's
 * {@code title} and its ICS role, by JSON Pointer pattern ({@code *} for array items), and the labels of roles and of
 * the codes a field may hold. Built once per template by walking its schema as {@link SemanticMapper} does
 * ({@code properties}, {@code items}, {@code $ref}, {@code allOf}, {@code anyOf}, {@code oneOf}); the first title
 * met on a path wins, so a property's own title beats the title of the shared definition it refers to. Immutable and
 * thread-safe.
 */
public final class Fields {

    private static final int MAX_DEPTH = 64;
    private static final MessageTexts LABELS = MessageTexts.load("/dk/ics/templates/internal/labels",
            Fields.class::getResourceAsStream);
    private static final Fields NONE = new Fields(Map.of(), Map.of());

    private final Map<String, String> titles;
    private final Map<String, Role> roles;

    private Fields(Map<String, String> titles, Map<String, Role> roles) {
        this.titles = titles;
        this.roles = roles;
    }

    /** No fields known: every look-up is empty. */
    public static Fields none() {
        return NONE;
    }

    /**
     * The fields of one template.
     *
     * @param schemaId the template's schema {@code $id}
     * @param schemas  every schema of the registry by id
     */
    public static Fields of(String schemaId, Map<String, JsonNode> schemas) {
        Map<String, String> titles = new HashMap<>();
        Map<String, Role> roles = new HashMap<>();
        walk(schemas.get(schemaId), schemaId, "", schemas, titles, roles, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        return new Fields(Map.copyOf(titles), Map.copyOf(roles));
    }

    private static void walk(JsonNode node, String schemaId, String pattern, Map<String, JsonNode> schemas,
            Map<String, String> titles, Map<String, Role> roles, Set<JsonNode> visiting, int depth) {
        if (node == null || !node.isObject() || depth > MAX_DEPTH || !visiting.add(node)) {
            return;
        }
        JsonNode title = node.get("title");
        if (title != null && title.isString() && !title.asString().isBlank()) {
            titles.putIfAbsent(pattern, title.asString());
        }
        JsonNode role = node.path("x-ics").path("role");
        if (role.isString()) {
            for (Role r : Role.values()) {
                if (r.code().equals(role.asString())) {
                    roles.putIfAbsent(pattern, r);
                }
            }
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString()) {
            String text = ref.asString();
            int hash = text.indexOf('#');
            String base = hash < 0 ? text : text.substring(0, hash);
            String id = base.isEmpty() ? schemaId : base;
            JsonNode root = schemas.get(id);
            if (root != null) {
                walk(root.at(hash < 0 ? "" : text.substring(hash + 1)), id, pattern, schemas, titles, roles,
                        visiting, depth + 1);
            }
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode members = node.get(combinator);
            if (members != null && members.isArray()) {
                for (JsonNode m : members) {
                    walk(m, schemaId, pattern, schemas, titles, roles, visiting, depth + 1);
                }
            }
        }
        JsonNode props = node.get("properties");
        if (props != null && props.isObject()) {
            for (Map.Entry<String, JsonNode> p : props.properties()) {
                walk(p.getValue(), schemaId, pattern + "/" + Pointers.escape(p.getKey()), schemas, titles, roles,
                        visiting, depth + 1);
            }
        }
        JsonNode items = node.get("items");
        if (items != null && items.isObject()) {
            walk(items, schemaId, pattern + "/" + Pointers.ANY, schemas, titles, roles, visiting, depth + 1);
        }
        visiting.remove(node);
    }

    /** The pattern of a document pointer: every array index as {@code *}. */
    static String pattern(String pointer) {
        if (pointer.isEmpty()) {
            return pointer;
        }
        StringBuilder sb = new StringBuilder();
        for (String s : pointer.substring(1).split("/", -1)) {
            sb.append('/').append(!s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit)
                    ? Pointers.ANY : s);
        }
        return sb.toString();
    }

    /** The title the template gives the field at a document pointer, if it gives one. */
    public Optional<String> title(String pointer) {
        String t = titles.get(pointer);
        return Optional.ofNullable(t != null ? t : titles.get(pattern(pointer)));
    }

    /** The ICS role of the field at a document pointer, if it has one. */
    public Optional<Role> role(String pointer) {
        Role r = roles.get(pointer);
        return Optional.ofNullable(r != null ? r : roles.get(pattern(pointer)));
    }

    /**
     * The field at a pointer as a message names it: its title (the same in both languages: it is the template's
     * wording), else its role's label, else the property name when it is shaped like a code.
     */
    public LocalizedText shown(String pointer, String name) {
        Optional<String> title = title(pointer);
        if (title.isPresent()) {
            return new LocalizedText(title.get(), title.get());
        }
        Optional<Role> role = role(pointer);
        if (role.isPresent()) {
            return roleLabel(role.get());
        }
        return new LocalizedText(name, name);
    }

    /** The label of a role in Danish and English. */
    public static LocalizedText roleLabel(Role role) {
        return LABELS.render(role.code());
    }

    /**
     * The label of a code a field may hold: a dimension or side code's label, else the label the templates module
     * gives the code of that role (or the code alone, such as a document status), if any.
     */
    public static Optional<LocalizedText> codeLabel(Role role, String code) {
        Optional<LocalizedText> triangle = CodeLabels.of(code);
        if (triangle.isPresent()) {
            return triangle;
        }
        String key = role == null ? null : "code." + role.code() + "." + code;
        if (key != null && LABELS.has(key)) {
            return Optional.of(LABELS.render(key));
        }
        return LABELS.has("code." + code) ? Optional.of(LABELS.render("code." + code)) : Optional.empty();
    }

    /** The JSON types a schema expects, as a reader says them: "en tekst eller ingenting". */
    public static LocalizedText typeLabel(List<String> types) {
        List<LocalizedText> labels = new ArrayList<>();
        for (String t : types) {
            labels.add(LABELS.has("type." + t) ? LABELS.render("type." + t) : new LocalizedText(t, t));
        }
        LocalizedText or = LABELS.render("or");
        return new LocalizedText(String.join(or.da(), labels.stream().map(LocalizedText::da).toList()),
                String.join(or.in(Language.EN), labels.stream().map(l -> l.in(Language.EN)).toList()));
    }

    /** A schema shape ({@code string(date)}, {@code array(string)} …) as a reader says it: "dato", "liste af tekster". */
    public static LocalizedText shapeLabel(String shape) {
        String key = "shape." + shape.replace("(", "[").replace(")", "]");
        return LABELS.has(key) ? LABELS.render(key) : new LocalizedText(shape, shape);
    }

    /** The labels of the codes, or empty when one of them has none. */
    public static Optional<List<LocalizedText>> codeLabels(Role role, List<String> codes) {
        List<LocalizedText> out = new ArrayList<>();
        for (String c : codes) {
            Optional<LocalizedText> l = codeLabel(role, c);
            if (l.isEmpty()) {
                return Optional.empty();
            }
            out.add(l.get());
        }
        return Optional.of(out);
    }

    /** Whether every role has a label in both languages (for tests). */
    static boolean hasLabel(Role role) {
        return LABELS.has(role.code());
    }

    @Override
    public String toString() {
        return "Fields[" + titles.size() + " titles]";
    }
}
