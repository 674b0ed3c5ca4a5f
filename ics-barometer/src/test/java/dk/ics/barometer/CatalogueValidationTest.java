package dk.ics.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.JsonSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A catalogue loaded from JSON is checked field by field: each required part missing or blank, and each number
 * just outside its range, is refused at its JSON Pointer; each number at the edge of its range is accepted. The
 * documents are the built-in catalogue with one change.
 */
class CatalogueValidationTest {

    private static Catalogue load(Consumer<ObjectNode> change) {
        ObjectNode tree = (ObjectNode) JsonSupport.mapper().readTree(Catalogue.standard().toJson());
        change.accept(tree);
        byte[] json = JsonSupport.write(tree).getBytes(StandardCharsets.UTF_8);
        return Catalogue.read(new ByteArrayInputStream(json), "catalogue.json", ReadLimits.DEFAULTS);
    }

    private static ObjectNode object(JsonNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    private static void assertRefusedAt(Consumer<ObjectNode> change, String pointer) {
        assertThatThrownBy(() -> load(change)).isInstanceOfSatisfying(IcsInvalidDataException.class,
                e -> assertThat(e.location().pointer()).isEqualTo(pointer));
    }

    @ParameterizedTest(name = "{0}/{1} blank")
    @CsvSource({"'', id", "'', version", "/aimPoints/0, id", "/aimPoints/0/statements/0, id",
            "/scale/options/0, code"})
    void aBlankCodeIsRefusedAtItsPointer(String parent, String field) {
        assertRefusedAt(t -> object(t, parent).put(field, " "), parent + "/" + field);
    }

    @ParameterizedTest(name = "{0}/{1} missing")
    @CsvSource({"'', title", "'', source", "'', scale", "'', thresholds", "/aimPoints/0, title",
            "/aimPoints/0/statements/0, text", "/aimPoints/0/statements/0, source", "/scale/options/0, label"})
    void aMissingRequiredPartIsRefusedAtItsPointer(String parent, String field) {
        assertRefusedAt(t -> object(t, parent).remove(field), parent + "/" + field);
    }

    @ParameterizedTest(name = "yellow {0}, green {1} accepted: {2}")
    @CsvSource({"1, 2, true", "0, 67, false", "34, 100, true", "34, 101, false", "50, 50, false", "51, 50, false"})
    void thresholdsMustRiseStrictlyFromAboveZeroToAtMostOneHundred(int yellow, int green, boolean accepted) {
        Consumer<ObjectNode> change = t -> object(t, "/thresholds").put("yellow", yellow).put("green", green);
        if (accepted) {
            assertThat(load(change).thresholds().green()).isEqualTo(green);
        } else {
            assertRefusedAt(change, "/thresholds");
        }
    }

    @ParameterizedTest(name = "share {0} accepted: {1}")
    @CsvSource({"0.0, false", "0.01, true", "1.0, true", "1.01, false"})
    void theMinimumAnsweredShareIsAboveZeroAndAtMostOne(double share, boolean accepted) {
        Consumer<ObjectNode> change = t -> t.put("minimumAnsweredShare", share);
        if (accepted) {
            assertThat(load(change).minimumAnsweredShare()).isEqualTo(share);
        } else {
            assertRefusedAt(change, "/minimumAnsweredShare");
        }
    }

    @ParameterizedTest(name = "role gap {0} accepted: {1}")
    @CsvSource({"0, false", "1, true", "100, true", "101, false"})
    void theRoleGapThresholdIsOneToOneHundredPoints(int points, boolean accepted) {
        Consumer<ObjectNode> change = t -> t.put("roleGapThreshold", points);
        if (accepted) {
            assertThat(load(change).roleGapThreshold()).isEqualTo(points);
        } else {
            assertRefusedAt(change, "/roleGapThreshold");
        }
    }

    @ParameterizedTest(name = "option 1 value {0} accepted: {1}")
    @CsvSource({"-1, false", "3, false", "7, true"})
    void anOptionValueIsZeroOrMoreAndUnique(int value, boolean accepted) {
        Consumer<ObjectNode> change = t -> object(t, "/scale/options/1").put("value", value);
        if (accepted) {
            assertThat(load(change).scale().maxValue()).isEqualTo(value);
        } else {
            assertRefusedAt(change, "/scale/options/1/value");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"an alias, /aliases", "the English label, /label/en"})
    void anOptionsWordsMayNotRepeatAnotherOptionsWords(String what, String where) {
        Consumer<ObjectNode> change = where.equals("/aliases")
                ? t -> ((ArrayNode) t.at("/scale/options/2/aliases")).add("i NOGEN grad ")
                : t -> object(t, "/scale/options/2/label").put("en", "I nogen grad");
        assertRefusedAt(change, "/scale/options/2");
    }

    @ParameterizedTest(name = "values on the scale: {0}")
    @CsvSource({"1, false", "2, true"})
    void theScaleNeedsAtLeastTwoValuedOptions(int valued, boolean accepted) {
        Consumer<ObjectNode> change = t -> {
            ArrayNode options = (ArrayNode) t.at("/scale/options");
            while (options.size() > valued + 1) {
                options.remove(valued);
            }
        };
        if (accepted) {
            assertThat(load(change).scale().minValue()).isEqualTo(2);
        } else {
            assertRefusedAt(change, "/scale/options");
        }
    }

    @Test
    void theScaleHasAtMostOneOptionWithoutAValue() {
        assertRefusedAt(t -> object(t, "/scale/options/3").putNull("value"), "/scale/options");
    }
}
