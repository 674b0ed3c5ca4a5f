package dk.ics.benchmarks;

import com.networknt.schema.Schema;
import dk.ics.model.triangle.Dimension;
import dk.ics.templates.Bound;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.Role;
import dk.ics.templates.Template;
import dk.ics.templates.internal.CompiledTemplate;
import dk.ics.test.DocumentFixture;
import dk.ics.test.IcsGenerator;
import dk.ics.validation.CaseContext;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The benchmarks' fixtures, all from the seeded ics-test generator (seed {@value #SEED}): a BFU grown to
 * investigation size (30-60 KB, all ten dimensions described and in focus: checked), a plan, a follow-up and a
 * partner's statement, each with its case context, and the compiled schema the library checks documents with.
 */
final class Fixtures {

    /** The seed of every fixture. */
    static final long SEED = 8L;

    /** The smallest BFU the benchmarks accept, in bytes (the issue asks for 30–60 KB). */
    static final int MIN_BFU_BYTES = 30 * 1024;

    /** The largest BFU the benchmarks accept, in bytes. */
    static final int MAX_BFU_BYTES = 60 * 1024;

    private Fixtures() {
    }

    /**
     * A generated BFU whose generated texts are repeated until the document is at least {@link #MIN_BFU_BYTES}: the
     * generator writes a few sentences per field, a real investigation a page per dimension. Structure, codes, dates
     * and ids stay as generated, so the document stays valid in its case.
     */
    static DocumentFixture bfu() {
        DocumentFixture f = grownBfu();
        int size = f.toBytes().length;
        if (size < MIN_BFU_BYTES || size > MAX_BFU_BYTES) {
            throw new IllegalStateException("the BFU fixture has " + size + " bytes; expected 30-60 KB");
        }
        BoundDocument bound = f.bound();
        for (Dimension d : Dimension.values()) {
            if (bound.description(d).isEmpty() || bound.inFocus(d).map(b -> !b.value()).orElse(false)) {
                throw new IllegalStateException("the BFU fixture does not fill dimension " + d.code());
            }
        }
        return f;
    }

    /**
     * Another document of the benchmarks' case, generated on a built-in template (the plan {@code barnets-plan},
     * the follow-up {@code opfoelgning}, the partner's statement {@code partner-skole}), judged in its case context.
     */
    static DocumentFixture document(String templateId) {
        return IcsGenerator.seeded(SEED).documentAt(0, templateId);
    }

    private static DocumentFixture grownBfu() {
        DocumentFixture f = allDimensionsInFocus(IcsGenerator.seeded(SEED).documentAt(0, "bfu"));
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode tree = (ObjectNode) mapper.readTree(f.toBytes());
        for (int times = 2; f.toBytes().length < MIN_BFU_BYTES && times < 64; times++) {
            ObjectNode grown = tree.deepCopy();
            grow(grown, times, "");
            DocumentFixture g = f.copy();
            replaceTexts(g, grown, "");
            if (g.toBytes().length >= MIN_BFU_BYTES) {
                return g;
            }
        }
        return f;
    }

    /**
     * Brings every dimension the generator left out of focus into focus and into the funnel, described with the
     * generated texts of another dimension: the issue asks for a BFU with all ten dimensions filled.
     */
    private static DocumentFixture allDimensionsInFocus(DocumentFixture f) {
        BoundDocument bound = f.bound();
        Dimension donor = null;
        for (Dimension d : Dimension.values()) {
            if (bound.description(d).isPresent() && !bound.resources(d).isEmpty() && !bound.challenges(d).isEmpty()) {
                donor = d;
                break;
            }
        }
        if (donor == null) {
            throw new IllegalStateException("the generated BFU describes no dimension fully");
        }
        String description = bound.description(donor).orElseThrow().value();
        List<String> resources = bound.resources(donor).stream().map(Bound::value).toList();
        List<String> challenges = bound.challenges(donor).stream().map(Bound::value).toList();
        for (Dimension d : Dimension.values()) {
            if (bound.inFocus(d).map(Bound::value).orElse(true) && bound.description(d).isPresent()) {
                continue;
            }
            f.with(Role.DIMENSION_IN_FOCUS, d, true);
            if (bound.notInFocusReason(d).isPresent()) {
                f.without(Role.DIMENSION_NOT_IN_FOCUS_REASON, d);
            }
            f.with(Role.DIMENSION_DESCRIPTION, d, description)
                    .with(Role.DIMENSION_RESOURCES, d, resources)
                    .with(Role.DIMENSION_CHALLENGES, d, challenges);
        }
        return f.with(Role.FUNNEL_DIMENSIONS, Arrays.stream(Dimension.values()).map(Dimension::code).toList());
    }

    /** Repeats every long free text ({@literal >} 40 characters) {@code times} times. */
    private static void grow(JsonNode node, int times, String at) {
        if (node instanceof ObjectNode o) {
            for (String name : o.propertyNames()) {
                JsonNode child = o.get(name);
                if (child.isString() && isProse(child.asString())) {
                    o.set(name, StringNode.valueOf(repeat(child.asString(), times)));
                } else {
                    grow(child, times, at + "/" + name);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = node.get(i);
                if (child.isString() && isProse(child.asString())) {
                    ((tools.jackson.databind.node.ArrayNode) node).set(i, StringNode.valueOf(repeat(child.asString(), times)));
                } else {
                    grow(child, times, at + "/" + i);
                }
            }
        }
    }

    /** Copies the grown texts into the fixture by pointer. */
    private static void replaceTexts(DocumentFixture f, JsonNode grown, String at) {
        if (grown.isObject()) {
            for (String name : grown.propertyNames()) {
                JsonNode child = grown.get(name);
                String p = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (child.isString() && isProse(child.asString())) {
                    f.withAt(p, child.asString());
                } else {
                    replaceTexts(f, child, p);
                }
            }
        } else if (grown.isArray()) {
            for (int i = 0; i < grown.size(); i++) {
                JsonNode child = grown.get(i);
                String p = at + "/" + i;
                if (child.isString() && isProse(child.asString())) {
                    f.withAt(p, child.asString());
                } else {
                    replaceTexts(f, child, p);
                }
            }
        }
    }

    private static boolean isProse(String s) {
        return s.length() > 40 && s.indexOf(' ') > 0;
    }

    private static String repeat(String s, int times) {
        StringBuilder sb = new StringBuilder(s.length() * times + times);
        for (int i = 0; i < times; i++) {
            sb.append(i > 0 ? " " : "").append(s);
        }
        return sb.toString();
    }

    /** The case context a fixture is judged in. */
    static CaseContext context(DocumentFixture f) {
        return f.context();
    }

    /**
     * The very compiled schema the library checks documents on this template with (read from the template on the
     * class path: benchmarks are not a module, so the templates' internal package is reachable).
     */
    static Schema compiledSchema(Template template) {
        try {
            Field field = Template.class.getDeclaredField("compiled");
            field.setAccessible(true);
            return ((CompiledTemplate) field.get(template)).schema();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the compiled schema of " + template, e);
        }
    }

    /** A short description of a document's size for the logs. */
    static String describe(byte[] bytes) {
        return bytes.length + " bytes, " + new String(bytes, StandardCharsets.UTF_8).lines().count() + " lines";
    }
}
