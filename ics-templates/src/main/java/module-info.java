/**
 * ICS casework templates as annotated JSON Schema (draft 2020-12): the template registry, document checks against a
 * template, binding a document to typed values by ICS role, and conformance of a customised template to its base.
 */
module dk.ics.templates {
    requires transitive dk.ics.model;
    requires com.networknt.schema;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires org.slf4j;

    exports dk.ics.templates;
}
