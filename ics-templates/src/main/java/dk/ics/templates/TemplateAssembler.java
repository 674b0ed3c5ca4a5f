package dk.ics.templates;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.LocalizedText;
import dk.ics.model.Location;
import dk.ics.model.casework.CaseStep;
import dk.ics.templates.internal.CompiledTemplate;
import dk.ics.templates.internal.Fields;
import dk.ics.templates.internal.MetaCheck;
import dk.ics.templates.internal.RefGuard;
import dk.ics.templates.internal.SchemaEngine;
import dk.ics.templates.internal.SchemaSource;
import dk.ics.templates.internal.SemanticMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns schema files into templates: ids unique, references safe, every file valid against the meta-schema, every
 * template compiled and its semantic map built. All or nothing.
 */
final class TemplateAssembler {

    private TemplateAssembler() {
    }

    static Map<String, TreeMap<TemplateVersion, Template>> assemble(List<SchemaSource> all) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Map<String, String> sourceOf = new LinkedHashMap<>();
        for (SchemaSource s : all) {
            RefGuard.checkIdentity(s.tree(), s.source());
            JsonNode id = s.tree().get("$id");
            if (id == null || !id.isString() || !id.asString().startsWith("urn:ics:")) {
                throw new IcsInvalidDataException(Location.of(s.source()).withPointer("/$id"),
                        "expected an $id of the form urn:ics:template:<id>:<version> (or urn:ics:... for a shared"
                                + " schema)");
            }
            String previous = sourceOf.putIfAbsent(id.asString(), s.source());
            if (previous != null) {
                throw new IcsInvalidDataException(Location.of(s.source()).withPointer("/$id"),
                        "the $id " + id.asString() + " is already defined in " + previous);
            }
            byId.put(id.asString(), s.tree());
        }
        for (SchemaSource s : all) {
            RefGuard.check(s.tree(), s.source(), byId);
            MetaCheck.check(s.source(), s.tree(), s.tree().has("x-ics-template"));
        }
        SchemaEngine engine = SchemaEngine.over(byId);
        Map<String, TreeMap<TemplateVersion, Template>> out = new TreeMap<>();
        for (SchemaSource s : all) {
            if (s.tree().has("x-ics-template")) {
                Template t = template(s, engine, byId, sourceOf);
                out.computeIfAbsent(t.id(), k -> new TreeMap<>()).put(t.version(), t);
            }
        }
        return out;
    }

    private static Template template(SchemaSource s, SchemaEngine engine, Map<String, JsonNode> byId,
            Map<String, String> sourceOf) {
        JsonNode h = s.tree().get("x-ics-template");
        Location at = Location.of(s.source()).withPointer("/x-ics-template");
        TemplateRef ref = TemplateRef.of(h.get("id").asString(), h.get("version").asString());
        String schemaId = s.tree().get("$id").asString();
        String expected = "urn:ics:template:" + ref.id() + ":" + ref.version();
        if (!expected.equals(schemaId)) {
            throw new IcsInvalidDataException(Location.of(s.source()).withPointer("/$id"),
                    "the $id must be " + expected + " to match the header");
        }
        JsonNode title = h.get("title");
        if (s.builtIn() && !title.has("en")) {
            throw new IcsInvalidDataException(at.withPointer("/x-ics-template/title"),
                    "a built-in template needs an English title");
        }
        JsonNode base = h.get("derivedFrom");
        TemplateRef derivedFrom = base == null ? null
                : TemplateRef.of(base.get("id").asString(), base.get("version").asString());
        CompiledTemplate compiled = new CompiledTemplate(schemaId, s.tree(), engine.compile(schemaId, s.source()),
                byId, Fields.of(schemaId, byId));
        SemanticMap map = new SemanticMap(SemanticMapper.map(schemaId, byId, sourceOf));
        return new Template(ref, new LocalizedText(title.get("da").asString(),
                title.has("en") ? title.get("en").asString() : null), CaseStep.valueOf(h.get("step").asString()),
                derivedFrom, map, s.source(), compiled);
    }
}
