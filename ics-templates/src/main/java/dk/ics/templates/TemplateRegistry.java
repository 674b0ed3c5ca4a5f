package dk.ics.templates;

import dk.ics.model.FindingReport;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.templates.internal.SchemaSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The templates a host works with, each compiled once: the built-ins ({@link #builtIn()}) and a municipality's own
 * (from a folder, JSON or YAML). Looks templates up by id and version, checks and binds documents.
 *
 * <p>{@code $ref}s may point only inside a template or to another schema of the same registry by its {@code urn:ics:}
 * id; nothing is ever fetched. A bad file fails {@link Builder#build()} with the file, the JSON Pointer and the
 * reason, and nothing of it is kept. Immutable and thread-safe.
 *
 * <pre>{@code
 * TemplateRegistry registry = TemplateRegistry.builder().addBuiltIns().addFolder(Path.of("templates")).build();
 * FindingReport report = registry.check(CaseDocument.read(Path.of("bfu.json")));
 * }</pre>
 */
public final class TemplateRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateRegistry.class);

    private final Map<String, TreeMap<TemplateVersion, Template>> templates;

    private TemplateRegistry(Map<String, TreeMap<TemplateVersion, Template>> templates) {
        this.templates = templates;
    }

    /** The built-in templates, loaded and compiled once and shared. */
    public static TemplateRegistry builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** A builder for a registry of one's own. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The template with an id and version.
     *
     * @throws IcsUnknownCodeException naming the known ids, or the known versions of the id
     */
    public Template get(String id, String version) {
        return get(id, TemplateVersion.parse(version));
    }

    /** The template with an id and version. */
    public Template get(String id, TemplateVersion version) {
        TreeMap<TemplateVersion, Template> versions = versions(id);
        Template t = versions.get(version);
        if (t == null) {
            throw new IcsUnknownCodeException(Location.UNKNOWN, "version of template " + id, version.toString(),
                    versions.keySet().stream().map(TemplateVersion::toString).toList());
        }
        return t;
    }

    /** The template a reference names. */
    public Template get(TemplateRef ref) {
        return get(ref.id(), ref.version());
    }

    /** The newest version of a template. */
    public Template latest(String id) {
        return versions(id).lastEntry().getValue();
    }

    /** Every template, by id and then version. */
    public List<Template> list() {
        List<Template> out = new ArrayList<>();
        templates.values().forEach(v -> out.addAll(v.values()));
        return Collections.unmodifiableList(out);
    }

    /** The template ids, sorted. */
    public List<String> ids() {
        return List.copyOf(templates.keySet());
    }

    /**
     * The template a document says it is written on.
     *
     * @throws IcsUnknownCodeException at the document's {@code /template/id} or {@code /template/version}, naming
     *                                 the known ids or versions
     */
    public Template templateOf(CaseDocument document) {
        TemplateRef ref = document.templateRef();
        Location at = document.source().map(Location::of).orElse(Location.UNKNOWN);
        if (!templates.containsKey(ref.id())) {
            throw new IcsUnknownCodeException(at.withPointer("/template/id"), "template id", ref.id(), ids());
        }
        TreeMap<TemplateVersion, Template> versions = templates.get(ref.id());
        Template t = versions.get(ref.version());
        if (t == null) {
            throw new IcsUnknownCodeException(at.withPointer("/template/version"), "version of template " + ref.id(),
                    ref.version().toString(), versions.keySet().stream().map(TemplateVersion::toString).toList());
        }
        return t;
    }

    /** Checks a document against its template (see {@link Template#check(CaseDocument)}). */
    public FindingReport check(CaseDocument document) {
        return templateOf(document).check(document);
    }

    /**
     * Checks a document already bound to one of this registry's templates against its template (see
     * {@link Template#check(BoundDocument)}).
     */
    public FindingReport check(BoundDocument bound) {
        return templateOf(bound.document()).check(bound);
    }

    /** Binds a document to its template for access by role. */
    public BoundDocument bind(CaseDocument document) {
        return templateOf(document).bind(document);
    }

    /**
     * Checks a customised template against the base it names in {@code derivedFrom} (see {@link Conformance}).
     *
     * @throws IcsInvalidDataException at the template's {@code /x-ics-template/derivedFrom} when it names no base
     * @throws IcsUnknownCodeException at {@code /x-ics-template/derivedFrom/id} or {@code .../version} when this
     *     registry does not hold the base it names
     */
    public FindingReport conformance(Template derived) {
        Location at = Location.of(derived.source()).withPointer("/x-ics-template/derivedFrom");
        TemplateRef base = derived.derivedFrom().orElseThrow(() -> new IcsInvalidDataException(
                at, "template " + derived.ref() + " names no base in derivedFrom"));
        TreeMap<TemplateVersion, Template> versions = templates.get(base.id());
        if (versions == null) {
            throw new IcsUnknownCodeException(at.withPointer(at.pointer() + "/id"), "template id", base.id(), ids());
        }
        Template baseTemplate = versions.get(base.version());
        if (baseTemplate == null) {
            throw new IcsUnknownCodeException(at.withPointer(at.pointer() + "/version"),
                    "version of template " + base.id(), base.version().toString(),
                    versions.keySet().stream().map(TemplateVersion::toString).toList());
        }
        return Conformance.check(derived, baseTemplate);
    }

    private TreeMap<TemplateVersion, Template> versions(String id) {
        TreeMap<TemplateVersion, Template> v = templates.get(id);
        if (v == null) {
            throw new IcsUnknownCodeException(Location.UNKNOWN, "template id", id, ids());
        }
        return v;
    }

    @Override
    public String toString() {
        return "TemplateRegistry" + templates.keySet();
    }

    private static final class BuiltIn {
        static final TemplateRegistry INSTANCE = builder().addBuiltIns().build();
    }

    /** Collects template sources and builds an immutable registry. Not thread-safe; use one per registry. */
    public static final class Builder {

        private boolean builtIns;
        private final List<Object> sources = new ArrayList<>();
        private ReadLimits limits = ReadLimits.DEFAULTS;

        private Builder() {
        }

        /** Adds the built-in templates and the shared schema {@code urn:ics:common:1.0.0}. */
        public Builder addBuiltIns() {
            builtIns = true;
            return this;
        }

        /** Adds every {@code .json}, {@code .yaml} and {@code .yml} file directly in a folder. */
        public Builder addFolder(Path folder) {
            sources.add(new Folder(Objects.requireNonNull(folder)));
            return this;
        }

        /** Adds one template or shared schema file. */
        public Builder add(Path file) {
            sources.add(Objects.requireNonNull(file));
            return this;
        }

        /** Adds one template or shared schema from bytes; the source name (.json, .yaml or .yml) picks the format. */
        public Builder add(String sourceName, byte[] content) {
            sources.add(new Bytes(Objects.requireNonNull(sourceName), content.clone()));
            return this;
        }

        /** The limits for reading template files (defaults: {@link ReadLimits#DEFAULTS}). */
        public Builder limits(ReadLimits readLimits) {
            this.limits = Objects.requireNonNull(readLimits);
            return this;
        }

        /**
         * Reads, checks and compiles everything added, and builds the registry.
         *
         * @throws dk.ics.model.IcsException for the first bad file (with file, pointer and reason); nothing is kept
         */
        public TemplateRegistry build() {
            long start = System.nanoTime();
            List<SchemaSource> all = new ArrayList<>();
            if (builtIns) {
                all.addAll(SchemaSource.builtIns());
            }
            for (Object s : sources) {
                if (s instanceof Folder f) {
                    all.addAll(SchemaSource.folder(f.path(), limits));
                } else if (s instanceof Path p) {
                    all.add(SchemaSource.file(p, null, limits));
                } else if (s instanceof Bytes b) {
                    all.add(SchemaSource.bytes(b.name(), b.content(), limits));
                }
            }
            Map<String, TreeMap<TemplateVersion, Template>> built = TemplateAssembler.assemble(all);
            LOG.debug("template registry built: {} templates in {} ms", built.values().stream()
                    .mapToInt(Map::size).sum(), (System.nanoTime() - start) / 1_000_000);
            return new TemplateRegistry(Collections.unmodifiableMap(built));
        }

        private record Folder(Path path) {
        }

        private record Bytes(String name, byte[] content) {
        }
    }
}
