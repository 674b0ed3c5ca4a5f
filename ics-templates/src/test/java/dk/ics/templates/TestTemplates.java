package dk.ics.templates;

import java.nio.charset.StandardCharsets;

/** Small templates built in code for loading tests. */
final class TestTemplates {

    private TestTemplates() {
    }

    /** A minimal template {@code t@1.0.0} with extra root properties (JSON members, comma-separated). */
    static String template(String extraProperties) {
        return template("t", "1.0.0", "\"title\": {\"da\": \"T\"}, \"step\": \"SCREENING\"", extraProperties);
    }

    /** A minimal template with the given id, version, header members and extra root properties. */
    static String template(String id, String version, String header, String extraProperties) {
        return "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                + " \"$id\": \"urn:ics:template:" + id + ":" + version + "\",\n"
                + " \"x-ics-template\": {\"id\": \"" + id + "\", \"version\": \"" + version + "\", " + header + "},\n"
                + " \"type\": \"object\", \"required\": [\"template\", \"status\"],\n"
                + " \"properties\": {\n"
                + "  \"template\": {\"$ref\": \"urn:ics:common:1.0.0#/$defs/templateRef\"},\n"
                + "  \"status\": {\"$ref\": \"urn:ics:common:1.0.0#/$defs/status\"}"
                + (extraProperties.isEmpty() ? "" : ",\n  " + extraProperties) + "\n }\n}\n";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A registry of the built-ins and one template from a string. */
    static TemplateRegistry withBuiltIns(String name, String content) {
        return TemplateRegistry.builder().addBuiltIns().add(name, bytes(content)).build();
    }
}
