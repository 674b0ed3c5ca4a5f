package dk.ics.validation.internal.rules;

import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.templates.Bound;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.DocumentStatus;
import dk.ics.templates.Role;
import dk.ics.templates.SemanticKey;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in rules' view of a bound document, or of one object in it (a goal, a measure, a follow-up of a goal):
 * reads by ICS role only, through the binding, and gives the JSON Pointer to report at, whether the value is there
 * or not. A thin, stateless wrapper made per use.
 */
final class Doc {

    private static final Set<Role> DIMENSION_CONTENT = Set.of(Role.DIMENSION_DESCRIPTION, Role.DIMENSION_RESOURCES,
            Role.DIMENSION_CHALLENGES, Role.DIMENSION_NO_RESOURCES_FOUND, Role.DIMENSION_NO_CHALLENGES_FOUND,
            Role.CONCRETE_EXAMPLES);

    private final BoundDocument bound;
    /** The pointer of the object this view is scoped to; {@code ""} for the whole document. */
    private final String scope;

    private Doc(BoundDocument bound, String scope) {
        this.bound = bound;
        this.scope = scope;
    }

    /** The whole document. */
    static Doc of(BoundDocument bound) {
        return new Doc(bound, "");
    }

    /** Whether the document is final (a draft is not finished). */
    boolean isFinal() {
        return bound.status() == DocumentStatus.FINAL;
    }

    /** Whether the document is a partner's statement: it names its partner but gathers no partners' information. */
    boolean isPartnerStatement() {
        return bound.hasPlaceFor(Role.PARTNER_TYPE) && !bound.hasPlaceFor(Role.PARTNER_INFORMATION);
    }

    // ---- values, scoped ----------------------------------------------------------------------------------------

    private List<Bound<Object>> scoped(List<Bound<Object>> values) {
        if (scope.isEmpty()) {
            return values;
        }
        String prefix = scope + "/";
        return values.stream().filter(b -> b.pointer().startsWith(prefix)).toList();
    }

    private List<Bound<Object>> values(Role role) {
        return scoped(bound.values(role));
    }

    private List<Bound<Object>> values(Role role, Dimension d) {
        return scoped(bound.values(role, d));
    }

    private List<Bound<Object>> values(Role role, Side s) {
        return scoped(bound.values(role, s));
    }

