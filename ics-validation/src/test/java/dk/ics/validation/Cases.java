package dk.ics.validation;

import dk.ics.model.casework.LegalRegime;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.CaseDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Test support: the example documents, one-thing-broken edits of them, and case contexts written as JSON. */
final class Cases {

    static final Path EXAMPLES = Path.of("../examples/data/documents");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final IcsValidator VALIDATOR = IcsValidator.standard();

    private Cases() {
    }

    /** The example document as a tree. */
    static ObjectNode example(String name) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(EXAMPLES.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource as a tree. */
    static JsonNode resource(String path) {
        try (var in = Cases.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document from a tree. */
    static CaseDocument document(JsonNode tree, String name) {
        return CaseDocument.parse(JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8), name,
                dk.ics.model.ReadLimits.DEFAULTS);
    }

    /** An example document, edited: {@code set} and {@code remove} by JSON Pointer, and a status. */
    static ObjectNode edited(String base, JsonNode set, JsonNode remove, String status) {
        ObjectNode doc = example(base);
        if (status != null) {
            doc.put("status", status);
        }
        if (remove != null) {
            for (JsonNode p : remove) {
                removeAt(doc, p.asString());
            }
        }
        if (set != null) {
            for (Map.Entry<String, JsonNode> e : set.properties()) {
                setAt(doc, e.getKey(), e.getValue());
            }
        }
        return doc;
    }

    static void removeAt(ObjectNode doc, String pointer) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent.isObject()) {
            if (((ObjectNode) parent).remove(last) == null) {
                throw new IllegalArgumentException("nothing to remove at " + pointer);
            }
        } else if (parent.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) parent).remove(Integer.parseInt(last));
        } else {
            throw new IllegalArgumentException("no parent at " + pointer);
        }
    }

    static void setAt(ObjectNode doc, String pointer, JsonNode value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, cut));
        if (!parent.isObject()) {
            throw new IllegalArgumentException("no object at " + pointer.substring(0, cut));
        }
        ((ObjectNode) parent).set(pointer.substring(cut + 1), value);
    }

    /** A context from its JSON form; documents named by file are example documents, bound. */
    static CaseContext context(JsonNode base, JsonNode overrides) {
        ObjectNode c = (ObjectNode) base.deepCopy();
        if (overrides != null) {
            for (Map.Entry<String, JsonNode> e : overrides.properties()) {
                c.set(e.getKey(), e.getValue());
            }
        }
        CaseContext.Builder b = CaseContext.builder(LocalDate.parse(c.get("on").asString()));
        Iterator<Map.Entry<String, JsonNode>> it = c.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            switch (e.getKey()) {
                case "on" -> { }
                case "regime" -> b.regime(LegalRegime.valueOf(v.asString()));
                case "caseOpened" -> b.caseOpened(date(v));
                case "childBirthDate" -> b.childBirthDate(date(v));
                case "needKnownDate" -> b.needKnownDate(date(v));
                case "supportDecisionDate" -> b.supportDecisionDate(date(v));
                case "placementWithConsentDecisionDate" -> b.placementWithConsentDecisionDate(date(v));
                case "placementWithoutConsentDecisionDate" -> b.placementWithoutConsentDecisionDate(date(v));
                case "urgentDecision" -> b.urgentDecision(v.asBoolean());
                case "measureStartDate" -> b.measureStartDate(date(v));
                case "parallelInvestigationFinishedDate" -> b.parallelInvestigationFinishedDate(date(v));
                case "placementStartDate" -> b.placementStartDate(date(v));
                case "supervisionVisits" -> v.forEach(x -> b.supervisionVisit(date(x)));
                case "earlierFollowUps" -> v.forEach(x -> b.earlierFollowUp(date(x)));
                case "earlierPlans" -> v.forEach(x -> b.earlierPlan(date(x)));
                case "latestBfu" -> b.latestBfu(bound(v.asString()));
                case "plan" -> b.plan(bound(v.asString()));
                default -> throw new IllegalArgumentException("unknown context key " + e.getKey());
            }
        }
        return b.build();
    }

    static BoundDocument bound(String exampleName) {
        return VALIDATOR.bind(document(example(exampleName), exampleName));
    }

    private static LocalDate date(JsonNode v) {
        return LocalDate.parse(v.asString());
    }

    /** The codes of the rule findings (ICS-*) of a report, sorted. */
    static List<String> ruleCodes(ValidationReport report) {
        List<String> out = new ArrayList<>();
        report.findings().stream().filter(f -> f.code().startsWith("ICS-")).forEach(f -> out.add(f.code()));
        out.sort(null);
        return out;
    }
}
