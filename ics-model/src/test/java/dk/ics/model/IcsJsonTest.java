package dk.ics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.age.AgeGroup;
import dk.ics.model.age.AgeGroupKind;
import dk.ics.model.age.AgeGroups;
import dk.ics.model.board.BoardNote;
import dk.ics.model.board.BoardRole;
import dk.ics.model.board.DimensionCard;
import dk.ics.model.board.MagnetBoard;
import dk.ics.model.board.NoteCounts;
import dk.ics.model.board.NoteKind;
import dk.ics.model.focus.AgeGroupFocus;
import dk.ics.model.focus.CatalogueInfo;
import dk.ics.model.focus.FocusAreas;
import dk.ics.model.focus.FocusCatalogue;
import dk.ics.model.focus.FocusEntry;
import dk.ics.model.focus.FocusStatement;
import dk.ics.model.focus.StatementKind;
import dk.ics.model.funnel.Concern;
import dk.ics.model.funnel.FocusPoint;
import dk.ics.model.funnel.Funnel;
import dk.ics.model.funnel.Hypothesis;
import dk.ics.model.funnel.InformationSource;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.DimensionMigration;
import dk.ics.model.triangle.LegacyDimension;
import dk.ics.model.triangle.LegacySide;
import dk.ics.model.triangle.MigrationRule;
import dk.ics.model.triangle.MigrationTarget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IcsJsonTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

    static Funnel funnel() {
        return Funnel.builder()
                .concern(Concern.of("Barnet er træt", Dimension.SUNDHEDSFORHOLD, Dimension.TRYGT_OMSORGSMILJOE))
                .hypothesis(Hypothesis.of("H1", "Få rutiner", Dimension.TRYGT_OMSORGSMILJOE)
                        .withRisks("Sen sengetid").withResources("Mormor"))
                .focusPoint(FocusPoint.of("F1", "Hvornår sover barnet?", "H1", Set.of(Dimension.TRYGT_OMSORGSMILJOE),
                        Set.of(InformationSource.PARENTS, InformationSource.CHILD)))
                .focusPoint(FocusPoint.of("F2", "Hvad siger lægen?", null, Set.of(Dimension.SUNDHEDSFORHOLD),
                        Set.of(InformationSource.DOCTOR)))
                .build();
    }

    static MagnetBoard board() {
        return MagnetBoard.from(funnel())
                .place(Dimension.TRYGT_OMSORGSMILJOE, NoteKind.CHALLENGE, "Sen sengetid", BoardRole.CASEWORKER, AT)
                .place(Dimension.SOCIALT_NETVAERK, NoteKind.RESOURCE, "Mormor", BoardRole.SUPER_USER, AT);
    }

    static Stream<Object> modelValues() {
        AgeGroups groups = AgeGroups.standard();
        FocusAreas areas = FocusAreas.builtIn();
        FocusCatalogue catalogue = areas.catalogue();
        AgeGroupFocus focus = areas.forChild(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)).orElseThrow();
        DimensionMigration migration = DimensionMigration.standard();
        MagnetBoard board = board();
        Funnel funnel = funnel();
        return Stream.of(groups, groups.groups().get(0), groups.groups().get(3), AgeGroupKind.AFTER_CARE,
                catalogue, catalogue.catalogue(), catalogue.entries().get(7), catalogue.entries().get(7)
                        .statements().get(1), StatementKind.RISK, focus,
                migration, migration.mappings().get(9), MigrationTarget.review(Dimension.SOCIALT_NETVAERK),
                LegacyDimension.STABILITET, LegacySide.FORAELDREKOMPETENCER,
                funnel, funnel.concern(), funnel.hypotheses().get(0), funnel.focusPoints().get(1),
                InformationSource.HEALTH_VISITOR,
                board, board.card(Dimension.TRYGT_OMSORGSMILJOE), board.card(Dimension.TRYGT_OMSORGSMILJOE)
                        .notes().get(0), new NoteCounts(2, 3), BoardRole.PARTNER, NoteKind.RESOURCE);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("modelValues")
    void everyModelValueRoundTripsWithoutLoss(Object value) {
        String json = IcsJson.write(value);
        Object back = IcsJson.read(json, value.getClass());
        assertThat(back).isEqualTo(value);
        assertThat(IcsJson.write(back)).isEqualTo(json);
    }

    @Test
    void everyReadOverloadGivesTheSameValue(@TempDir Path dir) throws IOException {
        Funnel f = funnel();
        String json = IcsJson.write(f);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("funnel.json");
        Files.write(file, bytes);
        assertThat(IcsJson.read(bytes, Funnel.class)).isEqualTo(f);
        assertThat(IcsJson.read(new ByteArrayInputStream(bytes), Funnel.class)).isEqualTo(f);
        assertThat(IcsJson.read(file, Funnel.class)).isEqualTo(f);
        assertThat(IcsJson.read(json, Funnel.class, ReadLimits.DEFAULTS)).isEqualTo(f);
    }

    @Test
    void limitsAreAppliedToEveryReadOverload(@TempDir Path dir) throws IOException {
        String json = IcsJson.write(funnel());
        Path file = dir.resolve("funnel.json");
        Files.writeString(file, json);
        ReadLimits tiny = ReadLimits.DEFAULTS.withMaxBytes(100);
        assertThatThrownBy(() -> IcsJson.read(json, Funnel.class, tiny)).isInstanceOf(IcsLimitException.class);
        assertThatThrownBy(() -> IcsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Funnel.class, tiny)).isInstanceOf(IcsLimitException.class);
        assertThatThrownBy(() -> IcsJson.read(file, Funnel.class, tiny)).isInstanceOf(IcsLimitException.class)
                .hasMessageContaining("funnel.json");
        assertThatThrownBy(() -> IcsJson.read(json, Funnel.class, ReadLimits.DEFAULTS.withMaxDepth(2)))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxDepth"));
    }

    @Test
    void badInputGivesTheLibrarysExceptionsWithoutQuotingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> IcsJson.read("{\"concern\": Hemmelig}", Funnel.class))
                .isInstanceOf(IcsParseException.class).hasMessageNotContaining("Hemmelig");
        assertThatThrownBy(() -> IcsJson.read("{\"concern\":{\"description\":\"Hemmelig\",\"dimensions\":[]}}",
                Funnel.class)).isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/concern/dimensions"))
                .hasMessageNotContaining("Hemmelig");
        assertThatThrownBy(() -> IcsJson.read(dir.resolve("missing.json"), Funnel.class))
                .isInstanceOf(IcsParseException.class).hasMessageContaining("missing.json");
    }

    @Test
    void writtenAgeGroupsUseIsoPeriodsAndLeaveOutAbsentBounds() {
        String json = IcsJson.write(AgeGroups.standard().byCode("AAR_3_5"));
        assertThat(json).contains("\"from\" : \"P3Y\"").contains("\"until\" : \"P6Y\"");
        assertThat(IcsJson.write(AgeGroups.standard().byCode("UFOEDT"))).doesNotContain("from");
        AgeGroup back = IcsJson.read(json, AgeGroup.class);
        assertThat(back.fromMonths()).isEqualTo(36);
    }

    @Test
    void aWrittenCatalogueLoadsAsAFocusCatalogue() {
        FocusStatement s = new FocusStatement("X1", StatementKind.RESOURCE, LocalizedText.of("Tekst.", null));
        FocusCatalogue c = new FocusCatalogue(new CatalogueInfo("c", "1", LocalizedText.of("T", null), false,
                LocalizedText.of("K", null)), List.of(new FocusEntry("AAR_6_9", Dimension.SOCIALT_NETVAERK,
                List.of(s))));
        FocusAreas areas = FocusAreas.of(IcsJson.read(IcsJson.write(c), FocusCatalogue.class), AgeGroups.standard());
        assertThat(areas.statements("AAR_6_9", Dimension.SOCIALT_NETVAERK)).containsExactly(s);
    }
}
