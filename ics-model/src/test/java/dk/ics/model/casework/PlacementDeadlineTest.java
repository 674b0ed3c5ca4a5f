package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.all;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.CaseFixtures.sel;
import static dk.ics.model.casework.DeadlineRule.SUPERVISION_2_PER_YEAR;
import static dk.ics.model.casework.DeadlineRule.UNGEPLAN_3_MONTHS;
import static dk.ics.model.casework.EventType.DECISION_PLACEMENT_46;
import static dk.ics.model.casework.EventType.MEASURE_STARTED;
import static dk.ics.model.casework.EventType.SUPERVISION_VISIT;
import static dk.ics.model.casework.EventType.UNGEPLAN_MADE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.child.Child;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementDeadlineTest {

    private static final Child YOUNG = Child.born("barn-u", LocalDate.of(2008, 5, 10));

    private static CaseRecord placed(Child child, CaseEvent... more) {
        CaseRecord c = new CaseRecord("sag-p", child, LegalRegime.BARNETS_LOV, null, List.of(
                ev(DECISION_PLACEMENT_46, "2024-01-25"), ev(MEASURE_STARTED, "2024-02-01").withPlacement(true)));
        for (CaseEvent e : more) {
            c = c.withEvent(e);
        }
        return c;
    }

    @Test
    void aPlacedChildNeedsTwoSupervisionVisitsInEachYearOfPlacement() {
        CaseRecord c = placed(CaseFixtures.CHILD, ev(SUPERVISION_VISIT, "2024-05-01"),
                ev(SUPERVISION_VISIT, "2024-11-01"), ev(SUPERVISION_VISIT, "2025-04-01"));
        List<Deadline> year2 = all(on(c, "2025-06-01T00:00"), SUPERVISION_2_PER_YEAR);
        assertThat(year2).extracting(d -> d.due().toLocalDate())
                .containsExactly(LocalDate.of(2025, 1, 31), LocalDate.of(2026, 1, 31));
        assertThat(year2).extracting(Deadline::status).containsExactly(DeadlineStatus.MET, DeadlineStatus.OPEN);
        assertThat(year2.get(0).metByPointer()).isEqualTo("/events/3");
        assertThat(year2.get(0).basis()).isEqualTo("Barnets lov § 156, stk. 5");
        assertThat(year2.get(0).reference().standing()).isEqualTo(dk.ics.model.law.Standing.PROJECT_READING);

        List<Deadline> year3 = all(on(c, "2026-02-02T00:00"), SUPERVISION_2_PER_YEAR);
        assertThat(year3).extracting(Deadline::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.OVERDUE, DeadlineStatus.OPEN);
    }

    @Test
    void aMeasureThatIsNotAPlacementNeedsNoSupervisionVisits() {
        CaseRecord c = CaseFixtures.barnetsLov(ev(MEASURE_STARTED, "2024-02-01"));
        assertThat(all(on(c, "2025-06-01T00:00"), SUPERVISION_2_PER_YEAR)).isEmpty();
    }

    @Test
    void aPlacedYoungPersonNeedsAnUngeplanThreeMonthsAfterTheSixteenthBirthday() {
        CaseRecord c = placed(YOUNG);
        assertThat(all(on(c, "2024-04-01T00:00"), UNGEPLAN_3_MONTHS)).isEmpty();
        Deadline after = only(on(c, "2024-08-11T00:00"), UNGEPLAN_3_MONTHS);
        assertThat(after.due().toLocalDate()).isEqualTo(LocalDate.of(2024, 8, 10));
        assertThat(after.status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(after.basis()).isEqualTo("Barnets lov § 108, stk. 3");
        assertThat(only(on(c.withEvent(ev(UNGEPLAN_MADE, "2024-06-01")), "2024-08-11T00:00"), UNGEPLAN_3_MONTHS)
                .status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void underServicelovenAPlacementYearEndingBefore2024HasNoSupervisionDeadlineButOneEndingIn2024Has() {
        CaseRecord c = sel(ev(DECISION_PLACEMENT_46, "2022-01-25"),
                ev(MEASURE_STARTED, "2022-02-01").withPlacement(true));
        List<Deadline> years = all(on(c, "2024-06-01T00:00"), SUPERVISION_2_PER_YEAR);
        assertThat(years).extracting(d -> d.due().toLocalDate()).containsExactly(LocalDate.of(2024, 1, 31),
                LocalDate.of(2025, 1, 31));
        assertThat(years).allSatisfy(d -> assertThat(d.basis()).isEqualTo("Barnets lov § 156, stk. 5"));
        assertThat(on(c, "2024-06-01T00:00")).extracting(Deadline::rule).doesNotContain(UNGEPLAN_3_MONTHS);
    }
}
