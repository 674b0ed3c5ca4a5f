package dk.ics.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.IcsInvalidDataException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CaseEventTimeTest {

    @Test
    void aLocalTimeIsReadInCopenhagen() {
        assertThat(CaseEvent.parseTime("2024-01-15T09:30"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 15, 9, 30, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(CaseEvent.parseTime("2024-07-15T09:30"))
                .isEqualTo(OffsetDateTime.of(2024, 7, 15, 9, 30, 0, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    void anOffsetIsKept() {
        assertThat(CaseEvent.parseTime("2024-07-15T09:30Z").getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(CaseEvent.parseTime("2024-07-15T09:30-05:00").getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void aDateIsTheStartOfTheDay() {
        assertThat(CaseEvent.parseTime("2024-07-15"))
                .isEqualTo(OffsetDateTime.of(2024, 7, 15, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    void aTimeInTheSpringGapMovesForwardAndOneInTheAutumnOverlapTakesSummerTime() {
        assertThat(CaseEvent.parseTime("2024-03-31T02:30"))
                .isEqualTo(OffsetDateTime.of(2024, 3, 31, 3, 30, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(CaseEvent.parseTime("2024-10-27T02:30"))
                .isEqualTo(OffsetDateTime.of(2024, 10, 27, 2, 30, 0, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    void otherTextIsRefusedAtTheTimeField() {
        for (String bad : new String[] {"2024-3-5", "15.07.2024", "2024-02-30", "2024-07-15T25:00", "i morgen"}) {
            assertThatThrownBy(() -> CaseEvent.parseTime(bad)).as(bad)
                    .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                        assertThat(e.location().pointer()).isEqualTo("/at");
                        assertThat(e.getMessage()).doesNotContain(bad);
                    });
        }
    }

    @Test
    void anEventOutsideTheSupportedYearsIsRefused() {
        assertThatThrownBy(() -> CaseEvent.of(EventType.CHILD_TALK, "1899-12-31"))
                .isInstanceOf(IcsInvalidDataException.class);
    }
}
