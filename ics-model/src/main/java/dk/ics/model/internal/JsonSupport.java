package dk.ics.model.internal;

import dk.ics.model.IcsException;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading JSON (and, through a caller's factory, YAML) into trees with {@link ReadLimits} checked while reading, and
 * binding trees to the model's records. Every failure becomes one of the library's exceptions with a location and no
 * value from the input: Jackson's own messages are never passed on, since they quote the input.
 */
public final class JsonSupport {

    private static final JsonMapper MAPPER = JsonMapper.builder(factoryBuilder(ReadLimits.DEFAULTS).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    /**
     * Parser factories by limits: a host uses a few sets of limits, each reused for every read. Bounded, so a host
     * that makes new limits per call costs a factory per call instead of a growing map.
     */
    private static final Map<ReadLimits, JsonFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_FACTORIES = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSupport() {
    }

    /** The library's shared mapper: strict on unknown properties, ISO dates, indented output. Immutable. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Jackson's stream constraints for the given limits (size, depth, string and name length). */
    public static StreamReadConstraints constraints(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxBytes())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
                .maxNumberLength(1000)
                .build();
    }

    private static tools.jackson.core.json.JsonFactoryBuilder factoryBuilder(ReadLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /** Reads JSON bytes into a tree. */
    public static JsonNode readTree(byte[] bytes, String source, ReadLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new IcsLimitException(loc(source), "maxBytes", limits.maxBytes());
        }
        return readTree(new ByteArrayInputStream(bytes), source, limits);
    }

    /** Reads JSON from a stream into a tree, failing as soon as a limit is crossed. The stream is not closed. */
    public static JsonNode readTree(InputStream in, String source, ReadLimits limits) {
        JsonFactory f = FACTORIES.get(limits);
        if (f == null) {
            f = factoryBuilder(limits).build();
            if (FACTORIES.size() < MAX_CACHED_FACTORIES) {
                FACTORIES.putIfAbsent(limits, f);
            }
        }
        return readTree(f, in, source, limits, "JSON");
    }

    /**
     * Reads from a stream into a tree with the given factory (JSON or YAML, configured by the caller with
     * {@link #constraints(ReadLimits)}), counting bytes and array elements as it goes.
     */
    public static JsonNode readTree(TokenStreamFactory factory, InputStream in, String source, ReadLimits limits,
            String format) {
        // Property names and array indexes as read; escaped into a pointer only for an error.
        Deque<Object> path = new ArrayDeque<>();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(),
                new BoundedInputStream(in, limits.maxBytes(), source))) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IcsParseException(loc(source), "empty input: expected a " + format + " document", null);
            }
            JsonNode root = readValue(p, first, path, source, limits, 1);
            if (p.nextToken() != null) {
                throw new IcsParseException(where(source, p.currentLocation(), ""),
                        "unexpected content after the end of the " + format + " document", null);
            }
            return root;
        } catch (IcsException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw limitError(e, source, pointer(path), limits);
        } catch (UnexpectedEndOfInputException e) {
            throw new IcsParseException(where(source, e.getLocation(), pointer(path)),
                    "unexpected end of input: the " + format + " document is incomplete", null);
        } catch (StreamReadException e) {
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate")
                    ? "duplicate property name" : "not well-formed " + format;
            throw new IcsParseException(where(source, e.getLocation(), pointer(path)), what, null);
        } catch (JacksonException e) {
            throw new IcsParseException(where(source, e.getLocation(), pointer(path)),
                    "could not read the " + format + " input", null);
        } catch (NumberFormatException e) {
            // Jackson's message quotes the number; an exponent like 9E999999999 is beyond BigDecimal.
            throw new IcsParseException(loc(source).withPointer(pointer(path)),
                    "a number out of range: expected a number with an exponent BigDecimal can hold", null);
        }
    }

    private static JsonNode readValue(JsonParser p, JsonToken t, Deque<Object> path, String source,
            ReadLimits limits, int depth) {
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                JsonToken n;
                while ((n = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                    if (o.size() >= limits.maxArrayLength()) {
                        // An object of a million distinct properties costs as much memory as an array of a million.
                        throw new IcsLimitException(loc(source).withPointer(pointer(path)), "maxArrayLength",
                                limits.maxArrayLength());
                    }
                    String name = p.currentName();
                    path.addLast(name);
                    o.set(name, readValue(p, p.nextToken(), path, source, limits, depth + 1));
                    path.removeLast();
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                JsonToken n;
                while ((n = p.nextToken()) != JsonToken.END_ARRAY && n != null) {
                    if (i >= limits.maxArrayLength()) {
                        throw new IcsLimitException(loc(source).withPointer(pointer(path)), "maxArrayLength",
                                limits.maxArrayLength());
                    }
                    path.addLast(i);
                    a.add(readValue(p, n, path, source, limits, depth + 1));
                    path.removeLast();
                    i++;
                }
                return a;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getString());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IcsParseException(where(source, p.currentLocation(), pointer(path)),
                    "unsupported content (" + t + ")", null);
        }
    }

    /**
     * Binds a tree to a type. A field of the wrong type, a missing or unknown field, or a value the type's
     * constructor refuses becomes an {@link IcsInvalidDataException} (or the constructor's own {@link IcsException})
     * at the JSON Pointer of the field.
     */
    public static <T> T bind(JsonNode tree, Class<T> type, String source) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (DatabindException e) {
            throw bindError(e, type, source);
        } catch (tools.jackson.core.exc.InputCoercionException e) {
            // A number too large for its field (e.g. 99999999999 for an int); Jackson's message quotes it.
            throw new IcsInvalidDataException(loc(source).withPointer(pointerOf(e)),
                    "a number out of range for " + (e.getTargetType() == null ? "its field"
                            : describe(e.getTargetType())));
        } catch (IcsException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new IcsInvalidDataException(loc(source), "cannot read " + type.getSimpleName());
        }
    }

    /** Writes a value as indented JSON. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Converts a value to a tree. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static IcsException bindError(DatabindException e, Class<?> type, String source) {
        String ptr = pointerOf(e);
        Location at = loc(source).withPointer(ptr);
        Throwable c = e.getCause();
        while (c != null) {
            if (c instanceof IcsException ics) {
                // The model's own check: keep its reason, add where it happened.
                Location inner = ics.location();
                Location merged = at.withPointer(inner.pointer() != null ? ptr + inner.pointer() : ptr);
                return new IcsInvalidDataException(merged, ics.reason(), ics);
            }
            c = c.getCause();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new IcsInvalidDataException(at, "unknown property; expected one of " + u.getKnownPropertyIds());
        }
        if (e instanceof ValueInstantiationException) {
            return new IcsInvalidDataException(at, "invalid value for " + type.getSimpleName());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new IcsInvalidDataException(at, "expected " + describe(m.getTargetType()));
        }
        return new IcsInvalidDataException(at, "cannot read the value as expected for " + type.getSimpleName());
    }

    private static String describe(Class<?> t) {
        if (t == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (t == java.time.LocalDateTime.class || t == java.time.OffsetDateTime.class
                || t == java.time.Instant.class || t == java.time.ZonedDateTime.class) {
            return "a date-time (ISO 8601)";
        }
        if (t.isEnum()) {
            StringBuilder sb = new StringBuilder("one of ");
            Object[] cs = t.getEnumConstants();
            for (int i = 0; i < cs.length; i++) {
                sb.append(i > 0 ? ", " : "").append(((Enum<?>) cs[i]).name());
            }
            return sb.toString();
        }
        if (Number.class.isAssignableFrom(t) || t == int.class || t == long.class || t == double.class) {
            return "a number";
        }
        if (t == String.class) {
            return "a string";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(t)) {
            return "an array";
        }
        return "a value of type " + t.getSimpleName();
    }

    /** The JSON Pointer of a databind failure, from its reference path. */
    public static String pointerOf(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!SafeText.isCode(r.getPropertyName())) {
                    break; // a name that is not code-shaped may be personal data: point at its object instead
                }
                sb.append('/').append(escape(r.getPropertyName()));
            } else if (r.getIndex() >= 0) {
                sb.append('/').append(r.getIndex());
            } else {
                sb.append('/');
            }
        }
        return sb.toString();
    }

    /**
     * The pointer of a member of an object: the member's own when its name is code-shaped ({@link SafeText#isCode}),
     * else the object's, because a name that is not a code may be anything a person typed and is never shown.
     */
    public static String member(String parent, String name) {
        return SafeText.isCode(name) ? parent + "/" + escape(name) : parent;
    }

    private static IcsLimitException limitError(StreamConstraintsException e, String source, String ptr,
            ReadLimits limits) {
        String m = String.valueOf(e.getOriginalMessage());
        Location at = where(source, e.getLocation(), ptr);
        if (m.contains("NestingDepth")) {
            return new IcsLimitException(at, "maxDepth", limits.maxDepth());
        }
        if (m.contains("DocumentLength")) {
            return new IcsLimitException(at, "maxBytes", limits.maxBytes());
        }
        if (m.contains("NumberLength")) {
            return new IcsLimitException(at, "maxNumberLength", 1000);
        }
        return new IcsLimitException(at, "maxStringLength", limits.maxStringLength());
    }

    /** Escapes a property name as a JSON Pointer segment. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The JSON Pointer of a path of property names (escaped here) and array indexes. */
    private static String pointer(Deque<Object> path) {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Object s : path) {
            if (s instanceof String name && !SafeText.isCode(name)) {
                break; // a name that is not code-shaped may be personal data: point at its object instead
            }
            sb.append('/').append(s instanceof String name ? escape(name) : s);
        }
        return sb.toString();
    }

    private static Location loc(String source) {
        return source == null ? Location.UNKNOWN : Location.of(source);
    }

    private static Location where(String source, TokenStreamLocation l, String ptr) {
        Location at = loc(source).withPointer(ptr);
        if (l != null && l.getLineNr() > 0) {
            at = at.withLineColumn(l.getLineNr(), Math.max(l.getColumnNr(), 0));
        }
        return at;
    }

    /** Parses a JSON Pointer (for callers that hold one as text). */
    public static JsonPointer jsonPointer(String pointer) {
        return JsonPointer.compile(pointer);
    }
}
