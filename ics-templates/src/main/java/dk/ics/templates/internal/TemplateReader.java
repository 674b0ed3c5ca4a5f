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
import org.snakeyaml.engine.v2.api.YamlUnicodeReader;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;

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
        if (noAnchorsOrAliases(bytes, source, limits) && scan(f, bytes, source, limits)) {
            return JsonSupport.readTree(f, new ByteArrayInputStream(bytes), source, limits, "YAML");
        }
        // Not well-formed: reading it again gives the precise error (line, column, what was expected).
        JsonSupport.readTree(f, new ByteArrayInputStream(bytes), source, limits, "YAML");
        throw new IcsParseException(Location.of(source), "not well-formed YAML", null);
    }

    private static LoadSettings loadSettings(ReadLimits limits) {
        return LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(1)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                .build();
    }

    private static YAMLFactory yamlFactory(ReadLimits limits) {
        return YAMLFactory.builder()
                .loadSettings(loadSettings(limits))
                .streamReadConstraints(JsonSupport.constraints(limits))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Goes through the YAML's events (the YAML engine's own parser: Jackson does not report anchors on scalars) and
     * refuses the first anchor or alias, before anything is built from them.
     *
     * @return whether the YAML was well-formed to the end (when not, reading it gives the precise error)
     */
    private static boolean noAnchorsOrAliases(byte[] bytes, String source, ReadLimits limits) {
        try {
            LoadSettings settings = loadSettings(limits);
            ParserImpl events = new ParserImpl(settings, new StreamReader(settings,
                    new YamlUnicodeReader(new ByteArrayInputStream(bytes))));
            while (events.hasNext()) {
                Event e = events.next();
                if (e instanceof AliasEvent || (e instanceof NodeEvent n && n.getAnchor().isPresent())) {
                    Location at = e.getStartMark().map(m -> Location.of(source)
                            .withLineColumn(m.getLine() + 1L, m.getColumn() + 1L)).orElse(Location.of(source));
                    throw new IcsParseException(at, "YAML anchors and aliases are not allowed in templates", null);
                }
            }
            return true;
        } catch (YamlEngineException e) {
            return false;
        }
    }

    /**
     * Goes through the YAML once more before any tree is built, refusing strings and names over
     * {@link ReadLimits#maxStringLength()} (the YAML parser does not check string lengths itself).
     *
     * @return whether the YAML was well-formed to the end (when not, reading it gives the precise error)
     */
    private static boolean scan(YAMLFactory f, byte[] bytes, String source, ReadLimits limits) {
        try (JsonParser p = f.createParser(ObjectReadContext.empty(), bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
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
