package dk.ics.templates.internal;

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
 * parser does with them. Thread-safe.
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
        YAMLFactory f = YAML.computeIfAbsent(limits, TemplateReader::yamlFactory);
        JsonNode tree = JsonSupport.readTree(f, new ByteArrayInputStream(bytes), source, limits, "YAML");
        refuseAnchorsAndAliases(f, bytes, source);
        return tree;
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

    private static void refuseAnchorsAndAliases(YAMLFactory f, byte[] bytes, String source) {
        try (JsonParser p = f.createParser(ObjectReadContext.empty(), bytes)) {
            while (p.nextToken() != null) {
                boolean alias = p instanceof YAMLParser y && y.isCurrentAlias();
                if (alias || p.getObjectId() != null) {
                    var l = p.currentLocation();
                    throw new IcsParseException(Location.of(source).withLineColumn(l.getLineNr(), l.getColumnNr()),
                            "YAML anchors and aliases are not allowed in templates", null);
                }
            }
        } catch (JacksonException e) {
            // Already read once without error; a second failure cannot happen, but never pass its message on.
            throw new IcsParseException(Location.of(source), "not well-formed YAML", null);
        }
    }
}
