package dk.ics.templates;

import static dk.ics.templates.Values.bool;
import static dk.ics.templates.Values.convert;
import static dk.ics.templates.Values.dimensions;
import static dk.ics.templates.Values.elements;
import static dk.ics.templates.Values.first;
import static dk.ics.templates.Values.string;
import static dk.ics.templates.Values.strings;

import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.templates.internal.Pointers;
import dk.ics.templates.internal.Pointers.Hit;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A case document bound to its template: typed access to its content <em>by ICS role</em>, whatever the template
 * calls the fields and wherever it puts them. Every value comes as a {@link Bound} with the JSON Pointer it was read
 * from. This is all the ICS rules read.
 *
 * <p>Values that do not have the role's type (a number where a text belongs, a date that is not a date) are left
 * out: the schema check reports them. Thread-safe; its only state besides the document is a cache of the nodes each
 * place pattern finds and of the values read at each place (rules read the same places many times per document).
 * The lists it returns are unmodifiable. It holds personal data, so {@link #toString()} shows the template and status
 * only.
 */
public final class BoundDocument {

    private final Template template;
    private final CaseDocument document;
    private final JsonNode tree;
    /** The nodes found by each place pattern, resolved once: bounded by the template's patterns. */
    private final Map<String, List<Hit>> resolved = new ConcurrentHashMap<>(64);
    /**
     * The values read at each place of the template, read once: bounded by the template's places. Keyed by the
     * place's pattern (whose hash a string keeps) rather than by the entry (whose record hash is recomputed).
     */
    private final Map<String, PlaceValues> valuesByPlace = new ConcurrentHashMap<>(64);

    BoundDocument(Template template, CaseDocument document) {
        this.template = template;
        this.document = document;
        this.tree = document.tree();
    }

    /** The template the document is bound to. */
    public Template template() {
        return template;
    }

    /** The document. */
    public CaseDocument document() {
        return document;
    }

    /** Draft or final. */
    public DocumentStatus status() {
        return document.status();
    }

    /** Whether the template has a place for the role at all. */
    public boolean hasPlaceFor(Role role) {
        return template.semanticMap().has(role);
    }

    /** The JSON Pointer pattern of the first place of a key (to report a missing value where it belongs). */
    public Optional<String> place(SemanticKey key) {
        return template.semanticMap().entries(key).stream().map(SemanticEntry::pattern).findFirst();
    }

    /** The JSON Pointer pattern of the first place of a role, whatever its dimension or side. */
    public Optional<String> place(Role role) {
        return template.semanticMap().entries(role).stream().map(SemanticEntry::pattern).findFirst();
    }

    // ---- generic access ----------------------------------------------------------------------------------------

    /**
     * Every value of a role, in document order: a {@code String} for TEXT and CODE, one value per element for the
     * list kinds, {@code Boolean}, {@link LocalDate}, {@link OffsetDateTime}; for OBJECT and OBJECT_LIST one value
     * per object, whose value is its JSON Pointer.
     */
    public List<Bound<Object>> values(Role role) {
        return values(template.semanticMap().entries(role));
    }

    /** Every value of a role on one dimension. */
    public List<Bound<Object>> values(Role role, Dimension dimension) {
        return values(template.semanticMap().entries(role, dimension));
    }

    /** Every value of a role on one side. */
    public List<Bound<Object>> values(Role role, Side side) {
        return values(template.semanticMap().entries(role, side));
    }

    /** The first text of a TEXT or CODE role, if present. */
    public Optional<Bound<String>> text(Role role) {
        return first(texts(role));
    }

    /** Every text of a role (each element of a TEXT_LIST or CODE_LIST), in document order. */
    public List<Bound<String>> texts(Role role) {
        return strings(hits(template.semanticMap().entries(role)));
    }

    /** Every text of a role on one dimension. */
    public List<Bound<String>> texts(Role role, Dimension dimension) {
        return strings(hits(template.semanticMap().entries(role, dimension)));
    }

    /** The first value of a BOOLEAN role. */
    public Optional<Bound<Boolean>> flag(Role role) {
        return first(convert(hits(template.semanticMap().entries(role)), Values::bool));
    }

    /** The first value of a DATE role (left out when it is not a valid date). */
    public Optional<Bound<LocalDate>> date(Role role) {
        return first(convert(hits(template.semanticMap().entries(role)), Values::date));
    }

    /** The first value of a DATE_TIME role (left out when it is not a valid date-time with offset). */
    public Optional<Bound<OffsetDateTime>> dateTime(Role role) {
        return first(convert(hits(template.semanticMap().entries(role)), Values::dateTime));
    }

    // ---- dimensions ------------------------------------------------------------------------------------------

    /** The resources found on a dimension. */
    public List<Bound<String>> resources(Dimension d) {
        return texts(Role.DIMENSION_RESOURCES, d);
    }

    /** The challenges found on a dimension. */
    public List<Bound<String>> challenges(Dimension d) {
        return texts(Role.DIMENSION_CHALLENGES, d);
    }

    /** The concrete examples given on a dimension (partners' statements). */
    public List<Bound<String>> concreteExamples(Dimension d) {
        return texts(Role.CONCRETE_EXAMPLES, d);
    }

    /** Whether a dimension is in focus, when the document says. */
    public Optional<Bound<Boolean>> inFocus(Dimension d) {
        return first(convert(hits(template.semanticMap().entries(Role.DIMENSION_IN_FOCUS, d)), Values::bool));
    }

    /** The description of a dimension. */
    public Optional<Bound<String>> description(Dimension d) {
        return first(texts(Role.DIMENSION_DESCRIPTION, d));
    }

    /** Why a dimension is left out of focus. */
    public Optional<Bound<String>> notInFocusReason(Dimension d) {
        return first(texts(Role.DIMENSION_NOT_IN_FOCUS_REASON, d));
    }

    /** The explicit statement that no resources were found on a dimension. */
    public Optional<Bound<String>> noResourcesStatement(Dimension d) {
        return first(texts(Role.DIMENSION_NO_RESOURCES_FOUND, d));
    }

    /** The explicit statement that no challenges were found on a dimension. */
    public Optional<Bound<String>> noChallengesStatement(Dimension d) {
        return first(texts(Role.DIMENSION_NO_CHALLENGES_FOUND, d));
    }

    /** The dimensions the funnel selected (unknown codes left out). */
    public List<Bound<Dimension>> funnelDimensions() {
        return dimensions(hits(template.semanticMap().entries(Role.FUNNEL_DIMENSIONS)));
    }

    // ---- perspectives and analysis ---------------------------------------------------------------------------

    /** The child's own perspective (Barnets lov § 5). */
    public Optional<Bound<String>> childPerspective() {
        return text(Role.CHILD_PERSPECTIVE);
    }

    /** Why the child was not talked with, and how the child's view was otherwise obtained (§ 5). */
    public Optional<Bound<String>> childPerspectiveException() {
        return text(Role.CHILD_PERSPECTIVE_EXCEPTION);
    }

    /** The parents' perspective. */
    public Optional<Bound<String>> parentsPerspective() {
        return text(Role.PARENTS_PERSPECTIVE);
    }

    /** The network's perspective. */
    public Optional<Bound<String>> networkPerspective() {
        return text(Role.NETWORK_PERSPECTIVE);
    }

    /** The analysis of one side of the triangle. */
    public Optional<Bound<String>> analysis(Side side) {
        return first(strings(hits(template.semanticMap().entries(Role.ANALYSIS_SIDE, side))));
    }

    /** The summary and analysis across the three sides. */
    public Optional<Bound<String>> overallAnalysis() {
        return text(Role.ANALYSIS_OVERALL);
    }

    // ---- dates and codes ---------------------------------------------------------------------------------------

    /** The date of the document. */
    public Optional<Bound<LocalDate>> documentDate() {
        return date(Role.DOCUMENT_DATE);
    }

    /** The child's birth date. */
    public Optional<Bound<LocalDate>> childBirthDate() {
        return date(Role.CHILD_BIRTH_DATE);
    }

    /** When the municipality learned of the need (start of the 4 months, Barnets lov § 20, stk. 3). */
    public Optional<Bound<LocalDate>> needKnownDate() {
        return date(Role.NEED_KNOWN_DATE);
    }

    /** The next follow-up date (Barnets lov § 95). */
    public Optional<Bound<LocalDate>> nextFollowUpDate() {
        return date(Role.NEXT_FOLLOW_UP_DATE);
    }

    /** The kind of partner of a partner's statement. */
    public Optional<Bound<String>> partnerType() {
        return text(Role.PARTNER_TYPE);
    }

    // ---- structured parts --------------------------------------------------------------------------------------

    /** The decision on support, when the document has one. */
    public Optional<Decision> decision() {
        return objects(Role.DECISION, "").stream().findFirst().map(d -> new Decision(d.pointer(),
                strings(within(Role.DECISION_LEGAL_BASIS, d)),
                first(convert(within(Role.DECISION_DATE, d), Values::date)),
                text(Role.CHILD_VIEW_OF_SUPPORT), text(Role.PARENTS_VIEW_OF_SUPPORT)));
    }

    /** The goals of a plan, in document order. */
    public List<Goal> goals() {
        return objects(Role.GOALS, "/" + Pointers.ANY).stream().map(g -> new Goal(g.pointer(),
                first(strings(within(Role.GOAL_ID, g))), first(strings(within(Role.GOAL_DESCRIPTION, g))),
                dimensions(within(Role.GOAL_DIMENSIONS, g)), first(strings(within(Role.GOAL_RESPONSIBLE, g))),
                first(strings(within(Role.GOAL_SUCCESS_INDICATOR, g))))).toList();
    }

    /** The measures of a plan, in document order. */
    public List<Measure> measures() {
        return objects(Role.MEASURES, "/" + Pointers.ANY).stream().map(m -> new Measure(m.pointer(),
                first(strings(within(Role.MEASURE_DESCRIPTION, m))),
                first(strings(within(Role.MEASURE_LEGAL_BASIS, m))),
                first(convert(within(Role.MEASURE_START_DATE, m), Values::date)),
                strings(within(Role.MEASURE_GOAL_REFS, m)))).toList();
    }

    /** The follow-ups of goals, in document order. */
    public List<GoalFollowUp> goalFollowUps() {
        return objects(Role.GOAL_FOLLOW_UPS, "/" + Pointers.ANY).stream().map(f -> new GoalFollowUp(f.pointer(),
                first(strings(within(Role.FOLLOW_UP_GOAL_REF, f))),
                first(strings(within(Role.FOLLOW_UP_PROGRESS, f))),
                first(strings(within(Role.MEASURE_DECISION, f))),
                first(strings(within(Role.CHILD_PERSPECTIVE, f))),
                first(strings(within(Role.PARENTS_PERSPECTIVE, f))))).toList();
    }

    /** The partners' information in an investigation, in document order. */
    public List<PartnerInformation> partnerInformation() {
        return objects(Role.PARTNER_INFORMATION, "/" + Pointers.ANY).stream().map(p -> new PartnerInformation(
                p.pointer(), first(strings(within(Role.PARTNER_TYPE, p))),
                first(strings(within(Role.PARTNER_SUMMARY, p))))).toList();
    }

    /** The template and status only: the content is personal data. */
    @Override
    public String toString() {
        return "BoundDocument[" + template.ref() + ", " + document.status() + "]";
    }

    // ---- machinery ---------------------------------------------------------------------------------------------

    /** An object found for a container role: its concrete pointer and the pattern it was found by. */
    private record Found(String pattern, String pointer) {
    }

    private List<Found> objects(Role container, String suffix) {
        List<Found> out = new ArrayList<>();
        for (SemanticEntry e : template.semanticMap().entries(container)) {
            String pattern = e.pattern() + suffix;
            for (Hit h : resolve(pattern)) {
                if (h.node().isObject()) {
                    out.add(new Found(pattern, h.pointer()));
                }
            }
        }
        return out;
    }

    private List<Hit> within(Role role, Found container) {
        List<Hit> out = new ArrayList<>();
        for (SemanticEntry e : template.semanticMap().entries(role)) {
            out.addAll(Pointers.resolveWithin(tree, e.pattern(), container.pattern(), container.pointer()));
        }
        return out;
    }

    /** The nodes at the places of the given entries. */
    List<Hit> hits(List<SemanticEntry> entries) {
        List<Hit> out = new ArrayList<>();
        for (SemanticEntry e : entries) {
            out.addAll(resolve(e.pattern()));
        }
        return out;
    }

    private List<Bound<Object>> values(List<SemanticEntry> entries) {
        if (entries.size() == 1) {
            return valuesAt(entries.get(0));
        }
        List<Bound<Object>> out = new ArrayList<>();
        for (SemanticEntry e : entries) {
            out.addAll(valuesAt(e));
        }
        return Collections.unmodifiableList(out);
    }

    /** The values at one place, from the cache (an unmodifiable list). */
    private List<Bound<Object>> valuesAt(SemanticEntry e) {
        ValueKind kind = e.role().kind();
        PlaceValues cached = valuesByPlace.get(e.pattern());
        if (cached != null && cached.kind() == kind) {
            return cached.values();
        }
        List<Bound<Object>> values = Collections.unmodifiableList(readValues(e));
        if (cached == null) {
            valuesByPlace.putIfAbsent(e.pattern(), new PlaceValues(kind, values));
        }
        return values;
    }

    /** The values read at a place as one kind. */
    private record PlaceValues(ValueKind kind, List<Bound<Object>> values) {
    }

    private List<Bound<Object>> readValues(SemanticEntry e) {
        List<Bound<Object>> out = new ArrayList<>();
        ValueKind kind = e.role().kind();
        for (Hit h : resolve(e.pattern())) {
            switch (kind) {
                case TEXT, CODE -> addIfPresent(out, string(h));
                case TEXT_LIST, CODE_LIST -> addStrings(out, h);
                case BOOLEAN -> addIfPresent(out, bool(h));
                case DATE -> addIfPresent(out, Values.date(h));
                case DATE_TIME -> addIfPresent(out, Values.dateTime(h));
                case OBJECT -> {
                    if (h.node().isObject()) {
                        out.add(new Bound<>(h.pointer(), h.pointer()));
                    }
                }
                case OBJECT_LIST -> elements(h).stream().filter(x -> x.node().isObject())
                        .forEach(x -> out.add(new Bound<>(x.pointer(), x.pointer())));
            }
        }
        return out;
    }

    /** The nodes a place pattern finds, from the cache (an unmodifiable list). */
    private List<Hit> resolve(String pattern) {
        List<Hit> hits = resolved.get(pattern);
        if (hits == null) {
            hits = List.copyOf(Pointers.resolve(tree, pattern));
            resolved.putIfAbsent(pattern, hits);
        }
        return hits;
    }

    /** Adds a value as it is: a {@link Bound} is immutable, so one of any type may be read as one of Object. */
    @SuppressWarnings("unchecked")
    private static void addIfPresent(List<Bound<Object>> out, Bound<?> b) {
        if (b != null) {
            out.add((Bound<Object>) b);
        }
    }

    /** Adds the texts of a list place (each string element of an array, or the string itself). */
    private static void addStrings(List<Bound<Object>> out, Hit h) {
        JsonNode n = h.node();
        if (!n.isArray()) {
            addIfPresent(out, string(h));
            return;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode x = n.get(i);
            if (x.isString()) {
                out.add(new Bound<>(x.asString(), h.pointer() + "/" + i));
            }
        }
    }
}
