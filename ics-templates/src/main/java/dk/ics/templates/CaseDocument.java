package dk.ics.templates;

import dk.ics.model.internal.FileInput;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsParseException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.JsonSupport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A case document filled in on a template (a BFU, a child's plan, a partner's statement…), read with
 * {@link ReadLimits} and with its fixed envelope checked: {@code "template": {"id", "version"}} and
 * {@code "status": "DRAFT" | "FINAL"}. Check it with {@link TemplateRegistry#check(CaseDocument)} and read it by role
 * with {@link TemplateRegistry#bind(CaseDocument)}.
 *
 * <p>Immutable and thread-safe. The content is personal data: {@link #toString()} shows the envelope only, and the
 * content is reachable only through binding or as JSON text ({@link #toJson()}).
 */
public final class CaseDocument {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{6}");

    private final JsonNode tree;
    private final String source;
    private final TemplateRef template;
    private final DocumentStatus status;

    private CaseDocument(JsonNode tree, String source) {
        this.tree = tree;
        this.source = source;
        Location at = source == null ? Location.UNKNOWN : Location.of(source);
        if (!tree.isObject()) {
            throw new IcsInvalidDataException(at.withPointer(""), "expected a JSON object (a case document)");
        }
        this.template = envelope(tree.get("template"), at);
        JsonNode s = tree.get("status");
        if (s == null || !s.isString() || !("DRAFT".equals(s.asString()) || "FINAL".equals(s.asString()))) {
            throw new IcsInvalidDataException(at.withPointer("/status"), "expected \"status\": DRAFT or FINAL");
        }
        this.status = DocumentStatus.valueOf(s.asString());
    }

    private static TemplateRef envelope(JsonNode t, Location at) {
        if (t == null || !t.isObject()) {
            throw new IcsInvalidDataException(at.withPointer("/template"),
                    "expected \"template\": {\"id\": ..., \"version\": ...}");
        }
        JsonNode id = t.get("id");
        if (id == null || !id.isString() || !ID.matcher(id.asString()).matches() || id.asString().length() > 64
                || DIGIT_RUN.matcher(id.asString()).find()) {
            // A run of six digits is refused even where the form allows digits: it could be (part of) a CPR number,
            // and the id is shown in messages and in toString().
            throw new IcsInvalidDataException(at.withPointer("/template/id"),
                    "expected a template id (lower-case letters, digits and -, no run of six or more digits)");
        }
        JsonNode v = t.get("version");
        if (v == null || !v.isString()) {
            throw new IcsInvalidDataException(at.withPointer("/template/version"),
                    "expected a version MAJOR.MINOR.PATCH");
        }
        try {
            return new TemplateRef(id.asString(), TemplateVersion.parse(v.asString()));
        } catch (IcsInvalidDataException e) {
            throw new IcsInvalidDataException(at.withPointer("/template/version"), e.reason());
        }
    }

    /** Wraps a tree built by the library itself (a skeleton). */
    static CaseDocument of(JsonNode tree, String source) {
        return new CaseDocument(tree, source);
    }

    /**
     * Reads a document from JSON bytes.
     *
     * @param bytes  the JSON
     * @param source a name for messages (a file name), or {@code null}
     * @param limits the read limits
     * @throws IcsParseException            when the bytes are not well-formed JSON (with line and column)
     * @throws dk.ics.model.IcsLimitException when the input is over a limit (naming it)
     * @throws IcsInvalidDataException      when the envelope is missing or malformed
     */
    public static CaseDocument parse(byte[] bytes, String source, ReadLimits limits) {
        return new CaseDocument(JsonSupport.readTree(bytes, source, limits), source);
    }

    /** Reads a document from JSON bytes with the default limits. */
    public static CaseDocument parse(byte[] bytes) {
        return parse(bytes, null, ReadLimits.DEFAULTS);
    }

    /** Reads a document from a JSON string with the default limits. */
    public static CaseDocument parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8), null, ReadLimits.DEFAULTS);
    }

    /** Reads a document from a stream (not closed), failing as soon as a limit is crossed. */
    public static CaseDocument parse(InputStream in, String source, ReadLimits limits) {
        return new CaseDocument(JsonSupport.readTree(in, source, limits), source);
    }

    /** Reads a document from a file with the given limits. */
    public static CaseDocument read(Path file, ReadLimits limits) {
        return FileInput.withStream(file, in -> parse(in, file.toString(), limits));
    }

    /** Reads a document from a file with the default limits. */
    public static CaseDocument read(Path file) {
        return read(file, ReadLimits.DEFAULTS);
    }

    /** The template the document says it is written on. */
    public TemplateRef templateRef() {
        return template;
    }

    /** Draft or final. */
    public DocumentStatus status() {
        return status;
    }

    /** The file or resource the document was read from, when known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The document as indented JSON text (it holds the document's content: handle it as personal data). */
    public String toJson() {
        return JsonSupport.write(tree);
    }

    /** The tree, for the library's own checks and binding. */
    JsonNode tree() {
        return tree;
    }

    /** The envelope only (template and status); never the content. */
    @Override
    public String toString() {
        return "CaseDocument[" + template + ", " + status + (source == null ? "" : ", " + source) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseDocument d && tree.equals(d.tree) && Objects.equals(source, d.source);
    }

    @Override
    public int hashCode() {
        return tree.hashCode();
    }
}
