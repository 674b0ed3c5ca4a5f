package dk.ics.templates.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.Location;
import dk.ics.model.internal.JsonSupport;
import dk.ics.model.internal.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks template files against the ICS template meta-schema ({@code template.schema.json}) and shared schemas
 * against its {@code $defs/schema}: an unknown role, dimension or side, a malformed header or an unsafe reference
 * rejects the file with the file name, the JSON Pointer and the reason. Thread-safe.
 */
public final class MetaCheck {

    private static final String RESOURCE = "/dk/ics/templates/internal/template.schema.json";
    private static final Schema TEMPLATE;
    private static final Schema SHARED;

    static {
        JsonNode meta;
        try (InputStream in = MetaCheck.class.getResourceAsStream(RESOURCE)) {
            meta = JsonSupport.readTree(in, RESOURCE, dk.ics.model.ReadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaEngine engine = SchemaEngine.over(Map.of(SchemaEngine.META_ID, meta));
        TEMPLATE = engine.compile(SchemaEngine.META_ID, RESOURCE);
        SHARED = engine.compileFragment(SchemaEngine.META_ID + "#/$defs/schema", RESOURCE);
    }

    private MetaCheck() {
    }

    /**
     * Checks one schema file.
     *
     * @param template whether it is a template (has the header) or a shared schema
     * @throws IcsInvalidDataException at the first problem, in document order
     */
    public static void check(String source, JsonNode tree, boolean template) {
        List<Error> errors = new ArrayList<>((template ? TEMPLATE : SHARED).validate(tree));
        if (errors.isEmpty()) {
            return;
        }
        // The header first (a bad version also breaks the $id pattern, but the header says what is wrong), then
        // document order.
        errors.sort(Comparator.comparing((Error e) -> !String.valueOf(e.getInstanceLocation())
                .startsWith("/x-ics-template")).thenComparing(e -> String.valueOf(e.getInstanceLocation())));
        Error first = pickMostSpecific(errors);
        String at = first.getInstanceLocation() == null ? "" : first.getInstanceLocation().toString();
        String more = errors.size() > 1 ? " (" + errors.size() + " problems in all)" : "";
        throw new IcsInvalidDataException(Location.of(source).withPointer(at), reason(first) + more);
    }

    /** Among errors at the same place, the one that says most (an enum over an allOf that wraps it). */
    private static Error pickMostSpecific(List<Error> errors) {
        for (Error e : errors) {
            if (!List.of("allOf", "anyOf", "oneOf", "if", "then", "else", "$ref").contains(e.getKeyword())) {
                return e;
            }
        }
        return errors.get(0);
    }

    private static String reason(Error e) {
        JsonNode schema = e.getSchemaNode();
        String property = e.getProperty() == null ? "" : SafeText.code(e.getProperty());
        return switch (String.valueOf(e.getKeyword())) {
            case "enum" -> "unknown code; expected one of " + list(schema);
            case "const" -> "expected " + list(schema);
            case "required" -> "missing member " + property;
            case "additionalProperties" -> "unknown member " + property;
            case "type" -> "expected a value of type " + list(schema);
            case "pattern" -> "does not have the expected form " + (schema == null ? "" : schema.asString(""));
            case "not" -> "member not allowed here";
            case "false" -> "not allowed here";
            case "minLength" -> "must not be empty";
            default -> "does not satisfy the template meta-schema (" + e.getKeyword() + ")";
        };
    }

    private static String list(JsonNode n) {
        if (n == null) {
            return "?";
        }
        if (!n.isArray()) {
            return n.isString() ? n.asString() : n.toString();
        }
        List<String> s = new ArrayList<>();
        n.forEach(x -> s.add(x.asString(x.toString())));
        return String.join(", ", s);
    }
}
