package dk.ics.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsRefusedReferenceException;
import dk.ics.model.internal.JsonSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The reference guard on its own: where it looks for references, what it refuses, and how it names what it refused. */
class RefGuardTest {

    private static final JsonNode SHARED = tree("{\"$id\": \"urn:ics:shared:1.0.0\", \"$defs\": {\"s\": {}}}");

    private static JsonNode tree(String json) {
        return JsonSupport.mapper().readTree(json);
    }

    private static void check(String json) {
        JsonNode t = tree(json);
        RefGuard.check(t, "s.json", Map.of("urn:ics:shared:1.0.0", SHARED, "urn:ics:s:1.0.0", t));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "http://example.org/s.json | a http: URL",
        "HTTPS://Example.org/s.json | a https: URL",
        "jar:file:/x.jar!/s.json | a jar: URL",
        "git+ssh://host/s.json | a git+ssh: URL",
        "../s.json | a path outside the folder",
        "a/../../s.json | a path outside the folder",
        "/etc/s.json | a path outside the folder",
        "\\\\server\\s.json | a path outside the folder",
        "a\\..\\s.json | a path outside the folder",
        "s.json | a relative path",
        "sub/s.json | a relative path",
        "sub/x:y.json | a relative path",
        "1x:y.json | a relative path"})
    void aReferenceIsDescribedByItsKindNeverQuoted(String ref, String kind) {
        assertThat(RefGuard.describe(ref)).isEqualTo(kind);
    }

    @Test
    void referencesInsideArraysAreFoundAtTheirPointer() {
        assertThatThrownBy(() -> check("{\"allOf\": [{}, {\"anyOf\": [{}, {}, {\"$ref\": \"http://x/s\"}]}]}"))
                .isInstanceOfSatisfying(IcsRefusedReferenceException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/allOf/1/anyOf/2/$ref"));
    }

    @Test
    void theRootIdAndSchemaAreCheckedByTheGuardItself() {
        assertThatThrownBy(() -> check("{\"$id\": \"file:///s.json\"}"))
                .isInstanceOfSatisfying(IcsRefusedReferenceException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/$id"));
        assertThatThrownBy(() -> check("{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}"))
                .isInstanceOfSatisfying(IcsRefusedReferenceException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/$schema"));
        assertThatCode(() -> check("{\"$schema\": \"" + RefGuard.DRAFT_2020_12 + "\", \"$id\": \"urn:ics:s:1.0.0\"}"))
                .doesNotThrowAnyException();
    }

    @Test
    void referencesInsideTheSchemaOrToARegistrySchemaPass() {
        assertThatCode(() -> check("{\"$defs\": {\"a\": {}}, \"properties\": {\"x\": {\"$ref\": \"#/$defs/a\"},"
                + " \"y\": {\"$ref\": \"#\"}, \"z\": {\"$ref\": \"urn:ics:shared:1.0.0\"},"
                + " \"w\": {\"$ref\": \"urn:ics:shared:1.0.0#/$defs/s\"}, \"v\": {\"$dynamicRef\": \"#/$defs/a\"}}}"))
                .doesNotThrowAnyException();
    }

    @Test
    void aFragmentThatIsNotAPointerOrPointsNowhereIsInvalid() {
        assertThatThrownBy(() -> check("{\"properties\": {\"x\": {\"$ref\": \"#anchor\"}}}"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("JSON Pointer");
        assertThatThrownBy(() -> check("{\"properties\": {\"x\": {\"$ref\": \"#/$defs/nothing\"}}}"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("does not exist in this schema");
        assertThatThrownBy(() -> check("{\"properties\": {\"x\": {\"$ref\": \"urn:ics:shared:1.0.0#/$defs/t\"}}}"))
                .isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("does not exist in urn:ics:shared:1.0.0");
        assertThatThrownBy(() -> check("{\"properties\": {\"x\": {\"$ref\": 7}}}"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("expected a string reference");
    }
}
