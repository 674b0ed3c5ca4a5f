package dk.ics.templates;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.LocalizedText;
import dk.ics.model.Severity;
import dk.ics.model.casework.CaseStep;
import dk.ics.model.internal.CodeLabels;
import dk.ics.model.internal.JsonSupport;
import dk.ics.templates.internal.CompiledTemplate;
import dk.ics.templates.internal.FindingBuilder;
import dk.ics.templates.internal.Messages;
import dk.ics.templates.internal.Skeletons;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of an ICS template: its header (id, version, title, case step, the base it derives from), its
 * semantic map (where each ICS role lives in a document) and its compiled schema. Get one from a
 * {@link TemplateRegistry}; check documents with {@link #check(CaseDocument)}, read them by role with
 * {@link #bind(CaseDocument)}, start a new one with {@link #skeleton()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Template {

    /**
     * The codes of the findings {@link #check(CaseDocument)} can give, in the order of {@code VOCABULARY.md}. Stable:
     * a municipality's profile may set their severities.
     */
    public static final List<String> FINDING_CODES = List.of("TPL-REQUIRED", "TPL-EMPTY", "TPL-TYPE", "TPL-FORMAT",
            "TPL-ENUM", "TPL-ADDITIONAL", "TPL-PATTERN", "TPL-TOO-LONG", "TPL-DUPLICATE", "TPL-NOT", "TPL-SCHEMA",
            "TPL-SWITCHED-OFF", "TPL-TEMPLATE-MISMATCH");

    /** The codes of the findings that mean missing content: a WARNING in a draft, an ERROR in a final document. */
    public static final List<String> MISSING_CONTENT_CODES = List.of("TPL-REQUIRED", "TPL-EMPTY");

    private final TemplateRef ref;
    private final LocalizedText title;
    private final CaseStep step;
    private final TemplateRef derivedFrom;
    private final SemanticMap semanticMap;
    private final String source;
    private final CompiledTemplate compiled;

    Template(TemplateRef ref, LocalizedText title, CaseStep step, TemplateRef derivedFrom, SemanticMap semanticMap,
            String source, CompiledTemplate compiled) {
        this.ref = Objects.requireNonNull(ref);
        this.title = Objects.requireNonNull(title);
        this.step = Objects.requireNonNull(step);
        this.derivedFrom = derivedFrom;
        this.semanticMap = Objects.requireNonNull(semanticMap);
        this.source = source;
        this.compiled = Objects.requireNonNull(compiled);
    }

    /** The template id, e.g. {@code bfu}. */
    public String id() {
        return ref.id();
    }

    /** The version. */
    public TemplateVersion version() {
        return ref.version();
    }

    /** The id and version. */
    public TemplateRef ref() {
        return ref;
    }

    /** The title in Danish and English. */
    public LocalizedText title() {
        return title;
    }

    /** The case step the template belongs to. */
    public CaseStep step() {
        return step;
    }

    /** The base template this one is customised from, if any (used by {@link Conformance}). */
    public Optional<TemplateRef> derivedFrom() {
        return Optional.ofNullable(derivedFrom);
    }

    /** Where each ICS role lives in a document written on this template. */
    public SemanticMap semanticMap() {
        return semanticMap;
    }

    /** The file or resource the template was loaded from. */
    public String source() {
        return source;
    }

    /** The template's JSON Schema as indented JSON text (for showing or saving it). */
    public String schemaJson() {
        return JsonSupport.write(compiled.tree());
    }

    /**
     * Checks a document against the template: every JSON Schema constraint, and content on a dimension that is not in
     * focus. Missing content ({@code required}, {@code minLength}, {@code minItems}, {@code minProperties}) is a
     * WARNING in a draft and an ERROR in a final document; every other finding is an ERROR. Findings name JSON
     * Pointers, never values.
     */
    public FindingReport check(CaseDocument document) {
        return check(bind(document));
    }

    /**
     * Checks a document bound to this template, as {@link #check(CaseDocument)} does, reading its content through
     * the binding: a caller that goes on to read the same binding (as the validator's rules do) reads each place
     * once. A document bound to another template is checked against this one.
     */
    public FindingReport check(BoundDocument bound) {
        BoundDocument own = bound.template() == this ? bound : bind(bound.document());
        CaseDocument document = own.document();
        List<Finding> out = new ArrayList<>();
        if (!document.templateRef().equals(ref)) {
            List<String> refs = List.of(document.templateRef().toString(), ref.toString());
            out.add(Messages.finding("TPL-TEMPLATE-MISMATCH", Severity.ERROR, "/template", "tpl.templateMismatch",
                    refs, CodeLabels.shown(refs), basis()));
        }
        out.addAll(FindingBuilder.findings(compiled.schema().validate(document.tree()),
                document.status() == DocumentStatus.DRAFT, compiled.fields(), basis()));
        out.addAll(SwitchedOff.findings(own, basis()));
        return FindingReport.of(out);
    }

    /**
     * The basis of the template's own findings: the template, e.g. {@code ICS-skabelonen bfu 1.0.0}. A template
     * constraint rests on the template; where the law asks for the same thing, a rule of the validator says so with
     * its own basis.
     */
    String basis() {
        return "ICS-skabelonen " + ref.id() + " " + ref.version();
    }

    /**
     * The title the template gives the field at a pointer of its documents ({@code /maal/2/ansvarlig}: array indexes
     * match every item), if it gives one: how a screen or a message names the field.
     */
    public Optional<String> fieldTitle(String pointer) {
        return compiled.fields().title(Objects.requireNonNull(pointer, "pointer"));
    }

    /** Binds a document to the template, for typed access by role whatever the layout. */
    public BoundDocument bind(CaseDocument document) {
        return new BoundDocument(this, document);
    }

    /**
     * An empty document on this template: the envelope with status DRAFT, and the objects, arrays and fixed values
     * the schema's structure implies. It has no errors as a draft, only warnings for missing content.
     */
    public CaseDocument skeleton() {
        return CaseDocument.of(Skeletons.skeleton(compiled, ref.id(), ref.version().toString()),
                "skeleton of " + ref);
    }

    /** The id and version, e.g. {@code Template[bfu@1.0.0]}. */
    @Override
    public String toString() {
        return "Template[" + ref + "]";
    }
}
