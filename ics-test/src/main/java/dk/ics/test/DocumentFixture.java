package dk.ics.test;

import dk.ics.model.FindingReport;
import dk.ics.model.casework.LegalRegime;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.Role;
import dk.ics.templates.SemanticEntry;
import dk.ics.templates.SemanticKey;
import dk.ics.templates.Template;
import dk.ics.templates.TemplateRegistry;
import dk.ics.test.internal.Trees;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fluent builder of a filled case document, starting from a valid document and changed by ICS <em>role</em>: each
 * change finds its places through the template's semantic map, so the same change works on a municipality's
 * customised template whatever its field names. Get one from {@link IcsFixtures} ({@code aBfu()}, {@code aPlan()},
 * …) or wrap any document with {@link IcsFixtures#document(Template, String, LocalDate)}.
 *
 * <pre>{@code
 * ValidationReport r = IcsFixtures.aBfu().withoutChildPerspective().validate();
 * byte[] json = IcsFixtures.aPlan().withGoalWithoutResponsible().draft().toBytes();
 * }</pre>
 *
 * <p>Besides the document, a fixture carries the case context it is judged in (its reference date, regime, decision
 * date and the case's other documents: the investigation behind a plan, the plan behind a follow-up), so that
 * {@link #validate()} on an unchanged built-in fixture reports nothing. A change whose role the template does not carry throws {@link IllegalStateException}, so a test
 * never passes by changing nothing. Not thread-safe: a builder belongs to one test; every output is a fresh copy.
 */
public final class DocumentFixture extends DocumentChanges {

    private final Template template;
    private final ObjectNode tree;
    private LocalDate on;
    private final List<Consumer<CaseContext.Builder>> context = new ArrayList<>();
    private DocumentFixture latestBfu;
    private DocumentFixture plan;

    DocumentFixture(Template template, ObjectNode tree, LocalDate on) {
        this.template = Objects.requireNonNull(template, "template");
        this.tree = tree;
        this.on = on;
    }

    /** The fixture of a built-in template, from its example document and with the example's case context. */
    static DocumentFixture builtIn(String templateId) {
        ObjectNode tree = Trees.resource("/dk/ics/test/documents/" + templateId + ".json");
        Template t = TemplateRegistry.builtIn().templateOf(CaseDocument.parse(Trees.bytes(tree)));
        DocumentFixture f = new DocumentFixture(t, tree, LocalDate.parse(defaultReferenceDate(templateId)));
        switch (templateId) {
            case "bfu" -> f.inCase(b -> b.regime(LegalRegime.BARNETS_LOV));
            case "barnets-plan" -> f.withLatestBfu(builtIn("bfu"))
                    .inCase(b -> b.regime(LegalRegime.BARNETS_LOV).supportDecisionDate(LocalDate.of(2025, 5, 27)));
            case "ungeplan" -> f.withLatestBfu(builtIn("bfu"))
                    .inCase(b -> b.regime(LegalRegime.BARNETS_LOV).supportDecisionDate(LocalDate.of(2025, 5, 1)));
            case "opfoelgning" -> f.withPlan(builtIn("barnets-plan"))
                    .inCase(b -> b.regime(LegalRegime.BARNETS_LOV));
            default -> { }
        }
        return f;
    }

    private static String defaultReferenceDate(String templateId) {
        return switch (templateId) {
            case "bfu" -> "2025-05-27";
            case "partner-skole" -> "2025-03-14";
            case "partner-dagtilbud" -> "2025-03-17";
            case "partner-sundhedspleje" -> "2025-03-20";
            case "afdaekning" -> "2025-02-20";
            case "barnets-plan" -> "2025-06-16";
            case "ungeplan" -> "2025-05-13";
            case "opfoelgning" -> "2025-09-04";
            default -> "2025-02-05";
        };
    }

    @Override
    ObjectNode tree() {
        return tree;
    }

    /** The template the document is written on. */
    public Template template() {
        return template;
    }

    // --- generic changes by role and by pointer ---------------------------------------------------------------

    /** Removes every place of a role (whatever its dimension or side). */
    @Override
    public DocumentFixture without(Role role) {
        return removeAll(template.semanticMap().entries(role), role.code());
    }

    /** Removes the places of a role on a dimension. */
    @Override
    public DocumentFixture without(Role role, Dimension dimension) {
        return removeAll(template.semanticMap().entries(role, dimension), role.code() + "/" + dimension.code());
    }

    /** Removes the places of a role on a side. */
    @Override
    public DocumentFixture without(Role role, Side side) {
        return removeAll(template.semanticMap().entries(role, side), role.code() + "/" + side.code());
    }

    /**
     * Sets a role's value: a text, a boolean, a {@link LocalDate}, a list of texts. Inside an array ({@code GOALS})
     * every item gets it; use {@link #withIn(Role, int, Object)} for one item.
     */
    @Override
    public DocumentFixture with(Role role, Object value) {
        return setAll(places(SemanticKey.of(role)), value, role.code());
    }

    /** Sets a role's value on a dimension. */
    @Override
    public DocumentFixture with(Role role, Dimension dimension, Object value) {
        return setAll(places(SemanticKey.of(role, dimension)), value, role.code() + "/" + dimension.code());
    }

    /** Sets a role's value in one item of the array it lives in (e.g. the second goal's responsible: index 1). */
    @Override
    public DocumentFixture withIn(Role role, int index, Object value) {
        List<String> patterns = places(SemanticKey.of(role)).stream().map(p -> Trees.item(p, index)).toList();
        return setAll(patterns, value, role.code() + "[" + index + "]");
    }

    /** Removes a role's value from one item of the array it lives in. */
    @Override
    public DocumentFixture withoutIn(Role role, int index) {
        List<String> patterns = places(SemanticKey.of(role)).stream().map(p -> Trees.item(p, index)).toList();
        int removed = 0;
        for (String p : patterns) {
            removed += Trees.remove(tree, p);
        }
        requireChanged(removed, role.code() + "[" + index + "]");
        return this;
    }

    /** Sets a value at a JSON Pointer of this document (template-specific: prefer the changes by role). */
    public DocumentFixture withAt(String pointer, Object value) {
        requireChanged(Trees.set(tree, pointer, Trees.value(value)), pointer);
        return this;
    }

    /** Removes the value at a JSON Pointer of this document (template-specific: prefer the changes by role). */
    public DocumentFixture withoutAt(String pointer) {
        requireChanged(Trees.remove(tree, pointer), pointer);
        return this;
    }

    // --- the case around the document ---------------------------------------------------------------------------

    /** The reference date the document is judged on ("today" for its deadlines). */
    public DocumentFixture judgedOn(LocalDate referenceDate) {
        this.on = Objects.requireNonNull(referenceDate, "referenceDate");
        return this;
    }

    /** A change to the case context, applied after the fixture's own (e.g. {@code b -> b.regime(SEL)}). */
    public DocumentFixture inCase(Consumer<CaseContext.Builder> change) {
        context.add(Objects.requireNonNull(change, "change"));
        return this;
    }

    /** The case's latest investigation, judged against by a plan's rules. */
    public DocumentFixture withLatestBfu(DocumentFixture bfu) {
        this.latestBfu = bfu;
        return this;
    }

    /** The case's plan, judged against by a follow-up's rules. */
    public DocumentFixture withPlan(DocumentFixture value) {
        this.plan = value;
        return this;
    }

    /** An independent copy of this fixture (document, reference date, context changes, related documents). */
    public DocumentFixture copy() {
        DocumentFixture c = new DocumentFixture(template, tree.deepCopy(), on);
        c.context.addAll(context);
        c.latestBfu = latestBfu == null ? null : latestBfu.copy();
        c.plan = plan == null ? null : plan.copy();
        return c;
    }

    // --- output -------------------------------------------------------------------------------------------------

    /** The document as indented JSON text (a fresh copy). */
    public String toJson() {
        return Trees.write(tree);
    }

    /** The document as UTF-8 JSON bytes. */
    public byte[] toBytes() {
        return Trees.bytes(tree);
    }

    /** The document, parsed by the templates module. */
    public CaseDocument toDocument() {
        return CaseDocument.parse(toBytes(), "fixture-" + template.id() + ".json",
                dk.ics.model.ReadLimits.DEFAULTS);
    }

    /** The document bound to its template, for access by role. */
    public BoundDocument bound() {
        return template.bind(toDocument());
    }

    /** The document checked against its template alone. */
    public FindingReport check() {
        return template.check(toDocument());
    }

    /** The case context the document is judged in. */
    public CaseContext context() {
        CaseContext.Builder b = CaseContext.builder(on);
        if (latestBfu != null) {
            b.latestBfu(latestBfu.bound());
        }
        if (plan != null) {
            b.plan(plan.bound());
        }
        context.forEach(c -> c.accept(b));
        return b.build();
    }

    /** The document validated in its case by the standard validator (built-in templates and rules). */
    public ValidationReport validate() {
        return validate(IcsValidator.standard());
    }

    /** The document validated in its case by a validator (e.g. one whose registry holds a customised template). */
    public ValidationReport validate(IcsValidator validator) {
        return validator.validate(toDocument(), context());
    }

    // --- helpers for the named changes ------------------------------------------------------------------------

    @Override
    List<String> places(SemanticKey key) {
        return template.semanticMap().entries(key).stream().map(SemanticEntry::pattern).toList();
    }

    @Override
    List<String> places(Role role) {
        return template.semanticMap().entries(role).stream().map(SemanticEntry::pattern).toList();
    }

    private DocumentFixture removeAll(List<SemanticEntry> entries, String what) {
        int removed = 0;
        for (SemanticEntry e : entries) {
            removed += Trees.remove(tree, e.pattern());
        }
        requireChanged(removed, what);
        return this;
    }

    private DocumentFixture setAll(List<String> patterns, Object value, String what) {
        int set = 0;
        for (String p : patterns) {
            set += Trees.set(tree, p, Trees.value(value instanceof LocalDate d ? d.toString() : value));
        }
        requireChanged(set, what);
        return this;
    }

    private void requireChanged(int count, String what) {
        if (count == 0) {
            throw new IllegalStateException("nothing to change for " + what + " in a document on " + template.ref());
        }
    }

    /** The template and status, never the content. */
    @Override
    public String toString() {
        return "DocumentFixture[" + template.ref() + "]";
    }
}
