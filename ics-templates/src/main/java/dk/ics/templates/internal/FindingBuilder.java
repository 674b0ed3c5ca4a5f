package dk.ics.templates.internal;

import com.networknt.schema.Error;
import dk.ics.model.Finding;
import dk.ics.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns the schema engine's errors into findings. A finding is built from the error's keyword, its instance location
 * and facts from the <em>schema</em> (a required name, an expected type, the allowed codes, a limit), with the
 * module's own message texts; never from the engine's message, its arguments or the instance node, which may hold
 * the document's values. Thread-safe (stateless).
 */
public final class FindingBuilder {

    /** Keywords whose failure means missing content: WARNING in a draft, ERROR in a final document. */
    private static final Set<String> MISSING_CONTENT = Set.of("required", "minLength", "minItems", "minProperties");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6,}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_CODES_SHOWN = 12;

    private FindingBuilder() {
    }

    /** The findings for a document's schema errors, draft or final. */
    public static List<Finding> findings(List<Error> errors, boolean draft) {
        Set<Finding> out = new LinkedHashSet<>();
        for (Error e : errors) {
            out.add(finding(e, draft));
        }
        return new ArrayList<>(out);
    }

    private static Finding finding(Error e, boolean draft) {
        String keyword = String.valueOf(e.getKeyword());
        Severity severity = MISSING_CONTENT.contains(keyword) && draft ? Severity.WARNING : Severity.ERROR;
        String at = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        JsonNode schema = e.getSchemaNode();
        switch (keyword) {
            case "required" -> {
                String name = e.getProperty() == null ? "" : e.getProperty();
                return Messages.finding("TPL-REQUIRED", severity, at + "/" + Pointers.escape(name), "tpl.required",
                        List.of(name));
            }
            case "minLength", "minItems", "minProperties" -> {
                return Messages.finding("TPL-EMPTY", severity, at, "tpl." + keyword, List.of(number(schema)));
            }
            case "type" -> {
                String expected = types(schema);
                String key = Messages.has("tpl.type." + expected) ? "tpl.type." + expected : "tpl.type";
                return Messages.finding("TPL-TYPE", severity, at, key, List.of(expected));
            }
            case "format" -> {
                String format = schema != null && schema.isString() ? schema.asString() : "";
                String key = Messages.has("tpl.format." + format) ? "tpl.format." + format : "tpl.format";
                return Messages.finding("TPL-FORMAT", severity, at, key, List.of(format));
            }
            case "enum" -> {
                return Messages.finding("TPL-ENUM", severity, at, "tpl.enum", List.of(codes(schema)));
            }
            case "const" -> {
                return Messages.finding("TPL-ENUM", severity, at, "tpl.const", List.of(codes(schema)));
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                String name = e.getProperty();
                if (name != null && NAME.matcher(name).matches() && !SIX_DIGITS.matcher(name).find()) {
                    return Messages.finding("TPL-ADDITIONAL", severity, at + "/" + Pointers.escape(name),
                            "tpl.additional", List.of(name));
                }
                return Messages.finding("TPL-ADDITIONAL", severity, at, "tpl.additional.unnamed", List.of());
            }
            case "pattern" -> {
                return Messages.finding("TPL-PATTERN", severity, at, "tpl.pattern", List.of());
            }
            case "maxLength", "maxItems" -> {
                return Messages.finding("TPL-TOO-LONG", severity, at, "tpl." + keyword, List.of(number(schema)));
            }
            case "uniqueItems" -> {
                return Messages.finding("TPL-DUPLICATE", severity, at, "tpl.uniqueItems", List.of());
            }
            case "not" -> {
                return Messages.finding("TPL-NOT", severity, at, "tpl.not", List.of());
            }
            default -> {
                String kw = NAME.matcher(keyword).matches() ? keyword : "?";
                return Messages.finding("TPL-SCHEMA", severity, at, "tpl.schema", List.of(kw));
            }
        }
    }

    private static String number(JsonNode schema) {
        return schema != null && schema.isNumber() ? schema.asString() : "?";
    }

    private static String types(JsonNode schema) {
        if (schema == null) {
            return "?";
        }
        if (schema.isArray()) {
            List<String> t = new ArrayList<>();
            schema.forEach(x -> t.add(x.asString("")));
            return String.join(" | ", t);
        }
        return schema.asString("?");
    }

    private static String codes(JsonNode schema) {
        if (schema == null) {
            return "?";
        }
        List<String> c = new ArrayList<>();
        if (schema.isArray()) {
            schema.forEach(x -> c.add(x.isString() ? x.asString() : x.toString()));
        } else {
            c.add(schema.isString() ? schema.asString() : schema.toString());
        }
        if (c.size() > MAX_CODES_SHOWN) {
            return String.join(", ", c.subList(0, MAX_CODES_SHOWN)) + ", … (" + c.size() + ")";
        }
        return String.join(", ", c);
    }
}
