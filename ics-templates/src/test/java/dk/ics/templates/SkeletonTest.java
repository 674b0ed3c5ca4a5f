package dk.ics.templates;

import static dk.ics.templates.TestTemplates.withBuiltIns;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.internal.JsonSupport;
import org.junit.jupiter.api.Test;

/**
 * A template's skeleton is the empty document a form starts from: the envelope as a draft, every object the template
 * describes (through {@code $ref} and {@code allOf} too) as an empty object, every array as an empty array, every
 * constant filled in, and no value for anything a user types.
 */
class SkeletonTest {

    private static final String HEADER = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
            + " \"$id\": \"urn:ics:template:t:1.0.0\","
            + " \"x-ics-template\": {\"id\": \"t\", \"version\": \"1.0.0\", \"title\": {\"da\": \"T\"},"
            + " \"step\": \"SCREENING\"}, \"type\": \"object\", \"required\": [\"template\", \"status\"],";

    private static String template(String defs, String properties) {
        return HEADER + " \"$defs\": {" + defs + "}, \"properties\": {"
                + "\"template\": {\"$ref\": \"urn:ics:common:1.0.0#/$defs/templateRef\"},"
                + " \"status\": {\"$ref\": \"urn:ics:common:1.0.0#/$defs/status\"}, " + properties + "}}";
    }

    private static String skeleton(String template) {
        return JsonSupport.mapper().readTree(withBuiltIns("t.json", template).latest("t").skeleton().toJson())
                .toString();
    }

    @Test
    void objectsArraysAndConstantsAreFilledInAndTypedValuesLeftOut() {
        String t = template("\"D\": {\"type\": \"object\", \"properties\": {\"g\": {\"type\": \"array\"},"
                        + " \"h\": {\"type\": \"string\"}, \"k\": {\"$ref\": \"#/$defs/K\"}}},"
                        + " \"K\": {\"const\": \"KODE\"}",
                "\"a\": {\"type\": \"object\", \"properties\": {\"b\": {\"type\": \"string\"},"
                        + " \"c\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}, \"n\": {\"type\": \"integer\"},"
                        + " \"x\": {\"const\": 2}}},"
                        + " \"d\": {\"$ref\": \"#/$defs/D\"},"
                        + " \"e\": {\"type\": \"object\", \"allOf\": [{\"$ref\": \"#/$defs/D\"},"
                        + " {\"properties\": {\"f\": {\"type\": \"object\"}, \"g\": {\"type\": \"string\"}}}]},"
                        + " \"s\": {\"type\": \"string\"}");
        assertThat(skeleton(t)).isEqualTo("{\"template\":{\"id\":\"t\",\"version\":\"1.0.0\"},\"status\":\"DRAFT\","
                + "\"a\":{\"c\":[],\"x\":2},\"d\":{\"g\":[],\"k\":\"KODE\"},\"e\":{\"g\":[],\"k\":\"KODE\",\"f\":{}}}");
    }

    @Test
    void aTemplateWithOnlyTheEnvelopeGivesADraftEnvelope() {
        assertThat(skeleton(template("", "\"s\": {\"type\": \"string\"}")))
                .isEqualTo("{\"template\":{\"id\":\"t\",\"version\":\"1.0.0\"},\"status\":\"DRAFT\"}");
    }

    @Test
    void everyBuiltInSkeletonIsADraftOfItsOwnTemplateWithoutTypedValues() {
        for (Template t : TemplateRegistry.builtIn().list()) {
            CaseDocument s = t.skeleton();
            assertThat(s.templateRef()).isEqualTo(t.ref());
            assertThat(s.status()).isEqualTo(DocumentStatus.DRAFT);
            assertThat(TemplateRegistry.builtIn().templateOf(s)).isSameAs(t);
        }
    }

    @Test
    void aRecursiveTemplateGivesAFiniteSkeletonThirtyTwoObjectsDeep() {
        String t = template("\"R\": {\"type\": \"object\", \"properties\": {\"r\": {\"$ref\": \"#/$defs/R\"}}}",
                "\"r\": {\"$ref\": \"#/$defs/R\"}");
        var node = JsonSupport.mapper().readTree(skeleton(t));
        int depth = 0;
        while (node.has("r")) {
            node = node.get("r");
            depth++;
        }
        assertThat(depth).isEqualTo(32);
        assertThat(node.isObject()).isTrue();
    }
}
