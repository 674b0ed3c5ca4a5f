package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the built-in templates against the JSON Schema 2020-12 meta-schema and the annotation vocabulary, and
 * checks the example documents and the broken variants against the templates.
 */
class BuiltInTemplatesTest {

    private static final String BUILTIN = "/dk/ics/templates/builtin/";
    private static final Path EXAMPLES = Path.of("..", "examples", "data", "documents");
    private static final Path BROKEN = Path.of("src", "test", "resources", "documents", "broken");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> TEMPLATE_IDS = List.of("underretning", "afdaekning", "bfu", "barnets-plan",
            "ungeplan", "opfoelgning", "partner-skole", "partner-dagtilbud", "partner-sundhedspleje");

    private static final String META_ID = "urn:ics:meta:template:1.0.0";
    private static final Map<String, String> SOURCES = loadBuiltIns();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(SOURCES).schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build()));

    @Test
    void indexListsCommonAndEveryTemplate() {
        List<String> listed = new ArrayList<>();
        readResource("index.json").get("schemas").forEach(n -> listed.add(n.asString()));
        List<String> expected = new ArrayList<>(List.of("common.schema.json"));
        TEMPLATE_IDS.forEach(id -> expected.add(id + ".json"));
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void everyBuiltInIsAValid2020_12Schema(String file) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(messages(meta.validate(readResource(file)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void everyBuiltInPassesTheTemplateMetaSchema(String file) {
        JsonNode schema = readResource(file);
        String meta = schema.has("x-ics-template") ? META_ID : META_ID + "#/$defs/schema";
        assertThat(messages(REGISTRY.getSchema(SchemaLocation.of(meta)).validate(schema))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void headerNamesTheTemplateByItsFileAndVersion(String id) {
        JsonNode schema = readResource(id + ".json");
        JsonNode header = schema.get("x-ics-template");
        assertThat(schema.get("$id").asString()).isEqualTo("urn:ics:template:" + id + ":1.0.0");
        assertThat(header.get("id").asString()).isEqualTo(id);
        assertThat(header.get("version").asString()).isEqualTo("1.0.0");
        assertThat(header.get("title").get("da").asString()).isNotBlank();
        assertThat(header.get("title").get("en").asString()).isNotBlank();
        assertThat(CaseStep.valueOf(header.get("step").asString())).isNotNull();
        assertThat(schema.get("required").toString()).startsWith("[\"template\",\"status\"");
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void everyAnnotationUsesTheVocabulary(String id) {
        List<String> problems = new ArrayList<>();
        collectAnnotationProblems(readResource(id + ".json"), "", problems);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void everyObjectRefusesUnknownProperties(String id) {
        List<String> open = new ArrayList<>();
        collectOpenObjects(readResource(id + ".json"), "", open);
        assertThat(open).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void theExampleDocumentIsFinalAndValid(String id) {
        JsonNode doc = readFile(EXAMPLES.resolve(id + ".json"));
        assertThat(doc.get("template").get("id").asString()).isEqualTo(id);
        assertThat(doc.get("status").asString()).isEqualTo("FINAL");
        assertThat(messages(template(id).validate(doc))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("brokenVariants")
    void eachBrokenVariantBreaksExactlyTheListedConstraint(String file, String keyword, String pointer) {
        JsonNode doc = readFile(BROKEN.resolve(file));
        List<Error> errors = template(doc.get("template").get("id").asString()).validate(doc);
        if (keyword.startsWith("x-ics:")) {
            // Switched-off content is reported by the engine from the annotations, not by a schema keyword.
            assertThat(messages(errors)).isEmpty();
            assertThat(doc.at(pointer).isMissingNode()).isFalse();
        } else {
            assertThat(errors).hasSize(1);
            Error error = errors.get(0);
            assertThat(error.getKeyword()).isEqualTo(keyword);
            assertThat(pointerOf(error)).isEqualTo(pointer);
        }
    }

    static Stream<String> templateIds() {
        return TEMPLATE_IDS.stream();
    }

    static Stream<String> schemaFiles() {
        return Stream.concat(Stream.of("common.schema.json"), TEMPLATE_IDS.stream().map(id -> id + ".json"));
    }

    /** Rows of the table in the broken variants' README: file, status, keyword, pointer. */
    static Stream<Arguments> brokenVariants() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(BROKEN.resolve("README.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length >= 5 && cells[1].strip().endsWith(".json`")) {
                rows.add(Arguments.of(unquote(cells[1]), unquote(cells[3]), unquote(cells[4])));
            }
        }
        assertThat(rows).isNotEmpty();
        return rows.stream();
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        return s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
    }

    /** The JSON Pointer a finding names: the object for required and additionalProperties, with the property. */
    private static String pointerOf(Error error) {
        String at = error.getInstanceLocation().toString();
        if (error.getProperty() != null) {
            return at + "/" + error.getProperty();
        }
        return at;
    }

    private static Schema template(String id) {
        return REGISTRY.getSchema(SchemaLocation.of("urn:ics:template:" + id + ":1.0.0"));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getKeyword() + " at " + pointerOf(e)).toList();
    }

    private static void collectAnnotationProblems(JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            JsonNode x = node.get("x-ics");
            if (x != null) {
                checkAnnotation(x, at + "/x-ics", problems);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collectAnnotationProblems(e.getValue(), at + "/" + e.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectAnnotationProblems(node.get(i), at + "/" + i, problems);
            }
        }
    }

    private static void checkAnnotation(JsonNode x, String at, List<String> problems) {
        for (Map.Entry<String, JsonNode> e : x.properties()) {
            String value = e.getValue().asString();
            boolean ok = switch (e.getKey()) {
                case "role" -> Stream.of(Role.values()).anyMatch(r -> r.code().equals(value));
                case "dimension" -> Stream.of(Dimension.values()).anyMatch(d -> d.code().equals(value));
                case "side" -> Stream.of(Side.values()).anyMatch(s -> s.code().equals(value));
                default -> false;
            };
            if (!ok) {
                problems.add(at + "/" + e.getKey());
            }
        }
        if (!x.has("role")) {
            problems.add(at + " (no role)");
        }
        if ("ANALYSIS_SIDE".equals(x.path("role").asString()) && !x.has("side")) {
            problems.add(at + " (no side)");
        }
    }

    private static void collectOpenObjects(JsonNode node, String at, List<String> open) {
        if (node.isObject()) {
            if (node.has("properties") && !node.has("additionalProperties") && !isConditional(at)) {
                open.add(at);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collectOpenObjects(e.getValue(), at + "/" + e.getKey(), open);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOpenObjects(node.get(i), at + "/" + i, open);
            }
        }
    }

    /** Subschemas under if/then/else only test or add to the object they sit in; they need not close it. */
    private static boolean isConditional(String at) {
        return at.matches(".*/(if|then|else)(/.*)?");
    }

    private static Map<String, String> loadBuiltIns() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (JsonNode file : readResource("index.json").get("schemas")) {
            String text = resourceText(file.asString());
            sources.put(JSON.readTree(text).get("$id").asString(), text);
        }
        sources.put(META_ID, resourceText("../internal/template.schema.json"));
        return sources;
    }

    private static JsonNode readResource(String name) {
        return JSON.readTree(resourceText(name));
    }

    private static String resourceText(String name) {
        try (InputStream in = BuiltInTemplatesTest.class.getResourceAsStream(BUILTIN + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readFile(Path file) {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
