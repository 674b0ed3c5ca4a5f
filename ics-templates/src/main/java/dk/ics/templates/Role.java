package dk.ics.templates;

import static dk.ics.templates.ValueKind.BOOLEAN;
import static dk.ics.templates.ValueKind.CODE;
import static dk.ics.templates.ValueKind.CODE_LIST;
import static dk.ics.templates.ValueKind.DATE;
import static dk.ics.templates.ValueKind.DATE_TIME;
import static dk.ics.templates.ValueKind.OBJECT;
import static dk.ics.templates.ValueKind.OBJECT_LIST;
import static dk.ics.templates.ValueKind.TEXT;
import static dk.ics.templates.ValueKind.TEXT_LIST;

import dk.ics.model.LocalizedText;
import dk.ics.model.triangle.Dimension;
import dk.ics.templates.internal.Fields;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ICS roles a template's {@code x-ics} annotation may give a property: what the property <em>means</em> in ICS,
 * whatever it is called and wherever it sits. The roles, their kinds and placement rules are those of
 * {@code ics-templates/VOCABULARY.md}; the template meta-schema lists the same roles (a test keeps the two in step).
 */
public enum Role {
    // Common to several templates
    /** The child's pseudonymous id in the case system. */
    CHILD_REF(TEXT),
    /** The child's birth date (or expected birth date). */
    CHILD_BIRTH_DATE(DATE),
    /** The date of the document. */
    DOCUMENT_DATE(DATE),
    /** Barnets perspektiv: the child's own view, from a conversation (Barnets lov § 5). */
    CHILD_PERSPECTIVE(TEXT),
    /** Why the child was not talked with, and how the child's view was otherwise obtained (Barnets lov § 5). */
    CHILD_PERSPECTIVE_EXCEPTION(TEXT),
    /** Forældrenes perspektiv: the parents' view. */
    PARENTS_PERSPECTIVE(TEXT),
    /** Netværkets perspektiv: the network's view. */
    NETWORK_PERSPECTIVE(TEXT),
    /** Groups what is said about one dimension. */
    DIMENSION(OBJECT, Needs.DIMENSION, null),
    /** Whether the dimension is in focus (from the funnel); {@code false} switches off its content. */
    DIMENSION_IN_FOCUS(BOOLEAN, Needs.DIMENSION, "DIMENSION"),
    /** Why a dimension is left out of focus. */
    DIMENSION_NOT_IN_FOCUS_REASON(TEXT, Needs.DIMENSION, null),
    /** Beskrivelse: the description of a dimension. */
    DIMENSION_DESCRIPTION(TEXT, Needs.DIMENSION, null),
    /** Ressourcer: the resources found on a dimension. */
    DIMENSION_RESOURCES(TEXT_LIST, Needs.DIMENSION, null),
    /** Udfordringer: the challenges found on a dimension. */
    DIMENSION_CHALLENGES(TEXT_LIST, Needs.DIMENSION, null),
    /** An explicit statement that no resources were found on a dimension. */
    DIMENSION_NO_RESOURCES_FOUND(TEXT, Needs.DIMENSION, null),
    /** An explicit statement that no challenges were found on a dimension. */
    DIMENSION_NO_CHALLENGES_FOUND(TEXT, Needs.DIMENSION, null),
    /** Concrete examples of the child's situation and behaviour (partners' statements). */
    CONCRETE_EXAMPLES(TEXT_LIST, Needs.DIMENSION, null),

