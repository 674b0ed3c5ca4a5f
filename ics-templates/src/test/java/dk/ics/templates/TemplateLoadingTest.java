package dk.ics.templates;

import static dk.ics.templates.TestTemplates.bytes;
import static dk.ics.templates.TestTemplates.template;
import static dk.ics.templates.TestTemplates.withBuiltIns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.ReadLimits;
import dk.ics.model.triangle.Dimension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad template fails loading with file, JSON Pointer and reason; a good one loads silently. */
class TemplateLoadingTest {

    private static final String TEXT = "\"$ref\": \"urn:ics:common:1.0.0#/$defs/text\"";

    @Test
    void aSmallTemplateLoadsWithItsSemanticMap() {
        TemplateRegistry r = withBuiltIns("t.json", template("\"p\": {\"x-ics\": {\"role\": \"CHILD_PERSPECTIVE\"}, "
                + TEXT + "}"));
        Template t = r.get("t", "1.0.0");
        assertThat(t.semanticMap().entries(Role.CHILD_PERSPECTIVE)).singleElement()
                .extracting(SemanticEntry::pattern).isEqualTo("/p");
        assertThat(t.title().da()).isEqualTo("T");
        assertThat(r.list()).contains(t);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown role | \"p\": {\"x-ics\": {\"role\": \"CHILD_MOOD\"}, " + TEXT + "} | /properties/p/x-ics/role"
                + " | unknown code",
        "unknown dimension | \"p\": {\"x-ics\": {\"role\": \"DIMENSION_DESCRIPTION\", \"dimension\": \"HELBRED\"},"
                + " " + TEXT + "} | /properties/p/x-ics/dimension | unknown code",
        "unknown side | \"p\": {\"x-ics\": {\"role\": \"ANALYSIS_SIDE\", \"side\": \"VENSTRE\"}, " + TEXT + "}"
                + " | /properties/p/x-ics/side | unknown code",
        "side missing | \"p\": {\"x-ics\": {\"role\": \"ANALYSIS_SIDE\"}, " + TEXT + "} | /properties/p/x-ics"
                + " | side",
        "extra member | \"p\": {\"x-ics\": {\"role\": \"BACKGROUND\", \"weight\": 2}, " + TEXT + "}"
                + " | /properties/p/x-ics | weight",
        "dimension on a role without one | \"p\": {\"x-ics\": {\"role\": \"BACKGROUND\", \"dimension\":"
                + " \"SUNDHEDSFORHOLD\"}, " + TEXT + "} | /properties/p/x-ics | not allowed",
        "no dimension anywhere | \"p\": {\"x-ics\": {\"role\": \"DIMENSION_DESCRIPTION\"}, " + TEXT + "}"
                + " | /properties/p/x-ics | needs a dimension",
        "outside its container | \"p\": {\"x-ics\": {\"role\": \"GOAL_ID\"}, " + TEXT + "}"
                + " | /properties/p/x-ics | under a property with role GOALS",
        "wrong type for the kind | \"p\": {\"x-ics\": {\"role\": \"DOCUMENT_DATE\"}, " + TEXT + "}"
                + " | /properties/p/x-ics | string(date)",
        "header inside | \"p\": {\"x-ics-template\": {\"id\": \"q\"}, " + TEXT + "} | /properties/p"
                + " | not allowed"
    })
    void aBadAnnotationIsRejectedWithFilePointerAndReason(String what, String property, String pointer,
            String reason) {
        assertThatThrownBy(() -> withBuiltIns("kommune/t.json", template(property)))
                .isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("kommune/t.json")
                .hasMessageContaining("at " + pointer)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "version not semantic | \"title\": {\"da\": \"T\"}, \"step\": \"SCREENING\" | 1.0 | /x-ics-template/version",
        "unknown step | \"title\": {\"da\": \"T\"}, \"step\": \"MAGIC\" | 1.0.0 | /x-ics-template/step",
        "no Danish title | \"title\": {\"en\": \"T\"}, \"step\": \"SCREENING\" | 1.0.0 | /x-ics-template/title",
    })
    void aMalformedHeaderIsRejected(String what, String header, String version, String pointer) {
        String t = template("t", version, header, "");
        assertThatThrownBy(() -> withBuiltIns("t.json", t)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("t.json").hasMessageContaining(pointer);
    }

    @Test
    void anIdThatDoesNotMatchTheHeaderIsRejected() {
        String t = template("").replace("urn:ics:template:t:1.0.0", "urn:ics:template:u:1.0.0");
        assertThatThrownBy(() -> withBuiltIns("t.json", t)).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/$id").hasMessageContaining("urn:ics:template:t:1.0.0");
    }

    @Test
    void aSecondSchemaWithTheSameIdIsRejectedNamingTheFirst() {
        assertThatThrownBy(() -> TemplateRegistry.builder().addBuiltIns().add("a.json", bytes(template("")))
                .add("b.json", bytes(template(""))).build())
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("b.json")
                .hasMessageContaining("already defined in a.json");
    }

    @Test
    void dimensionIsInheritedFromTheContainerThroughALocalRef() {
        String t = template("\"helbred\": {\"x-ics\": {\"role\": \"DIMENSION\", \"dimension\": \"SUNDHEDSFORHOLD\"},"
                + " \"$ref\": \"#/$defs/omraade\"}").replace("\n }\n}", "\n },\n \"$defs\": {\"omraade\": {\"type\":"
                + " \"object\", \"properties\": {\"styrker\": {\"x-ics\": {\"role\": \"DIMENSION_RESOURCES\"},"
                + " \"$ref\": \"urn:ics:common:1.0.0#/$defs/textList\"}}}}\n}");
        Template tpl = withBuiltIns("t.json", t).get("t", "1.0.0");
        assertThat(tpl.semanticMap().entries(Role.DIMENSION_RESOURCES, Dimension.SUNDHEDSFORHOLD))
                .extracting(SemanticEntry::pattern).containsExactly("/helbred/styrker");
    }

    @Test
    void aYamlTemplateLoadsLikeItsJson() {
        String yaml = """
                $schema: https://json-schema.org/draft/2020-12/schema
                $id: urn:ics:template:y:1.0.0
                x-ics-template: {id: y, version: 1.0.0, title: {da: Y}, step: SCREENING}
                type: object
                required: [template, status]
                properties:
                  template: {$ref: "urn:ics:common:1.0.0#/$defs/templateRef"}
                  status: {$ref: "urn:ics:common:1.0.0#/$defs/status"}
                  barnetsStemme:
                    x-ics: {role: CHILD_PERSPECTIVE}
                    $ref: "urn:ics:common:1.0.0#/$defs/text"
                """;
        Template t = withBuiltIns("y.yaml", yaml).get("y", "1.0.0");
        assertThat(t.semanticMap().entries(Role.CHILD_PERSPECTIVE)).singleElement()
                .extracting(SemanticEntry::pattern).isEqualTo("/barnetsStemme");
    }

    @Test
    void yamlAnchorsAndAliasesAreRefusedWithTheirLine() {
        String yaml = "a: &x {b: 1}\nc: *x\n";
        assertThatThrownBy(() -> withBuiltIns("y.yaml", yaml)).isInstanceOf(IcsParseException.class)
                .hasMessageContaining("y.yaml:1").hasMessageContaining("anchors and aliases");
    }

    @Test
    void malformedYamlAndJsonGiveLineAndColumn() {
        assertThatThrownBy(() -> withBuiltIns("y.yaml", "a: [1, 2\nb: 3\n")).isInstanceOf(IcsParseException.class)
                .satisfies(e -> assertThat(((IcsParseException) e).location().line()).isPositive())
                .satisfies(e -> assertThat(((IcsParseException) e).location().column()).isPositive());
        assertThatThrownBy(() -> withBuiltIns("t.json", "{\n  \"a\": tru\n}")).isInstanceOf(IcsParseException.class)
                .hasMessageStartingWith("t.json:2:");
    }

    @Test
    void anOverLimitTemplateIsRejectedNamingTheLimit() {
        assertThatThrownBy(() -> TemplateRegistry.builder().limits(ReadLimits.DEFAULTS.withMaxBytes(100))
                .add("t.json", bytes(template(""))).build())
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxBytes"));
        String deep = "a:\n" + " b:\n".repeat(0) + "  - [[[[[[[[[[1]]]]]]]]]]\n";
        assertThatThrownBy(() -> TemplateRegistry.builder().limits(ReadLimits.DEFAULTS.withMaxDepth(5))
                .add("d.yaml", bytes(deep)).build())
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxDepth"));
    }

    @Test
    void theExampleTemplatesFolderLoadsBesideTheBuiltIns() {
        TemplateRegistry r = TemplateRegistry.builder().addBuiltIns()
                .addFolder(Path.of("..", "examples", "data", "templates")).build();
        assertThat(r.ids()).contains("bfu", "bfu-eksempelkommune", "bfu-uden-bolig", "bfu-uden-ressourcer-helbred");
    }
}
