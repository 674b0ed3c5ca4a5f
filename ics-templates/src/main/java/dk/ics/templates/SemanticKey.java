package dk.ics.templates;

import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import java.util.Objects;

/**
 * What a place in a template means in ICS: a role, with its dimension or side where the role has one.
 *
 * @param role      the role
 * @param dimension the dimension, for the roles that need one; otherwise {@code null}
 * @param side      the side, for {@link Role#ANALYSIS_SIDE}; otherwise {@code null}
 */
public record SemanticKey(Role role, Dimension dimension, Side side) {

    /** Checks that the role is present. */
    public SemanticKey {
        Objects.requireNonNull(role, "role");
    }

    /** A key with no dimension or side. */
    public static SemanticKey of(Role role) {
        return new SemanticKey(role, null, null);
    }

    /** A key for a role on a dimension. */
    public static SemanticKey of(Role role, Dimension dimension) {
        return new SemanticKey(role, dimension, null);
    }

    /** A key for a role on a side. */
    public static SemanticKey of(Role role, Side side) {
        return new SemanticKey(role, null, side);
    }

    /** The dimension or side code, or {@code ""} when there is none: used in messages after the role. */
    public String scope() {
        return dimension != null ? dimension.code() : side != null ? side.code() : "";
    }

    /** The short form {@code ROLE} or {@code ROLE/SCOPE}. */
    @Override
    public String toString() {
        return scope().isEmpty() ? role.code() : role.code() + "/" + scope();
    }
}
