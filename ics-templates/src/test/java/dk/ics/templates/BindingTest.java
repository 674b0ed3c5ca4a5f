package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BindingTest {

    private static final Path DOCS = Path.of("..", "examples", "data", "documents");
    private static TemplateRegistry registry;
    private static BoundDocument builtInLayout;
    private static BoundDocument customLayout;

    @BeforeAll
    static void bind() {
        registry = TemplateRegistry.builder().addBuiltIns().addFolder(Path.of("src/test/resources/conformance"))
                .build();
        builtInLayout = registry.bind(CaseDocument.read(DOCS.resolve("bfu.json")));
        customLayout = registry.bind(CaseDocument.read(Path.of("src/test/resources/binding/bfu-eksempelkommune-document.json")));
    }

    private static <T> List<T> values(List<Bound<T>> bound) {
        return bound.stream().map(Bound::value).toList();
    }

    @Test
    void dimensionContentIsReadByRoleWithItsPointer() {
        List<Bound<String>> resources = builtInLayout.resources(Dimension.SUNDHEDSFORHOLD);
        assertThat(resources).hasSize(2);
        assertThat(resources.get(1).pointer()).isEqualTo("/beskrivelse/barnetsUdvikling/sundhedsforhold/ressourcer/1");
        assertThat(builtInLayout.inFocus(Dimension.BOLIG_BESKAEFTIGELSE_OG_OEKONOMI)).get()
                .extracting(Bound::value).isEqualTo(false);
        assertThat(builtInLayout.notInFocusReason(Dimension.BOLIG_BESKAEFTIGELSE_OG_OEKONOMI)).get()
                .extracting(Bound::pointer)
                .isEqualTo("/beskrivelse/familieOgNetvaerk/boligBeskaeftigelseOgOekonomi/ikkeIFokusBegrundelse");
        assertThat(builtInLayout.description(Dimension.BOLIG_BESKAEFTIGELSE_OG_OEKONOMI)).isEmpty();
    }

    @Test
    void theSameContentInAnotherLayoutBindsToTheSameValuesAtOtherPointers() {
        for (Dimension d : Dimension.values()) {
            assertSame(b -> b.resources(d), true);
            assertSame(b -> b.challenges(d), true);
            assertSame(b -> b.inFocus(d).stream().toList(), true);
            assertSame(b -> b.description(d).stream().toList(), true);
            assertSame(b -> b.notInFocusReason(d).stream().toList(), true);
        }
        for (Side s : Side.values()) {
            assertSame(b -> b.analysis(s).stream().toList(), true);
        }
        assertSame(b -> b.parentsPerspective().stream().toList(), true);
        assertSame(b -> b.childPerspective().stream().toList(), true);
        assertSame(BoundDocument::funnelDimensions, true);
        assertSame(b -> b.needKnownDate().stream().toList(), true);
        assertSame(b -> b.decision().orElseThrow().legalBases(), true);
        assertSame(b -> b.decision().orElseThrow().date().stream().toList(), true);
        assertThat(customLayout.resources(Dimension.SUNDHEDSFORHOLD).get(0).pointer())
                .isEqualTo("/trekanten/barnet/helbred/styrker/0");
    }

    private static <T> void assertSame(Function<BoundDocument, List<Bound<T>>> read, boolean differentPointers) {
        List<Bound<T>> a = read.apply(builtInLayout);
        List<Bound<T>> b = read.apply(customLayout);
        assertThat(values(b)).isEqualTo(values(a));
        if (differentPointers && !a.isEmpty()) {
            assertThat(b.get(0).pointer()).isNotEqualTo(a.get(0).pointer());
        }
    }

    @Test
    void decisionIsReadWithLegalBasesDateAndViews() {
        Decision d = builtInLayout.decision().orElseThrow();
        assertThat(d.pointer()).isEqualTo("/vurderingOgAfgoerelse");
        assertThat(values(d.legalBases())).containsExactly("BL_32");
        assertThat(d.date()).get().extracting(Bound::value).isEqualTo(LocalDate.of(2025, 5, 27));
        assertThat(d.childView()).get().extracting(Bound::pointer)
                .isEqualTo("/vurderingOgAfgoerelse/barnetsSynPaaStoetten");
        assertThat(d.parentsView()).isPresent();
    }

    @Test
    void goalsAndMeasuresOfAPlanAreReadItemByItem() {
        BoundDocument plan = registry.bind(CaseDocument.read(DOCS.resolve("barnets-plan.json")));
        List<Goal> goals = plan.goals();
        assertThat(goals).hasSize(3);
        Goal first = goals.get(0);
        assertThat(first.pointer()).isEqualTo("/maal/0");
        assertThat(first.id()).get().extracting(Bound::value).isEqualTo("maal-1");
        assertThat(values(first.dimensions())).containsExactly(Dimension.DAGTILBUD_SKOLEFORHOLD_OG_LAERING,
                Dimension.TRYGT_OMSORGSMILJOE, Dimension.SUNDHEDSFORHOLD);
        assertThat(first.responsible()).get().extracting(Bound::pointer).isEqualTo("/maal/0/ansvarlig");
        assertThat(goals.get(2).successIndicator()).get().extracting(Bound::pointer)
                .isEqualTo("/maal/2/succeskriterium");
        List<Measure> measures = plan.measures();
        assertThat(measures).hasSize(3);
        assertThat(measures.get(1).startDate()).isPresent();
        assertThat(measures.get(1).goalRefs()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.pointer()).startsWith("/indsatser/1/maal/"));
    }

    @Test
    void followUpsAndTheNextFollowUpDateAreRead() {
        BoundDocument f = registry.bind(CaseDocument.read(DOCS.resolve("opfoelgning.json")));
        assertThat(f.goalFollowUps()).isNotEmpty().allSatisfy(u -> {
            assertThat(u.goalRef()).isPresent();
            assertThat(u.measureDecision().map(Bound::value).orElseThrow()).isIn("CONTINUED", "CHANGED", "ENDED");
        });
        assertThat(f.nextFollowUpDate()).isPresent();
        assertThat(f.values(Role.CHILD_PERSPECTIVE)).hasSameSizeAs(f.goalFollowUps());
        assertThat(f.goalFollowUps().get(0).childPerspective()).get().extracting(Bound::pointer)
                .isEqualTo("/maalOpfoelgning/0/barnetsPerspektiv");
    }

    @Test
    void genericValuesGiveTypedValuesForEveryKind() {
        BoundDocument u = registry.bind(CaseDocument.read(DOCS.resolve("underretning.json")));
        assertThat(u.dateTime(Role.NOTIFICATION_RECEIVED_AT)).isPresent();
        assertThat(u.flag(Role.ACUTE_DANGER)).get().extracting(Bound::pointer).isEqualTo("/vurdering24Timer/akutFare");
        assertThat(u.values(Role.ASSESSMENT_24H)).singleElement().extracting(Bound::value)
                .isEqualTo("/vurdering24Timer");
        assertThat(u.text(Role.NEXT_STEP)).isPresent();
        assertThat(u.values(Role.GOALS)).isEmpty();
        assertThat(u.hasPlaceFor(Role.GOALS)).isFalse();
        assertThat(builtInLayout.values(Role.DIMENSION_RESOURCES, Dimension.SUNDHEDSFORHOLD)).hasSize(2);
        assertThat(builtInLayout.place(SemanticKey.of(Role.CHILD_PERSPECTIVE)))
                .contains("/beskrivelse/perspektiver/barnetsPerspektiv");
    }

    @Test
    void boundValuesAndDocumentsNeverPrintTheirContent() {
        Bound<String> r = builtInLayout.resources(Dimension.SUNDHEDSFORHOLD).get(0);
        assertThat(r.toString()).doesNotContain(r.value()).contains(r.pointer());
        assertThat(builtInLayout.decision().orElseThrow().toString()).doesNotContain("BL_32");
        assertThat(builtInLayout.toString()).isEqualTo("BoundDocument[bfu@1.0.0, FINAL]");
        assertThat(builtInLayout.document().toString()).doesNotContain("barn-7f3a");
    }
}
