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
    void everySetOfLimitsIsEnforcedAlsoBeyondTheCachedFactories() {
        for (int depth = 2; depth < 150; depth++) {
            ReadLimits limits = ReadLimits.DEFAULTS.withMaxDepth(depth);
            String within = "[".repeat(depth) + "]".repeat(depth);
            String beyond = "[".repeat(depth + 1) + "]".repeat(depth + 1);
            assertThat(read(within, limits).isArray()).isTrue();
            assertThatThrownBy(() -> read(beyond, limits))
                    .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxDepth"));
        }
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

    @ParameterizedTest(name = "a property named {0} is never part of a pointer or message")
    @CsvSource({"Mor fortalte at drengen slog hende", "1207094321", "120709-4321"})
    void aPropertyNameThatIsNotACodeIsNotShownInAReadError(String name) {
        String json = "{\"a\": {\"" + name + "\": {\"b\": [[[[1]]]]}}}";
        assertThatThrownBy(() -> read(json, ReadLimits.DEFAULTS.withMaxDepth(4)))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> {
                    assertThat(e.location().pointer()).isEqualTo("/a");
                    assertThat(e.getMessage()).doesNotContain(name).doesNotContain("1207");
                });
        String duplicate = "{\"a\": {\"" + name + "\": 1, \"" + name + "\": 2}}";
        assertThatThrownBy(() -> read(duplicate, ReadLimits.DEFAULTS))
                .isInstanceOf(IcsParseException.class)
                .hasMessageNotContaining(name).hasMessageNotContaining("1207");
    }

    @Test
    void aCodeShapedPropertyNameIsPartOfThePointer() {
        assertThatThrownBy(() -> read("{\"a\": {\"barnetsPerspektiv\": [[[1]]]}}",
                ReadLimits.DEFAULTS.withMaxDepth(3)))
                .isInstanceOfSatisfying(IcsLimitException.class,
                        e -> assertThat(e.location().pointer()).startsWith("/a/barnetsPerspektiv"));
        assertThat(JsonSupport.member("/x", "S1.2")).isEqualTo("/x/S1.2");
        assertThat(JsonSupport.member("/x", "a/b")).isEqualTo("/x");
        assertThat(JsonSupport.member("/x", "Jensen mener noget")).isEqualTo("/x");
        assertThat(JsonSupport.member("/x", "0101014999")).isEqualTo("/x");
    }

    /** A record with one field, for unknown-property errors. */
    record Day(java.time.LocalDate day) {
    }

    @Test
    void anUnknownPropertyWhoseNameIsNotACodeIsReportedAtItsObject() {
        assertThatThrownBy(() -> JsonSupport.bind(read("{\"day\": \"2025-01-01\", \"Jensen slog 1207094321\": 1}",
                ReadLimits.DEFAULTS), Day.class, "doc.json"))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().pointer()).isEmpty();
                    assertThat(e.getMessage()).doesNotContain("Jensen").doesNotContain("1207094321")
                            .contains("unknown property");
                });
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
