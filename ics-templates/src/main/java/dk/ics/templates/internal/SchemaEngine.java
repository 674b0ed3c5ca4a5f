package dk.ics.templates.internal;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import dk.ics.model.IcsException;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsRefusedReferenceException;
import dk.ics.model.Location;
import dk.ics.model.internal.JsonSupport;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema engine (networknt) configured for ICS: draft 2020-12 with {@code x-ics} and {@code x-ics-template}
 * registered as annotation keywords (so templates load silently), format assertions on (so {@code format: date}
 * rejects {@code 2020-13-45}), and a schema loader that knows only the given {@code urn:ics:} schemas and refuses
 * every other IRI before anything is opened or fetched.
 *
 * <p>Immutable and thread-safe once built: compiled schemas are shared by every caller.
 */
public final class SchemaEngine {

    /** The id of the template meta-schema. */
    public static final String META_ID = "urn:ics:meta:template:1.0.0";

    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .keyword(new AnnotationKeyword("x-ics"))
            .keyword(new AnnotationKeyword("x-ics-template"))
            .build();

    private final Map<String, JsonNode> schemas;
    private final SchemaRegistry registry;

    private SchemaEngine(Map<String, JsonNode> schemas) {
        this.schemas = Map.copyOf(schemas);
        SchemaLoader loader = new SchemaLoader(List.of(), List.of(this::load), this::allow, null);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        this.registry = SchemaRegistry.withDialect(DIALECT,
                b -> b.schemaLoader(loader).schemaRegistryConfig(config));
    }

    /** An engine that knows exactly the given schemas, by {@code $id}. */
    public static SchemaEngine over(Map<String, JsonNode> schemasById) {
        return new SchemaEngine(schemasById);
    }

    /**
     * Compiles the schema with the given id, resolving every reference now.
     *
     * @throws IcsRefusedReferenceException when a reference leaves the known schemas
     * @throws IcsInvalidDataException      when the schema cannot be compiled
     */
    public Schema compile(String id, String source) {
        JsonNode tree = schemas.get(id);
        if (tree == null) {
            throw new IcsInvalidDataException(Location.of(source), "no schema with $id " + id);
        }
        try {
            Schema s = registry.getSchema(SchemaLocation.of(id), tree);
            s.initializeValidators();
            return s;
        } catch (RuntimeException e) {
            throw translate(e, source);
        }
    }

    /** Compiles a sub-schema of a known schema, e.g. {@code urn:ics:meta:template:1.0.0#/$defs/schema}. */
    public Schema compileFragment(String iriWithFragment, String source) {
        try {
            Schema s = registry.getSchema(SchemaLocation.of(iriWithFragment));
            s.initializeValidators();
            return s;
        } catch (RuntimeException e) {
            throw translate(e, source);
        }
    }

    /** Validates an instance; the errors carry keyword and location (their messages are never used). */
    public static List<Error> validate(Schema schema, JsonNode instance) {
        return schema.validate(instance);
    }

    private boolean allow(AbsoluteIri iri) {
        String s = iri.toString();
        if (schemas.containsKey(s)) {
            return true;
        }
        throw new IcsRefusedReferenceException(Location.UNKNOWN,
                "reference to a schema outside the registry refused: " + RefGuard.describe(s));
    }

    private InputStreamSource load(AbsoluteIri iri) {
        JsonNode n = schemas.get(iri.toString());
        if (n == null) {
            return null;
        }
        byte[] bytes = JsonSupport.mapper().writeValueAsBytes(n);
        return () -> new ByteArrayInputStream(bytes);
    }

    private static IcsException translate(RuntimeException e, String source) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IcsRefusedReferenceException r) {
                return new IcsRefusedReferenceException(Location.of(source), r.reason());
            }
            if (c instanceof IcsException ics) {
                return ics;
            }
        }
        // networknt's messages may quote schema content; name only the kind of failure.
        return new IcsInvalidDataException(Location.of(source),
                "the schema cannot be compiled (" + e.getClass().getSimpleName() + ")");
    }
}
