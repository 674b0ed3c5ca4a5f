package dk.ics.templates.internal;

import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.JsonSupport;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads template files, JSON or YAML (by file name), into trees with {@link ReadLimits} checked while reading.
 *
 * <p>YAML is read with the same size, depth, string and array limits as JSON, duplicate keys refused, and anchors and
 * aliases refused outright: a template never needs them, and refusing them rules out alias bombs whatever the
 * parser does with them. The YAML is gone through once for anchors, aliases and string lengths before any tree is
 * built. Thread-safe.
 */
public final class TemplateReader {

    private static final Map<ReadLimits, YAMLFactory> YAML = new ConcurrentHashMap<>();

    private TemplateReader() {
    }

    /** Whether a file name is a YAML file ({@code .yaml} or {@code .yml}). */
    public static boolean isYaml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Reads JSON or YAML (decided by the source name) into a tree. */
    public static JsonNode read(byte[] bytes, String source, ReadLimits limits) {
        if (!isYaml(source)) {
            return JsonSupport.readTree(bytes, source, limits);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new IcsLimitException(Location.of(source), "maxBytes", limits.maxBytes());
        }
        YAMLFactory f = YAML.computeIfAbsent(limits, TemplateReader::yamlFactory);
        if (scan(f, bytes, source, limits)) {
            return JsonSupport.readTree(f, new ByteArrayInputStream(bytes), source, limits, "YAML");
        }
        // Not well-formed: reading it again gives the precise error (line, column, what was expected).
        JsonSupport.readTree(f, new ByteArrayInputStream(bytes), source, limits, "YAML");
        throw new IcsParseException(Location.of(source), "not well-formed YAML", null);
    }

    private static YAMLFactory yamlFactory(ReadLimits limits) {
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(1)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                .build();
        return YAMLFactory.builder()
                .loadSettings(settings)
                .streamReadConstraints(JsonSupport.constraints(limits))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Goes through the YAML once before any tree is built: refuses anchors and aliases, and strings and names over
     * {@link ReadLimits#maxStringLength()} (the YAML parser does not check string lengths itself).
     *
     * @return whether the YAML was well-formed to the end (when not, reading it gives the precise error)
     */
    private static boolean scan(YAMLFactory f, byte[] bytes, String source, ReadLimits limits) {
        try (JsonParser p = f.createParser(ObjectReadContext.empty(), bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                boolean alias = p instanceof YAMLParser y && y.isCurrentAlias();
                if (alias || p.getObjectId() != null) {
                    var l = p.currentLocation();
                    throw new IcsParseException(Location.of(source).withLineColumn(l.getLineNr(), l.getColumnNr()),
                            "YAML anchors and aliases are not allowed in templates", null);
                }
                if ((t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME)
                        && p.getString().length() > limits.maxStringLength()) {
                    var l = p.currentLocation();
                    throw new IcsLimitException(Location.of(source).withLineColumn(l.getLineNr(), l.getColumnNr()),
                            "maxStringLength", limits.maxStringLength());
                }
            }
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }
}
