package dk.ics.templates.internal;

import com.networknt.schema.Error;
import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.LocalizedText;
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

    /**
     * The findings for a document's schema errors, draft or final.
     *
     * @param errors the schema engine's errors
     * @param draft  whether the document is a draft (missing content is then a WARNING)
     * @param fields the template's fields, to name a field by its title and a code by its label
     * @param basis  the basis every finding rests on (the template)
     */
    public static List<Finding> findings(List<Error> errors, boolean draft, Fields fields, String basis) {
        Set<Finding> out = new LinkedHashSet<>();
        for (Error e : errors) {
            out.add(finding(e, draft, fields, basis));
        }
        return new ArrayList<>(out);
    }

    private static Finding finding(Error e, boolean draft, Fields fields, String basis) {
        String keyword = String.valueOf(e.getKeyword());
        Severity severity = MISSING_CONTENT.contains(keyword) && draft ? Severity.WARNING : Severity.ERROR;
        String at = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        JsonNode schema = e.getSchemaNode();
        switch (keyword) {
            case "required" -> {
                String name = e.getProperty() == null ? "" : e.getProperty();
                String pointer = at + "/" + Pointers.escape(name);
                return Messages.finding("TPL-REQUIRED", severity, pointer, "tpl.required", List.of(name),
                        List.of(fields.shown(pointer, name)), basis);
            }
            case "minLength", "minItems", "minProperties" -> {
                return plain("TPL-EMPTY", severity, at, "tpl." + keyword, List.of(number(schema)), basis);
            }
            case "type" -> {
                List<String> types = types(schema);
                String expected = String.join(" | ", types);
                String key = Messages.has("tpl.type." + expected) ? "tpl.type." + expected : "tpl.type";
                return Messages.finding("TPL-TYPE", severity, at, key, List.of(expected),
                        List.of(Fields.typeLabel(types)), basis);
            }
            case "format" -> {
                String format = schema != null && schema.isString() ? schema.asString() : "";
                String key = Messages.has("tpl.format." + format) ? "tpl.format." + format : "tpl.format";
                return plain("TPL-FORMAT", severity, at, key, List.of(format), basis);
            }
            case "enum", "const" -> {
                List<String> codes = codes(schema);
                String key = "enum".equals(keyword) ? "tpl.enum" : "tpl.const";
                List<String> args = List.of(shownCodes(codes));
                return fields.role(at).or(() -> fields.role(Pointers.parentOfItem(at)))
                        .flatMap(r -> Fields.codeLabels(r, codes))
                        .or(() -> Fields.codeLabels(null, codes))
                        .map(labels -> Messages.finding("TPL-ENUM", severity, at, key, args,
                                List.of(joined(labels)), basis))
                        .orElseGet(() -> plain("TPL-ENUM", severity, at, key + ".unlabelled", args, basis));
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                String name = e.getProperty();
                if (name != null && NAME.matcher(name).matches() && !SIX_DIGITS.matcher(name).find()) {
                    return plain("TPL-ADDITIONAL", severity, at + "/" + Pointers.escape(name), "tpl.additional",
                            List.of(name), basis);
                }
                return plain("TPL-ADDITIONAL", severity, at, "tpl.additional.unnamed", List.of(), basis);
            }
            case "pattern" -> {
                return plain("TPL-PATTERN", severity, at, "tpl.pattern", List.of(), basis);
            }
            case "maxLength", "maxItems" -> {
                return plain("TPL-TOO-LONG", severity, at, "tpl." + keyword, List.of(number(schema)), basis);
            }
            case "uniqueItems" -> {
                return plain("TPL-DUPLICATE", severity, at, "tpl.uniqueItems", List.of(), basis);
            }
            case "not" -> {
                return plain("TPL-NOT", severity, at, "tpl.not", List.of(), basis);
            }
            default -> {
                String kw = NAME.matcher(keyword).matches() ? keyword : "?";
                return plain("TPL-SCHEMA", severity, at, "tpl.schema", List.of(kw), basis);
            }
        }
    }

    /** A finding whose arguments are shown as they are (numbers, limits, and codes the Danish text leaves out). */
    private static Finding plain(String code, Severity severity, String at, String key, List<String> args,
            String basis) {
        return Messages.finding(code, severity, at, key, args, args.stream().map(a -> new LocalizedText(a, a))
                .toList(), basis);
    }

    private static LocalizedText joined(List<LocalizedText> labels) {
        List<LocalizedText> shown = labels.size() > MAX_CODES_SHOWN ? labels.subList(0, MAX_CODES_SHOWN) : labels;
        String more = labels.size() > MAX_CODES_SHOWN ? "; … (" + labels.size() + ")" : "";
        // Labels may hold commas ("Dagtilbud, skoleforhold og læring"), so they are set apart by semicolons.
        return new LocalizedText(
                String.join("; ", shown.stream().map(LocalizedText::da).toList()) + more,
                String.join("; ", shown.stream().map(l -> l.in(Language.EN)).toList()) + more);
    }

    private static String shownCodes(List<String> c) {
        if (c.size() > MAX_CODES_SHOWN) {
            return String.join(", ", c.subList(0, MAX_CODES_SHOWN)) + ", … (" + c.size() + ")";
        }
        return String.join(", ", c);
    }

    private static String number(JsonNode schema) {
        return schema != null && schema.isNumber() ? schema.asString() : "?";
    }

    private static List<String> types(JsonNode schema) {
        if (schema == null) {
            return List.of("?");
        }
        if (schema.isArray()) {
            List<String> t = new ArrayList<>();
            schema.forEach(x -> t.add(x.asString("")));
            return t;
        }
        return List.of(schema.asString("?"));
    }

    private static List<String> codes(JsonNode schema) {
        if (schema == null) {
            return List.of("?");
        }
        List<String> c = new ArrayList<>();
        if (schema.isArray()) {
            schema.forEach(x -> c.add(x.isString() ? x.asString() : x.toString()));
        } else {
            c.add(schema.isString() ? schema.asString() : schema.toString());
        }
        return c;
    }
}
