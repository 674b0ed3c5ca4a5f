package dk.ics.model.board;

import static dk.ics.model.triangle.Dimension.SOCIALT_NETVAERK;
import static dk.ics.model.triangle.Dimension.SUNDHEDSFORHOLD;
import static dk.ics.model.triangle.Dimension.TRYGT_OMSORGSMILJOE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.funnel.Concern;
import dk.ics.model.funnel.FocusPoint;
import dk.ics.model.funnel.Funnel;
import dk.ics.model.funnel.InformationSource;
import dk.ics.model.triangle.Dimension;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MagnetBoardTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");
    private static final String SECRET = "Far har mistet sit arbejde";

    @Test
    void anEmptyBoardHasEveryDimensionInTriangleOrderAndNothingPlaced() {
        MagnetBoard b = MagnetBoard.empty();
        assertThat(b.dimensions()).extracting(DimensionCard::dimension).containsExactly(Dimension.values());
        assertThat(b.inFocus()).isEmpty();
        assertThat(b.counts().values()).allMatch(c -> c.total() == 0);
    }

    @Test
    void operationsReturnNewBoardsAndLeaveTheOldOneAlone() {
        MagnetBoard empty = MagnetBoard.empty();
        MagnetBoard focused = empty.focus(TRYGT_OMSORGSMILJOE);
        MagnetBoard placed = focused
                .place(TRYGT_OMSORGSMILJOE, NoteKind.CHALLENGE, SECRET, BoardRole.CASEWORKER, AT)
                .place(TRYGT_OMSORGSMILJOE, NoteKind.RESOURCE, "Mormor henter", BoardRole.TEAM_LEADER, AT)
                .place(SOCIALT_NETVAERK, NoteKind.RESOURCE, "Naboen hjælper", BoardRole.CASEWORKER, AT);
        assertThat(empty.inFocus()).isEmpty();
        assertThat(focused.card(TRYGT_OMSORGSMILJOE).notes()).isEmpty();
        assertThat(placed.inFocus()).containsExactly(TRYGT_OMSORGSMILJOE);
        assertThat(placed.counts().get(TRYGT_OMSORGSMILJOE)).isEqualTo(new NoteCounts(1, 1));
        assertThat(placed.counts().get(SOCIALT_NETVAERK)).isEqualTo(new NoteCounts(1, 0));
        assertThat(placed.card(TRYGT_OMSORGSMILJOE).notes(NoteKind.CHALLENGE)).singleElement()
                .satisfies(n -> {
                    assertThat(n.placedBy()).isEqualTo(BoardRole.CASEWORKER);
                    assertThat(n.placedAt()).isEqualTo(AT);
                });
        assertThat(placed.unfocus(TRYGT_OMSORGSMILJOE).inFocus()).isEmpty();
        assertThat(placed.unfocus(TRYGT_OMSORGSMILJOE).card(TRYGT_OMSORGSMILJOE).notes()).hasSize(2);
        assertThat(placed.focus(TRYGT_OMSORGSMILJOE)).isSameAs(placed);
    }

    @Test
    void aNoteCanBeTakenOffAgain() {
        BoardNote note = new BoardNote(NoteKind.RESOURCE, "Går til fodbold", BoardRole.PARTNER, AT);
        MagnetBoard b = MagnetBoard.empty().place(SUNDHEDSFORHOLD, note);
        assertThat(b.remove(SUNDHEDSFORHOLD, note)).isEqualTo(MagnetBoard.empty());
        assertThat(b.remove(SOCIALT_NETVAERK, note)).isSameAs(b);
    }

    @Test
    void aBoardBuiltFromAFunnelHasTheFunnelsDerivedDimensionsInFocus() {
        Funnel f = Funnel.builder().concern(Concern.of("Bekymring", SUNDHEDSFORHOLD, SOCIALT_NETVAERK))
                .focusPoint(FocusPoint.of("F1", "Spørgsmål", null, Set.of(SOCIALT_NETVAERK),
                        Set.of(InformationSource.NETWORK)))
                .build();
        MagnetBoard b = MagnetBoard.from(f);
        assertThat(b.inFocus()).isEqualTo(f.dimensionsToCover()).containsExactly(SOCIALT_NETVAERK);
        assertThat(b.inFocusWithoutResources()).containsExactly(SOCIALT_NETVAERK);
        assertThat(b.place(SOCIALT_NETVAERK, NoteKind.RESOURCE, "Naboen", BoardRole.CHILD, AT)
                .inFocusWithoutResources()).isEmpty();
    }

    @Test
    void aBoardReadInAnyOrderIsNormalisedButADimensionTwiceIsRefused() {
        MagnetBoard b = new MagnetBoard(List.of(new DimensionCard(SOCIALT_NETVAERK, true, List.of()),
                DimensionCard.empty(SUNDHEDSFORHOLD)));
        assertThat(b.dimensions()).hasSize(10);
        assertThat(b.dimensions().get(0).dimension()).isEqualTo(SUNDHEDSFORHOLD);
        assertThat(b.inFocus()).containsExactly(SOCIALT_NETVAERK);
        assertThatThrownBy(() -> new MagnetBoard(List.of(DimensionCard.empty(SUNDHEDSFORHOLD),
                DimensionCard.empty(SUNDHEDSFORHOLD)))).isInstanceOfSatisfying(IcsInvalidDataException.class,
                        e -> assertThat(e.location().pointer()).isEqualTo("/dimensions/1/dimension"));
    }

    @Test
    void aNoteNeedsTextRoleAndTime() {
        assertThatThrownBy(() -> new BoardNote(NoteKind.RESOURCE, "", BoardRole.CASEWORKER, AT))
                .isInstanceOf(IcsInvalidDataException.class);
        assertThatThrownBy(() -> new BoardNote(NoteKind.RESOURCE, "x", null, AT))
                .isInstanceOf(IcsInvalidDataException.class);
        assertThatThrownBy(() -> new BoardNote(NoteKind.RESOURCE, "x", BoardRole.CASEWORKER, null))
                .isInstanceOf(IcsInvalidDataException.class);
    }

    @Test
    void toStringShowsCountsButNeverText() {
        MagnetBoard b = MagnetBoard.empty().place(TRYGT_OMSORGSMILJOE, NoteKind.CHALLENGE, SECRET,
                BoardRole.CASEWORKER, AT);
        assertThat(b.toString()).doesNotContain(SECRET).contains("TRYGT_OMSORGSMILJOE");
        assertThat(b.card(TRYGT_OMSORGSMILJOE).toString()).doesNotContain(SECRET).contains("challenges=1");
        assertThat(b.card(TRYGT_OMSORGSMILJOE).notes().get(0).toString()).doesNotContain(SECRET);
    }
}
