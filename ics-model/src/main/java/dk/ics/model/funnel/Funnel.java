package dk.ics.model.funnel;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.internal.ReferenceData;
import dk.ics.model.triangle.Dimension;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The funnel model (tragtmodellen) of one investigation: the concern, the hypotheses about it, and the focus points
 * that narrow the investigation down to what is needed and no more. The dimensions the investigation must cover are
 * <em>derived</em> from the focus points ({@link #dimensionsToCover()}), never typed a second time.
 *
 * <p>The shape (concern → hypotheses → focus points → dimensions) is this library's model of the method [ours]. Its
 * rules, checked on construction, so an invalid funnel cannot exist:
 * <ul>
 *   <li>hypothesis ids and focus point ids are unique;</li>
 *   <li>a focus point that names a hypothesis must name one in this funnel, and its dimensions must be among that
 *       hypothesis's dimensions (a question tests its hypothesis);</li>
 *   <li>a focus point that names no hypothesis follows from the concern directly, so its dimensions must be among
 *       the concern's.</li>
 * </ul>
 * Hypotheses may reach beyond the concern's dimensions: the method asks them to use all three sides.
 *
 * <pre>{@code
 * Funnel f = Funnel.builder()
 *         .concern(Concern.of("…", Dimension.UDVIKLING_OG_ADFAERD))
 *         .hypothesis(Hypothesis.of("H1", "…", Dimension.TRYGT_OMSORGSMILJOE))
 *         .focusPoint(FocusPoint.of("F1", "…", "H1", Set.of(Dimension.TRYGT_OMSORGSMILJOE),
 *                 Set.of(InformationSource.PARENTS)))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Free text is never shown by {@link #toString()}.
 *
 * @param concern     phase 1: the concern
 * @param hypotheses  phase 2: the hypotheses; may be empty
 * @param focusPoints phase 3: the focus points; may be empty while the funnel is being worked out
 */
public record Funnel(Concern concern, List<Hypothesis> hypotheses, List<FocusPoint> focusPoints) {

    /**
     * Checks the rules in the class comment.
     *
     * @throws IcsInvalidDataException at the JSON Pointer of the first broken rule
     */
    public Funnel {
        ReferenceData.require(concern != null, "/concern", "missing concern");
        hypotheses = hypotheses == null ? List.of() : List.copyOf(hypotheses);
        focusPoints = focusPoints == null ? List.of() : List.copyOf(focusPoints);
        Map<String, Hypothesis> byId = new HashMap<>();
        for (int i = 0; i < hypotheses.size(); i++) {
            Hypothesis h = hypotheses.get(i);
            ReferenceData.require(byId.putIfAbsent(h.id(), h) == null, "/hypotheses/" + i + "/id",
                    "hypothesis id appears twice");
        }
        Set<String> fpIds = new HashSet<>();
        for (int i = 0; i < focusPoints.size(); i++) {
            FocusPoint p = focusPoints.get(i);
            String at = "/focusPoints/" + i;
            ReferenceData.require(fpIds.add(p.id()), at + "/id", "focus point id appears twice");
            Set<Dimension> allowed;
            if (p.hypothesisId() != null) {
                Hypothesis h = byId.get(p.hypothesisId());
                ReferenceData.require(h != null, at + "/hypothesisId",
                        "expected the id of a hypothesis in this funnel: one of " + byId.keySet());
                allowed = h.dimensions();
            } else {
                allowed = concern.dimensions();
            }
            Set<Dimension> outside = EnumSet.copyOf(p.dimensions());
            outside.removeAll(allowed);
            ReferenceData.require(outside.isEmpty(), at + "/dimensions", "dimensions " + outside + " are not among "
                    + (p.hypothesisId() != null ? "its hypothesis's" : "the concern's") + " dimensions " + allowed);
        }
    }

    /** A builder for a funnel. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The dimensions the investigation must cover, derived from the focus points, in triangle order.
     */
    public Set<Dimension> dimensionsToCover() {
        Set<Dimension> out = EnumSet.noneOf(Dimension.class);
        focusPoints.forEach(p -> out.addAll(p.dimensions()));
        return Collections.unmodifiableSet(out);
    }

    /** The concern's dimensions that no focus point investigates: a gap a caseworker should look at. */
    public Set<Dimension> concernDimensionsNotCovered() {
        Set<Dimension> out = EnumSet.copyOf(concern.dimensions());
        out.removeAll(dimensionsToCover());
        return Collections.unmodifiableSet(out);
    }

    /** The hypotheses that no focus point tests. */
    public List<Hypothesis> untestedHypotheses() {
        Set<String> tested = new HashSet<>();
        focusPoints.forEach(p -> tested.add(p.hypothesisId()));
        return hypotheses.stream().filter(h -> !tested.contains(h.id())).toList();
    }

    /** The focus points that test a hypothesis. */
    public List<FocusPoint> focusPointsOf(String hypothesisId) {
        return focusPoints.stream().filter(p -> Objects.equals(p.hypothesisId(), hypothesisId)).toList();
    }

    /** Shows counts and the derived dimensions, never free text. */
    @Override
    public String toString() {
        return "Funnel[concern=" + concern + ", hypotheses=" + hypotheses.size() + ", focusPoints="
                + focusPoints.size() + ", dimensionsToCover=" + dimensionsToCover() + "]";
    }

    static Set<Dimension> setOf(Dimension first, Dimension... more) {
        EnumSet<Dimension> s = EnumSet.of(Objects.requireNonNull(first, "first"), more);
        return s;
    }

    /** Collects the parts of a funnel; {@link #build()} checks them. Not thread-safe; use one per funnel. */
    public static final class Builder {

        private Concern concern;
        private final List<Hypothesis> hypotheses = new ArrayList<>();
        private final List<FocusPoint> focusPoints = new ArrayList<>();

        private Builder() {
        }

        /** Sets the concern. */
        public Builder concern(Concern value) {
            this.concern = Objects.requireNonNull(value, "concern");
            return this;
        }

        /** Adds a hypothesis. */
        public Builder hypothesis(Hypothesis value) {
            hypotheses.add(Objects.requireNonNull(value, "hypothesis"));
            return this;
        }

        /** Adds a focus point. */
        public Builder focusPoint(FocusPoint value) {
            focusPoints.add(Objects.requireNonNull(value, "focusPoint"));
            return this;
        }

        /**
         * Builds the funnel.
         *
         * @throws IcsInvalidDataException when a rule of {@link Funnel} is broken, at the pointer of the part
         */
        public Funnel build() {
            return new Funnel(concern, hypotheses, focusPoints);
        }
    }
}
