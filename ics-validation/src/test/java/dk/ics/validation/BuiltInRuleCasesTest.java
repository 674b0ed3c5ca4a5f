package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every built-in rule on a document that passes and on one that fails it, and on both sides of every date boundary:
 * the cases are in {@code rules/cases.json}, each an example document with one thing changed, judged in a case
 * context, with the exact rule codes it must yield.
 */
class BuiltInRuleCasesTest {

    static Stream<Arguments> cases() {
        JsonNode all = Cases.resource("/rules/cases.json");
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : all.get("cases")) {
            out.add(Arguments.of(c.get("name").asString(), c, all.get("contexts")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void yieldsExactlyTheExpectedRuleCodes(String name, JsonNode c, JsonNode contexts) {
        String base = c.get("base").asString();
        var doc = Cases.edited(base, c.get("set"), c.get("remove"),
                c.has("status") ? c.get("status").asString() : null);
        CaseContext context = Cases.context(contexts.get(base), c.get("context"));

        ValidationReport report = Cases.VALIDATOR.validate(Cases.document(doc, base), context);

        List<String> expected = new ArrayList<>();
        c.get("expect").forEach(e -> expected.add(e.asString()));
        expected.sort(null);
        assertThat(Cases.ruleCodes(report)).as(report.render()).isEqualTo(expected);
    }
}
