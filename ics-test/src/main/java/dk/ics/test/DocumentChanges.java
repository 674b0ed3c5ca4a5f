package dk.ics.test;

import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.templates.Role;
import dk.ics.templates.SemanticKey;
import dk.ics.test.internal.Trees;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The named changes of a {@link DocumentFixture}, each made by ICS role through the template's semantic map. Every
 * change says which rule or constraint it is meant to exercise where it is made for one.
 */
public abstract sealed class DocumentChanges permits DocumentFixture {

    DocumentChanges() {
    }

    abstract ObjectNode tree();

    abstract List<String> places(SemanticKey key);

    abstract List<String> places(Role role);

    /** Removes every place of a role (whatever its dimension or side). */
    public abstract DocumentFixture without(Role role);

    /** Removes the places of a role on a dimension. */
    public abstract DocumentFixture without(Role role, Dimension dimension);

    /** Removes the places of a role on a side. */
    public abstract DocumentFixture without(Role role, Side side);

    /** Sets a role's value. */
    public abstract DocumentFixture with(Role role, Object value);

    /** Sets a role's value on a dimension. */
    public abstract DocumentFixture with(Role role, Dimension dimension, Object value);

    /** Sets a role's value in one item of the array it lives in. */
    public abstract DocumentFixture withIn(Role role, int index, Object value);

    /** Removes a role's value from one item of the array it lives in. */
    public abstract DocumentFixture withoutIn(Role role, int index);

    private DocumentFixture self() {
        return (DocumentFixture) this;
    }

    private boolean has(Role role) {
        return places(role).stream().anyMatch(p -> Trees.exists(tree(), p));
    }

    private boolean has(Role role, Dimension d) {
        return places(SemanticKey.of(role, d)).stream().anyMatch(p -> Trees.exists(tree(), p));
    }

    /** The document as a draft (missing content becomes a warning, rule errors warnings). */
    public DocumentFixture draft() {
        tree().put("status", "DRAFT");
        return self();
    }

    /** The document as final (the default of every built-in fixture). */
    public DocumentFixture asFinal() {
        tree().put("status", "FINAL");
        return self();
    }

    /** Without the child's perspective and without an exception for it (Barnets lov § 5; ICS-BFU-006). */
    public DocumentFixture withoutChildPerspective() {
        boolean removed = false;
        for (Role r : List.of(Role.CHILD_PERSPECTIVE, Role.CHILD_PERSPECTIVE_EXCEPTION)) {
            if (has(r)) {
                without(r);
                removed = true;
            }
        }
        return removed ? self() : without(Role.CHILD_PERSPECTIVE);
    }

    /** The child's perspective replaced by the reason why the child was not talked with. */
    public DocumentFixture withChildPerspectiveException(String reason) {
        without(Role.CHILD_PERSPECTIVE);
        return with(Role.CHILD_PERSPECTIVE_EXCEPTION, reason);
    }

    /** Without the parents' perspective (ICS-BFU-007). */
    public DocumentFixture withoutParentsPerspective() {
        return without(Role.PARENTS_PERSPECTIVE);
    }

    /** Without the network's perspective (ICS-BFU-008). */
    public DocumentFixture withoutNetworkPerspective() {
        return without(Role.NETWORK_PERSPECTIVE);
    }

    /**
     * A dimension left out of focus, coherently: not in focus, with a reason, its content removed, and taken out of
     * the funnel's dimensions. The document stays valid.
     */
    public DocumentFixture withDimensionOutOfFocus(Dimension d) {
        with(Role.DIMENSION_IN_FOCUS, d, false);
        for (Role r : List.of(Role.DIMENSION_DESCRIPTION, Role.DIMENSION_RESOURCES, Role.DIMENSION_CHALLENGES,
                Role.DIMENSION_NO_RESOURCES_FOUND, Role.DIMENSION_NO_CHALLENGES_FOUND, Role.CONCRETE_EXAMPLES)) {
            if (has(r, d)) {
                without(r, d);
            }
        }
        with(Role.DIMENSION_NOT_IN_FOCUS_REASON, d,
                "Dimensionen er ikke udvalgt i tragten; der er ikke oplysninger, der giver anledning til bekymring.");
        return withoutFunnelDimension(d);
    }

    /** A dimension taken out of the funnel's dimensions (when the template has them), its content left as it is. */
    public DocumentFixture withoutFunnelDimension(Dimension d) {
        for (String p : places(Role.FUNNEL_DIMENSIONS)) {
            for (JsonNode list : Trees.values(tree(), p)) {
                List<String> kept = new ArrayList<>();
                list.forEach(n -> {
                    if (!n.asString().equals(d.code())) {
                        kept.add(n.asString());
                    }
                });
                Trees.set(tree(), p, Trees.value(kept));
            }
        }
        return self();
    }

    /** A dimension out of focus but left in the funnel's dimensions (ICS-BFU-013). */
    public DocumentFixture withFunnelDimensionOutOfFocus(Dimension d) {
        List<String> funnel = new ArrayList<>();
        for (String p : places(Role.FUNNEL_DIMENSIONS)) {
            Trees.values(tree(), p).forEach(list -> list.forEach(n -> funnel.add(n.asString())));
        }
        withDimensionOutOfFocus(d);
        if (!funnel.contains(d.code())) {
            funnel.add(d.code());
        }
        return with(Role.FUNNEL_DIMENSIONS, funnel);
    }

    /** Without the description of a dimension (ICS-BFU-002). */
    public DocumentFixture withoutDescription(Dimension d) {
        return without(Role.DIMENSION_DESCRIPTION, d);
    }

