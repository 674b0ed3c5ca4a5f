package dk.ics.model.board;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.IcsJson;
import dk.ics.model.triangle.Dimension;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MagnetBoardProperties {

    record Placement(Dimension dimension, NoteKind kind, String text, BoardRole role, Instant at) {
    }

    @Provide
    Arbitrary<List<Placement>> placements() {
        Arbitrary<Placement> one = Combinators.combine(
                Arbitraries.of(Dimension.class), Arbitraries.of(NoteKind.class),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20), Arbitraries.of(BoardRole.class),
                Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond)).as(Placement::new);
        return one.list().ofMaxSize(25);
    }

    private static MagnetBoard placeAll(MagnetBoard start, List<Placement> ps) {
        MagnetBoard b = start;
        for (Placement p : ps) {
            b = b.place(p.dimension(), p.kind(), p.text(), p.role(), p.at());
        }
        return b;
    }

    @Property(tries = 200)
    void theCountsAddUpToThePlacedNotesPerDimensionAndKind(@ForAll("placements") List<Placement> ps) {
        MagnetBoard b = placeAll(MagnetBoard.empty(), ps);
        for (Dimension d : Dimension.values()) {
            long res = ps.stream().filter(p -> p.dimension() == d && p.kind() == NoteKind.RESOURCE).count();
            long cha = ps.stream().filter(p -> p.dimension() == d && p.kind() == NoteKind.CHALLENGE).count();
            assertThat(b.counts().get(d)).isEqualTo(new NoteCounts((int) res, (int) cha));
        }
    }

    @Property(tries = 200)
    void placingNeverChangesTheBoardItStartedFrom(@ForAll("placements") List<Placement> ps,
            @ForAll Dimension focus) {
        MagnetBoard start = MagnetBoard.empty().focus(focus);
        String before = IcsJson.write(start);
        MagnetBoard after = placeAll(start, ps);
        assertThat(IcsJson.write(start)).isEqualTo(before);
        assertThat(after.inFocus()).containsExactly(focus);
    }

    @Property(tries = 100)
    void everyBoardRoundTripsThroughJson(@ForAll("placements") List<Placement> ps) {
        MagnetBoard b = placeAll(MagnetBoard.empty(), ps);
        assertThat(IcsJson.read(IcsJson.write(b), MagnetBoard.class)).isEqualTo(b);
    }
}
