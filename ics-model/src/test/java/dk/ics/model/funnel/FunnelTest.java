package dk.ics.model.funnel;

import static dk.ics.model.triangle.Dimension.FAMILIEFORHOLD_OG_BAGGRUND;
import static dk.ics.model.triangle.Dimension.FRITIDSFORHOLD_OG_VENSKABER;
import static dk.ics.model.triangle.Dimension.SOCIALT_NETVAERK;
import static dk.ics.model.triangle.Dimension.SUNDHEDSFORHOLD;
import static dk.ics.model.triangle.Dimension.TRYGT_OMSORGSMILJOE;
import static dk.ics.model.triangle.Dimension.UDVIKLING_OG_ADFAERD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsJson;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FunnelTest {

    private static final String SECRET = "Mor drikker om aftenen";

    private static Funnel sample() {
        return Funnel.builder()
                .concern(Concern.of("Barnet er ofte ked af det. " + SECRET, UDVIKLING_OG_ADFAERD, SUNDHEDSFORHOLD))
                .hypothesis(Hypothesis.of("H1", SECRET, TRYGT_OMSORGSMILJOE, FAMILIEFORHOLD_OG_BAGGRUND)
                        .withRisks(SECRET).withResources("Mormor bor tæt på"))
                .hypothesis(Hypothesis.of("H2", "Barnet mangler venner", FRITIDSFORHOLD_OG_VENSKABER))
                .focusPoint(FocusPoint.of("F1", SECRET + "?", "H1", Set.of(TRYGT_OMSORGSMILJOE),
                        Set.of(InformationSource.PARENTS, InformationSource.CHILD)))
                .focusPoint(FocusPoint.of("F2", "Hvordan trives barnet i skolen?", null, Set.of(UDVIKLING_OG_ADFAERD),
                        Set.of(InformationSource.SCHOOL)))
                .build();
    }

    @Test
    void theDimensionsToCoverAreDerivedFromTheFocusPoints() {
        Funnel f = sample();
        assertThat(f.dimensionsToCover()).containsExactly(UDVIKLING_OG_ADFAERD, TRYGT_OMSORGSMILJOE);
        assertThat(f.concernDimensionsNotCovered()).containsExactly(SUNDHEDSFORHOLD);
        assertThat(f.untestedHypotheses()).extracting(Hypothesis::id).containsExactly("H2");
        assertThat(f.focusPointsOf("H1")).extracting(FocusPoint::id).containsExactly("F1");
    }

    @Test
    void aFunnelWithoutFocusPointsCoversNothingYet() {
        Funnel f = Funnel.builder().concern(Concern.of("Bekymring", SUNDHEDSFORHOLD)).build();
        assertThat(f.dimensionsToCover()).isEmpty();
        assertThat(f.concernDimensionsNotCovered()).containsExactly(SUNDHEDSFORHOLD);
    }

    @Test
    void aFocusPointMayOnlyInvestigateItsHypothesissDimensions() {
        Funnel.Builder b = Funnel.builder().concern(Concern.of("Bekymring", SUNDHEDSFORHOLD))
                .hypothesis(Hypothesis.of("H1", "Hypotese", TRYGT_OMSORGSMILJOE))
                .focusPoint(FocusPoint.of("F1", "Spørgsmål", "H1", Set.of(SOCIALT_NETVAERK),
                        Set.of(InformationSource.NETWORK)));
        assertThatThrownBy(b::build).isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
            assertThat(e.location().pointer()).isEqualTo("/focusPoints/0/dimensions");
            assertThat(e.reason()).contains("SOCIALT_NETVAERK").contains("hypothesis");
        });
    }

    @Test
    void aFocusPointWithoutHypothesisMayOnlyInvestigateTheConcernsDimensions() {
        Funnel.Builder b = Funnel.builder().concern(Concern.of("Bekymring", SUNDHEDSFORHOLD))
                .focusPoint(FocusPoint.of("F1", "Spørgsmål", null, Set.of(SOCIALT_NETVAERK),
                        Set.of(InformationSource.NETWORK)));
        assertThatThrownBy(b::build).isInstanceOfSatisfying(IcsInvalidDataException.class,
                e -> assertThat(e.reason()).contains("concern"));
    }

    @Test
    void idsMustBeUniqueAndReferencesMustResolve() {
        Concern c = Concern.of("Bekymring", SUNDHEDSFORHOLD);
        Hypothesis h = Hypothesis.of("H1", "Hypotese", SUNDHEDSFORHOLD);
        assertThatThrownBy(() -> Funnel.builder().concern(c).hypothesis(h).hypothesis(h).build())
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/hypotheses/1/id"));
        FocusPoint p = FocusPoint.of("F1", "Spørgsmål", "H9", Set.of(SUNDHEDSFORHOLD),
                Set.of(InformationSource.CHILD));
        assertThatThrownBy(() -> Funnel.builder().concern(c).hypothesis(h).focusPoint(p).build())
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/focusPoints/0/hypothesisId"));
        assertThatThrownBy(() -> Funnel.builder().build()).isInstanceOf(IcsInvalidDataException.class);
    }

    @Test
    void partsRefuseEmptyDimensionsSourcesAndTexts() {
        assertThatThrownBy(() -> new Concern("Bekymring", Set.of())).isInstanceOf(IcsInvalidDataException.class);
        assertThatThrownBy(() -> new Concern(" ", Set.of(SUNDHEDSFORHOLD)))
                .isInstanceOf(IcsInvalidDataException.class);
        assertThatThrownBy(() -> FocusPoint.of("F1", "Spørgsmål", null, Set.of(SUNDHEDSFORHOLD), Set.of()))
                .isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/sources"));
        assertThatThrownBy(() -> new Hypothesis("H 1", "x", Set.of(SUNDHEDSFORHOLD), List.of(), List.of()))
                .isInstanceOf(IcsInvalidDataException.class);
    }

    @Test
    void toStringNeverShowsFreeText() {
        Funnel f = sample();
        assertThat(f.toString()).doesNotContain(SECRET).doesNotContain("Mormor").contains("focusPoints=2");
        assertThat(f.concern().toString()).doesNotContain(SECRET);
        assertThat(f.hypotheses().get(0).toString()).doesNotContain(SECRET).doesNotContain("Mormor");
        assertThat(f.focusPoints().get(0).toString()).doesNotContain(SECRET);
    }

    @Test
    void aFunnelIsReadFromJsonAndCheckedAtThePointerOfTheBrokenRule() throws URISyntaxException {
        Funnel f = IcsJson.read(Path.of(getClass().getResource("/funnel/funnel.json").toURI()), Funnel.class);
        assertThat(f.dimensionsToCover()).containsExactly(SUNDHEDSFORHOLD, TRYGT_OMSORGSMILJOE);
        assertThat(f.focusPoints().get(0).sources()).containsExactly(InformationSource.CHILD,
                InformationSource.PARENTS, InformationSource.DAY_CARE);
        Path bad = Path.of(getClass().getResource("/funnel/focus-point-outside-hypothesis.json").toURI());
        assertThatThrownBy(() -> IcsJson.read(bad, Funnel.class))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().source()).isEqualTo(bad.toString());
                    assertThat(e.location().pointer()).isEqualTo("/focusPoints/0/dimensions");
                })
                .hasMessageNotContaining("Hvem henter");
    }
}
