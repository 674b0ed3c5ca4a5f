package dk.ics.model.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.triangle.Dimension;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;

class FunnelProperties {

    @Property(tries = 300)
    void theDimensionsToCoverAreExactlyTheUnionOfTheFocusPointsAndLieWithinConcernAndHypotheses(
            @ForAll @NotEmpty Set<Dimension> concern, @ForAll @NotEmpty Set<Dimension> hypothesis,
            @ForAll @Size(max = 6) Set<Dimension> pick) {
        Funnel.Builder b = Funnel.builder().concern(new Concern("Bekymring", concern))
                .hypothesis(Hypothesis.of("H1", "Hypotese", hypothesis.iterator().next(),
                        hypothesis.toArray(Dimension[]::new)));
        Set<Dimension> expected = EnumSet.noneOf(Dimension.class);
        int n = 0;
        for (Dimension d : pick) {
            boolean viaHypothesis = hypothesis.contains(d);
            if (viaHypothesis || concern.contains(d)) {
                b.focusPoint(FocusPoint.of("F" + n++, "Spørgsmål", viaHypothesis ? "H1" : null, Set.of(d),
                        Set.of(InformationSource.CHILD)));
                expected.add(d);
            }
        }
        Funnel f = b.build();
        assertThat(f.dimensionsToCover()).isEqualTo(expected);
        Set<Dimension> reachable = EnumSet.copyOf(concern);
        reachable.addAll(hypothesis);
        assertThat(reachable).containsAll(f.dimensionsToCover());
        Set<Dimension> both = EnumSet.copyOf(concern);
        both.retainAll(f.dimensionsToCover());
        Set<Dimension> notCovered = EnumSet.copyOf(concern);
        notCovered.removeAll(both);
        assertThat(f.concernDimensionsNotCovered()).isEqualTo(notCovered);
    }
}