    private static List<String> texts(List<Bound<Object>> values) {
        List<String> out = new ArrayList<>();
        for (Bound<Object> b : values) {
            if (b.value() instanceof String s && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The first non-blank text of a role. */
    Optional<String> text(Role role) {
        for (Bound<Object> b : values(role)) {
            if (b.value() instanceof String s && !s.isBlank()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether a role has a non-blank text. */
    boolean hasText(Role role) {
        return text(role).isPresent();
    }

    /** Whether a role on a dimension has a non-blank text. */
    boolean hasText(Role role, Dimension d) {
        return hasText(values(role, d));
    }

    /** Whether a role on a side has a non-blank text. */
    boolean hasText(Role role, Side s) {
        return hasText(values(role, s));
    }

    private static boolean hasText(List<Bound<Object>> values) {
        for (Bound<Object> b : values) {
            if (b.value() instanceof String s && !s.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The length of the first non-blank text of a role on a dimension, without surrounding blanks; 0 if none. */
    int textLength(Role role, Dimension d) {
        for (Bound<Object> b : values(role, d)) {
            if (b.value() instanceof String s && !s.isBlank()) {
                return s.strip().length();
            }
        }
        return 0;
    }

    /** The number of non-blank texts of a role on a dimension (the entries of a list). */
    int count(Role role, Dimension d) {
        int n = 0;
        for (Bound<Object> b : values(role, d)) {
            if (b.value() instanceof String s && !s.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** The codes of a CODE or CODE_LIST role. */
    List<String> codes(Role role) {
        return texts(values(role)).stream().map(String::strip).toList();
    }

    /** The dimensions named by a CODE_LIST role; unknown codes are left out (the schema check reports them). */
    List<Dimension> dimensions(Role role) {
        List<Dimension> out = new ArrayList<>();
        for (String code : codes(role)) {
            for (Dimension d : Dimension.values()) {
                if (d.code().equals(code) && !out.contains(d)) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** The first valid date of a DATE role. */
    Optional<LocalDate> date(Role role) {
        return first(values(role), LocalDate.class);
    }

    /** The first valid date-time of a DATE_TIME role. */
    Optional<OffsetDateTime> dateTime(Role role) {
        return first(values(role), OffsetDateTime.class);
    }

    /** The first value of a BOOLEAN role. */
    Optional<Boolean> bool(Role role) {
        return first(values(role), Boolean.class);
    }

    /** The first value of a type (a loop, not a stream: the rules ask for these many times per document). */
    private static <T> Optional<T> first(List<Bound<Object>> values, Class<T> type) {
        for (Bound<Object> b : values) {
            if (type.isInstance(b.value())) {
                return Optional.of(type.cast(b.value()));
            }
        }
        return Optional.empty();
    }

    /** The objects of an OBJECT_LIST role (goals, measures, follow-ups of goals), each as a scoped view. */
    List<Doc> items(Role container) {
        return values(container).stream().map(b -> new Doc(bound, b.pointer())).toList();
    }

    // ---- dimensions --------------------------------------------------------------------------------------------

    /** The dimensions the template has a place for, in triangle order. */
    private Set<Dimension> templateDimensions() {
        return bound.template().semanticMap().dimensions();
    }

    private Optional<Boolean> inFocus(Dimension d) {
        return first(values(Role.DIMENSION_IN_FOCUS, d), Boolean.class);
    }

    /** The dimensions in focus: those not explicitly left out of focus, among those the template has. */
    List<Dimension> dimensionsInFocus() {
        return templateDimensions().stream().filter(d -> inFocus(d).orElse(true)).toList();
    }

    /** The dimensions explicitly left out of focus. */
    List<Dimension> dimensionsOutOfFocus() {
        return templateDimensions().stream().filter(d -> !inFocus(d).orElse(true)).toList();
    }

    /** The dimensions the document says anything about (a description, resources, challenges, examples). */
    List<Dimension> dimensionsCovered() {
        return templateDimensions().stream()
                .filter(d -> DIMENSION_CONTENT.stream().anyMatch(r -> hasText(values(r, d)))).toList();
    }

    // ---- where to report ---------------------------------------------------------------------------------------

    /** The pointer of a role's first value, else of its place in the template (in this object), else the object. */
    String at(Role role) {
        return pointer(values(role), bound.place(role));
    }

    /** The pointer of a role on a dimension: its first value, else its place in the template. */
    String at(Role role, Dimension d) {
        return pointer(values(role, d), bound.place(SemanticKey.of(role, d)));
    }

    /** The pointer of a role on a side: its first value, else its place in the template. */
    String at(Role role, Side s) {
        return pointer(values(role, s), bound.place(SemanticKey.of(role, s)));
    }

    private String pointer(List<Bound<Object>> values, Optional<String> pattern) {
        if (!values.isEmpty()) {
            return values.get(0).pointer();
        }
        return pattern.map(this::concrete).orElse(scope);
    }

    /**
     * A place pattern made concrete for this view: the {@code *} segments take the indexes of this object's pointer.
     * A pattern that still has a {@code *} (a place inside an array this view is not scoped to) gives the view's
     * own pointer.
     */
    private String concrete(String pattern) {
        String[] p = pattern.split("/", -1);
        String[] s = scope.split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < p.length; i++) {
            String seg = p[i];
            if ("*".equals(seg)) {
                if (i < s.length) {
                    seg = s[i];
                } else {
                    return scope;
                }
            } else if (i < s.length && !seg.equals(s[i])) {
                return scope;
            }
            out.append('/').append(seg);
        }
        return out.toString();
    }
}
