package dk.ics.templates.internal;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.IcsRefusedReferenceException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.FileInput;
import dk.ics.model.internal.JsonSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One schema file read into a tree (a template or a shared schema), and the ways to read them: the built-ins from
 * the classpath (listed in {@code builtin/index.json}), a folder, a file, or bytes.
 *
 * @param source the file or resource name, for messages
 * @param tree   the schema
 * @param builtIn whether it is one of the library's built-in schemas
 */
public record SchemaSource(String source, JsonNode tree, boolean builtIn) {

    private static final String BUILTIN = "/dk/ics/templates/builtin/";

    /** The source name only. */
    @Override
    public String toString() {
        return "SchemaSource[" + source + "]";
    }

    /** The built-in schemas, in the order of the index. */
    public static List<SchemaSource> builtIns() {
        JsonNode index = resource("index.json");
        JsonNode names = index.path("schemas");
        if (!names.isArray()) {
            throw new IcsInvalidDataException(Location.of(BUILTIN + "index.json").withPointer("/schemas"),
                    "expected an array of file names");
        }
        List<SchemaSource> out = new ArrayList<>();
        for (JsonNode n : names) {
            String name = n.asString("");
            if (!name.matches("[a-z0-9][a-z0-9.-]*\\.json")) {
                throw new IcsRefusedReferenceException(Location.of(BUILTIN + "index.json"),
                        "index entries must be plain .json file names in the builtin folder");
            }
            out.add(new SchemaSource(BUILTIN + name, resource(name), true));
        }
        return out;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = SchemaSource.class.getResourceAsStream(BUILTIN + name)) {
            if (in == null) {
                throw new IcsInvalidDataException(Location.of(BUILTIN + name), "built-in resource missing");
            }
            return JsonSupport.readTree(in, BUILTIN + name, ReadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILTIN + name, e);
        }
    }

    /**
     * The schema files ({@code .json}, {@code .yaml}, {@code .yml}) directly in a folder, sorted by name. A file (or
     * a link) that resolves outside the folder is refused.
     *
     * @throws IcsParseException when the folder does not exist or cannot be listed (naming the folder as given)
     */
    public static List<SchemaSource> folder(Path folder, ReadLimits limits) {
        Location where = Location.of(folder.toString());
        if (!Files.isDirectory(folder)) {
            throw new IcsParseException(where, "expected a template folder, found "
                    + (Files.exists(folder) ? "a file" : "nothing"), null);
        }
        Path root;
        List<Path> files = new ArrayList<>();
        try {
            root = folder.toRealPath();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
                for (Path p : ds) {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".json") || TemplateReader.isYaml(n)) {
                        files.add(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new IcsParseException(where, "the template folder cannot be listed ("
                    + e.getClass().getSimpleName() + ")", null);
        }
        files.sort(null);
        List<SchemaSource> out = new ArrayList<>();
        for (Path p : files) {
            out.add(file(folder.resolve(p.getFileName().toString()), root, limits));
        }
        return out;
    }

    /**
     * One schema file; when {@code within} is given, the file must resolve inside it. At most
     * {@link ReadLimits#maxBytes()} bytes are read, whatever the file claims its size is.
     */
    public static SchemaSource file(Path file, Path within, ReadLimits limits) {
        String name = file.toString();
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new IcsParseException(Location.of(name), "the file does not exist", null);
        } catch (IOException e) {
            throw new IcsParseException(Location.of(name), "the file cannot be resolved ("
                    + e.getClass().getSimpleName() + ")", null);
        }
        if (within != null && !real.startsWith(within)) {
            throw new IcsRefusedReferenceException(Location.of(name), "the file resolves to a path outside the"
                    + " folder it was given in; refused");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new IcsInvalidDataException(Location.of(name), "not a regular file");
        }
        byte[] bytes = FileInput.withStream(real, name, in -> atMost(in, name, limits.maxBytes()));
        return bytes(name, bytes, limits);
    }

    private static byte[] atMost(InputStream in, String name, long maxBytes) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IcsLimitException(Location.of(name), "maxBytes", maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new IcsParseException(Location.of(name), "the file cannot be read ("
                    + e.getClass().getSimpleName() + ")", null);
        }
    }

    /** A schema from bytes, JSON or YAML by the source name. */
    public static SchemaSource bytes(String source, byte[] bytes, ReadLimits limits) {
        return new SchemaSource(source, TemplateReader.read(bytes, source, limits), false);
    }
}