    // Underretning and its assessment within 24 hours
    /** When the notification was received. */
    NOTIFICATION_RECEIVED_AT(DATE_TIME),
    /** Who notified. */
    NOTIFIER_TYPE(CODE, null, List.of("PROFESSIONAL", "PRIVATE", "ANONYMOUS", "CHILD")),
    /** The concern, described (not labelled). */
    NOTIFICATION_CONCERN(TEXT),
    /** The notification concerns abuse (overgreb). */
    NOTIFICATION_CONCERNS_ABUSE(BOOLEAN),
    /** The assessment within 24 hours. */
    ASSESSMENT_24H(OBJECT),
    /** When the notification was assessed. */
    ASSESSED_AT(DATE_TIME, Needs.NOTHING, "ASSESSMENT_24H"),
    /** The child's health or development is in danger and acute action is needed. */
    ACUTE_DANGER(BOOLEAN, Needs.NOTHING, "ASSESSMENT_24H"),
    /** A reasoned assessment (any template). */
    ASSESSMENT_TEXT(TEXT),
    /** Acute measures taken. */
    ACUTE_MEASURES(TEXT, Needs.NOTHING, "ASSESSMENT_24H"),
    /** The date of the talk with the child (Barnets lov § 137). */
    CHILD_TALK_DATE(DATE),
    /** The next step of the case. */
    NEXT_STEP(CODE, null, List.of("NONE", "AFDAEKNING", "SCREENING", "BFU", "SUPPORT_32", "ACUTE_PLACEMENT")),

    // Afdækning
    /** The circumstances looked into (Barnets lov § 19). */
    AFDAEKNING_CIRCUMSTANCES(TEXT_LIST),
    /** The conclusion of the afdækning. */
    AFDAEKNING_CONCLUSION(TEXT),

    // Børnefaglig undersøgelse
    /** When the municipality learned of the need: the start of the 4 months (Barnets lov § 20, stk. 3). */
    NEED_KNOWN_DATE(DATE),
    /** The reason for and background of the investigation. */
    BACKGROUND(TEXT),
    /** The dimensions the funnel (tragtmodellen) selected for the investigation. */
    FUNNEL_DIMENSIONS(CODE_LIST, null, dimensionCodes()),
    /** Information from partners. */
    PARTNER_INFORMATION(OBJECT_LIST),
    /** The kind of partner. */
    PARTNER_TYPE(CODE, null,
            List.of("SCHOOL", "DAY_CARE", "HEALTH_VISITOR", "CLUB", "DOCTOR", "PSYCHOLOGIST", "OTHER")),
    /** What the partner said. */
    PARTNER_SUMMARY(TEXT, Needs.NOTHING, "PARTNER_INFORMATION"),
    /** The analysis of one side of the triangle. */
    ANALYSIS_SIDE(TEXT, Needs.SIDE, null),
    /** The summary and analysis across the three sides. */
    ANALYSIS_OVERALL(TEXT),
    /** The foreløbig vurdering when the 4 months cannot be kept (Barnets lov § 20, stk. 3). */
    PRELIMINARY_ASSESSMENT(TEXT),
    /** The assessment and decision on support. */
    DECISION(OBJECT),
    /** The legal bases of the decision (Barnets lov §§ 32, 46, 47). */
    DECISION_LEGAL_BASIS(CODE_LIST, "DECISION", List.of("BL_32", "BL_46", "BL_47", "NONE")),
    /** The date of the decision. */
    DECISION_DATE(DATE, Needs.NOTHING, "DECISION"),
    /** The child's view of the support (Barnets lov § 22). */
    CHILD_VIEW_OF_SUPPORT(TEXT),
    /** The parents' view of the support (Barnets lov § 22). */
    PARENTS_VIEW_OF_SUPPORT(TEXT),

    // Barnets plan and ungeplan
    /** The purpose of the measure. */
    PLAN_PURPOSE(TEXT),
    /** The child's wishes (Barnets lov § 92). */
    CHILD_WISHES(TEXT),
    /** The parents' wishes. */
    PARENTS_WISHES(TEXT),
    /** The goals of the plan. */
    GOALS(OBJECT_LIST),
    /** A stable id of a goal, referred to by measures and follow-ups. */
    GOAL_ID(TEXT, Needs.NOTHING, "GOALS"),
    /** The goal for the child's well-being and development. */
    GOAL_DESCRIPTION(TEXT, Needs.NOTHING, "GOALS"),
    /** The dimensions a goal addresses. */
    GOAL_DIMENSIONS(CODE_LIST, "GOALS", dimensionCodes()),
    /** Who is responsible for a goal. */
    GOAL_RESPONSIBLE(TEXT, Needs.NOTHING, "GOALS"),
    /** How we will know a goal is reached. */
    GOAL_SUCCESS_INDICATOR(TEXT, Needs.NOTHING, "GOALS"),
    /** The measures of the plan. */
    MEASURES(OBJECT_LIST),
    /** A measure, described. */
    MEASURE_DESCRIPTION(TEXT, Needs.NOTHING, "MEASURES"),
    /** The legal basis of a measure. */
    MEASURE_LEGAL_BASIS(CODE, "MEASURES", List.of("BL_32", "BL_46", "BL_47", "OTHER")),
    /** When a measure starts. */
    MEASURE_START_DATE(DATE, Needs.NOTHING, "MEASURES"),
    /** The goal ids a measure serves. */
    MEASURE_GOAL_REFS(TEXT_LIST, Needs.NOTHING, "MEASURES"),
    /** Ungeplan: the transition to adult life (education, work, housing, health, network; Barnets lov § 108). */
    TRANSITION_TO_ADULTHOOD(TEXT),