    /** Without the resources of a dimension, and no statement that none were found (ICS-BFU-003, ICS-PART-001). */
    public DocumentFixture withoutResources(Dimension d) {
        return without(Role.DIMENSION_RESOURCES, d);
    }

    /** Without the challenges of a dimension, and no statement that none were found (ICS-BFU-004). */
    public DocumentFixture withoutChallenges(Dimension d) {
        return without(Role.DIMENSION_CHALLENGES, d);
    }

    /** The resources of a dimension replaced by the statement that none were found (valid). */
    public DocumentFixture withNoResourcesFound(Dimension d) {
        without(Role.DIMENSION_RESOURCES, d);
        return with(Role.DIMENSION_NO_RESOURCES_FOUND, d, "Der er ikke fundet ressourcer på dette område.");
    }

    /** Without the analysis of one side of the triangle (ICS-BFU-009). */
    public DocumentFixture withoutAnalysisOf(Side side) {
        return without(Role.ANALYSIS_SIDE, side);
    }

    /** The decision without its legal basis (ICS-BFU-010). */
    public DocumentFixture withoutDecisionLegalBasis() {
        return without(Role.DECISION_LEGAL_BASIS);
    }

    /** The decision on the given legal bases ({@code BL_32}, {@code BL_46}, {@code BL_47} or {@code NONE}). */
    public DocumentFixture withDecisionLegalBasis(String... codes) {
        return with(Role.DECISION_LEGAL_BASIS, Arrays.asList(codes));
    }

    /** The decision without the child's view of the support (ICS-BFU-011). */
    public DocumentFixture withoutChildViewOfSupport() {
        return without(Role.CHILD_VIEW_OF_SUPPORT);
    }

    /** The document dated on a day (moves the document's own deadlines, e.g. ICS-BFU-012, ICS-PLAN-005). */
    public DocumentFixture withDocumentDate(LocalDate day) {
        return with(Role.DOCUMENT_DATE, day);
    }

    /** The day the municipality learned of the need (the start of the investigation's 4 months). */
    public DocumentFixture withNeedKnownDate(LocalDate day) {
        return with(Role.NEED_KNOWN_DATE, day);
    }

    /** The child's birth date (e.g. 16 or older for ICS-PLAN-007). */
    public DocumentFixture withChildBornOn(LocalDate day) {
        return with(Role.CHILD_BIRTH_DATE, day);
    }

    /** A preliminary assessment (foreløbig vurdering) recorded. */
    public DocumentFixture withPreliminaryAssessment(String text) {
        return with(Role.PRELIMINARY_ASSESSMENT, text);
    }

    /** The first goal without someone responsible (ICS-PLAN-002). */
    public DocumentFixture withGoalWithoutResponsible() {
        return withoutIn(Role.GOAL_RESPONSIBLE, 0);
    }

    /** The first goal without a success indicator (ICS-PLAN-003). */
    public DocumentFixture withGoalWithoutSuccessIndicator() {
        return withoutIn(Role.GOAL_SUCCESS_INDICATOR, 0);
    }

    /** A goal (by index) on other dimensions (e.g. one without a challenge in the investigation: ICS-PLAN-001). */
    public DocumentFixture withGoalOnDimensions(int goal, Dimension... dimensions) {
        return withIn(Role.GOAL_DIMENSIONS, goal, Arrays.stream(dimensions).map(Dimension::code).toList());
    }

    /** Without the child's wishes (ICS-PLAN-004). */
    public DocumentFixture withoutChildWishes() {
        return without(Role.CHILD_WISHES);
    }

    /** Without the part on the transition to adult life. */
    public DocumentFixture withoutTransitionToAdulthood() {
        return without(Role.TRANSITION_TO_ADULTHOOD);
    }

    /** One goal's follow-up removed, by index (ICS-OPF-001). */
    public DocumentFixture withoutGoalFollowUp(int index) {
        for (String p : places(Role.GOAL_FOLLOW_UPS)) {
            if (Trees.remove(tree(), p + "/" + index) > 0) {
                return self();
            }
        }
        throw new IllegalStateException("no goal follow-up " + index + " to remove");
    }

    /** Without the date of the next follow-up (ICS-OPF-003). */
    public DocumentFixture withoutNextFollowUpDate() {
        return without(Role.NEXT_FOLLOW_UP_DATE);
    }

    /** The next follow-up on a day. */
    public DocumentFixture withNextFollowUpDate(LocalDate day) {
        return with(Role.NEXT_FOLLOW_UP_DATE, day);
    }

    /** The notification about abuse, without a talk with the child (ICS-UND-002). */
    public DocumentFixture aboutAbuse() {
        if (has(Role.CHILD_TALK_DATE)) {
            without(Role.CHILD_TALK_DATE);
        }
        return with(Role.NOTIFICATION_CONCERNS_ABUSE, true);
    }

    /** A talk with the child on a day. */
    public DocumentFixture withChildTalkOn(LocalDate day) {
        return with(Role.CHILD_TALK_DATE, day);
    }

    /** The notification assessed at a time (25 hours after receipt for ICS-UND-001). */
    public DocumentFixture assessedAt(OffsetDateTime t) {
        return with(Role.ASSESSED_AT, t.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")));
    }

    /** The time the notification was received. */
    public OffsetDateTime receivedAt() {
        for (String p : places(Role.NOTIFICATION_RECEIVED_AT)) {
            for (JsonNode n : Trees.values(tree(), p)) {
                return OffsetDateTime.parse(n.asString());
            }
        }
        throw new IllegalStateException("the document has no time of receipt");
    }
}
