package dk.ics.model.internal;

import dk.ics.model.IcsException;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsParseException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Loading of reference data (age groups, focus areas, migration maps) from a resource in the jar or from a file:
 * read with limits, check that every text object has its Danish text, then bind to the model's records, whose
 * constructors validate the rest. Either a whole, valid value comes back or an {@link IcsException} with the source
 * and JSON Pointer; nothing is kept from a failed load.
 */
public final class ReferenceData {

    /** Properties whose value is a Danish/English text object ({@code {"da": …, "en": …}}). */
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);
    private static final Set<String> TEXT_PROPERTIES = Set.of("label", "title", "text", "note");

    private ReferenceData() {
    }

    /** Reads and binds a resource on the class path of {@code anchor}'s module. */
    public static <T> T resource(Class<?> anchor, String path, Class<T> type) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new IcsInvalidDataException(Location.of(path), "built-in resource missing");
            }
            return bind(JsonSupport.readTree(in, path, ReadLimits.DEFAULTS), type, path);
        } catch (IOException e) {
            throw new IcsParseException(Location.of(path), "built-in resource unreadable", e);
        }
    }

    /** Reads and binds a file. */
    public static <T> T file(Path file, Class<T> type, ReadLimits limits) {
        String source = file.toString();
        return FileInput.withStream(file, in -> bind(JsonSupport.readTree(in, source, limits), type, source));
    }

    /** Checks the Danish texts of a tree and binds it. */
    public static <T> T bind(JsonNode tree, Class<T> type, String source) {
        requireDanishTexts(tree, "", null, source);
        T value = JsonSupport.bind(tree, type, source);
        LOG.debug("loaded {} from {}", type.getSimpleName(), source);
        return value;
    }

    /**
     * Checks that every text object (the value of a {@code label}, {@code title}, {@code text} or {@code note}
     * property, or any object with an {@code en} property) has a non-blank Danish text {@code da}.
     */
    public static void requireDanishTexts(JsonNode node, String pointer, String name, String source) {
        if (node.isObject()) {
            boolean textObject = (name != null && TEXT_PROPERTIES.contains(name)) || node.has("en");
            if (textObject) {
                JsonNode da = node.get("da");
                if (da == null || !da.isString() || da.asString().isBlank()) {
                    throw new IcsInvalidDataException(where(source, pointer + "/da"),
                            "missing Danish text: expected a non-blank string");
                }
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                requireDanishTexts(e.getValue(), JsonSupport.member(pointer, e.getKey()), e.getKey(), source);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireDanishTexts(node.get(i), pointer + "/" + i, null, source);
            }
        }
    }

    /**
     * The check reference data records run in their constructors: fails with an {@link IcsInvalidDataException} at
     * a JSON Pointer relative to the record, which binding prefixes with the record's own place in the document.
     */
    public static void require(boolean ok, String pointer, String reason) {
        if (!ok) {
            throw new IcsInvalidDataException(Location.atPointer(pointer), reason);
        }
    }

    private static Location where(String source, String pointer) {
        return (source == null ? Location.UNKNOWN : Location.of(source)).withPointer(pointer);
    }
}