    // Opfølgning
    /** The follow-ups, one per goal of the plan. */
    GOAL_FOLLOW_UPS(OBJECT_LIST),
    /** The goal id followed up. */
    FOLLOW_UP_GOAL_REF(TEXT, Needs.NOTHING, "GOAL_FOLLOW_UPS"),
    /** The progress towards the goal. */
    FOLLOW_UP_PROGRESS(TEXT, Needs.NOTHING, "GOAL_FOLLOW_UPS"),
    /** What was decided about the measure. */
    MEASURE_DECISION(CODE, "GOAL_FOLLOW_UPS", List.of("CONTINUED", "CHANGED", "ENDED")),
    /** The next follow-up date (Barnets lov § 95). */
    NEXT_FOLLOW_UP_DATE(DATE),
    /** Why the next follow-up is on that date. */
    NEXT_FOLLOW_UP_JUSTIFICATION(TEXT);

    /** What an annotation with a role must carry besides the role. */
    private enum Needs { NOTHING, DIMENSION, SIDE }

    private final ValueKind kind;
    private final Needs needs;
    private final String container;
    private final List<String> codes;

    Role(ValueKind kind) {
        this(kind, Needs.NOTHING, null);
    }

    Role(ValueKind kind, Needs needs, String container) {
        this.kind = kind;
        this.needs = needs;
        this.container = container;
        this.codes = List.of();
    }

    Role(ValueKind kind, String container, List<String> codes) {
        this.kind = kind;
        this.needs = Needs.NOTHING;
        this.container = container;
        this.codes = codes;
    }

    private static List<String> dimensionCodes() {
        return Arrays.stream(Dimension.values()).map(Dimension::code).toList();
    }

    /** The stable code, as written in a template's {@code x-ics} annotation. */
    public String code() {
        return name();
    }

    /** The role's name in Danish and English, as a message shows it: "barnets perspektiv". */
    public LocalizedText label() {
        return Fields.roleLabel(this);
    }

    /** The kind of value the role holds. */
    public ValueKind kind() {
        return kind;
    }

    /** ONE, or MANY for the list kinds. */
    public ValueKind.Cardinality cardinality() {
        return kind.cardinality();
    }

    /** Whether the annotation needs a dimension (given on the property or inherited from its DIMENSION container). */
    public boolean needsDimension() {
        return needs == Needs.DIMENSION;
    }

    /** Whether the annotation needs a side. */
    public boolean needsSide() {
        return needs == Needs.SIDE;
    }

    /** The role the property must be placed under (at any depth), if any. */
    public Optional<Role> container() {
        return Optional.ofNullable(container).map(Role::valueOf);
    }

    /** The codes a CODE or CODE_LIST role's values come from; empty for the other kinds. */
    public List<String> codes() {
        return codes;
    }

    /**
     * The role with the given code.
     *
     * @throws dk.ics.model.IcsUnknownCodeException naming the known roles
     */
    public static Role fromCode(String code) {
        for (Role r : values()) {
            if (r.name().equals(code)) {
                return r;
            }
        }
        throw new dk.ics.model.IcsUnknownCodeException(dk.ics.model.Location.UNKNOWN, "role", code,
                Arrays.stream(values()).map(Role::name).toList());
    }
}
