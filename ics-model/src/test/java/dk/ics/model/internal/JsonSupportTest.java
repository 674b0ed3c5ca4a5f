package dk.ics.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.ReadLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class JsonSupportTest {

    private static JsonNode read(String json, ReadLimits limits) {
        return JsonSupport.readTree(json.getBytes(StandardCharsets.UTF_8), "doc.json", limits);
    }

    @Test
    void readsAWellFormedDocument() {
        JsonNode n = read("{\"a\":[1,2.5,\"x\",true,null,{\"b\":9999999999}]}", ReadLimits.DEFAULTS);
        assertThat(n.at("/a/5/b").asLong()).isEqualTo(9_999_999_999L);
        assertThat(n.at("/a/1").decimalValue()).isEqualByComparingTo("2.5");
    }

    @Test
    void malformedJsonGivesLineAndColumnButNoContent() {
        assertThatThrownBy(() -> read("{\n  \"navn\": Jensen\n}", ReadLimits.DEFAULTS))
                .isInstanceOf(IcsParseException.class)
                .hasMessageStartingWith("doc.json:2:")
                .hasMessageNotContaining("Jensen");
    }

    @Test
    void eachLimitIsNamedWhenCrossed() {
        assertThatThrownBy(() -> read("[[[[1]]]]", ReadLimits.DEFAULTS.withMaxDepth(3)))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxDepth"));
        assertThatThrownBy(() -> read("[\"abcdefghijk\"]", ReadLimits.DEFAULTS.withMaxStringLength(10)))
                .isInstanceOfSatisfying(IcsLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo("maxStringLength"));
        assertThatThrownBy(() -> read("{\"a\":[1,2,3,4]}", ReadLimits.DEFAULTS.withMaxArrayLength(3)))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("maxArrayLength");
                    assertThat(e.location().pointer()).isEqualTo("/a");
                });
        assertThatThrownBy(() -> read("[1,2,3,4,5,6,7,8,9]", ReadLimits.DEFAULTS.withMaxBytes(8)))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxBytes"));
    }

    @Test
    void duplicatePropertiesAndTrailingContentAreRefused() {
        assertThatThrownBy(() -> read("{\"a\":1,\"a\":2}", ReadLimits.DEFAULTS))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> read("{} {}", ReadLimits.DEFAULTS)).isInstanceOf(IcsParseException.class);
        assertThatThrownBy(() -> read("", ReadLimits.DEFAULTS)).isInstanceOf(IcsParseException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> read("{\"a\":", ReadLimits.DEFAULTS)).isInstanceOf(IcsParseException.class)
                .hasMessageContaining("end of input");
    }

    /** A record with one field of each kind of type a model record has. */
    record Probe(java.time.LocalDate day, java.time.OffsetDateTime at, dk.ics.model.Severity level, int count,
            String text, Boolean flag, java.util.List<String> names) {
    }

    @ParameterizedTest(name = "{0} gives: expected {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"day\": \"5. maj Jensen\"}         | /day   | a date (YYYY-MM-DD)",
        "{\"at\": \"i gaar Jensen\"}          | /at    | a date-time (ISO 8601)",
        "{\"level\": \"Jensen\"}              | /level | one of ERROR, WARNING, INFO",
        "{\"count\": \"Jensen\"}              | /count | a number",
        "{\"text\": {\"Jensen\": 1}}          | /text  | a string",
        "{\"flag\": \"Jensen\"}               | /flag  | true or false",
        "{\"names\": {\"Jensen\": 1}}         | /names | an array"})
    void aValueOfTheWrongKindIsNamedByPointerAndWhatWasExpectedNeverByItself(String json, String pointer,
            String expected) {
        JsonNode tree = read(json, ReadLimits.DEFAULTS);
        assertThatThrownBy(() -> JsonSupport.bind(tree, Probe.class, "doc.json"))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo(pointer);
                    assertThat(e.reason()).isEqualTo("expected " + expected);
                    assertThat(e.getMessage()).doesNotContain("Jensen");
                });
    }
}
