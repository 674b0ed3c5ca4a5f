package dk.ics.test;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.CaseRecords;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.model.casework.EventType;
import dk.ics.model.casework.LegalRegime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFixtureTest {

    private static final LocalDate LATER = LocalDate.of(2026, 12, 31);

    private static List<Deadline> deadlines(CaseRecord c, LocalDate on) {
        return DeadlineCalculator.standard().deadlines(c, on);
    }

    private static DeadlineStatus status(List<Deadline> ds, DeadlineRule rule) {
        return ds.stream().filter(d -> d.rule() == rule).findFirst().orElseThrow().status();
    }

    @Test
    void defaultCaseIsABarnetsLovCaseWithNoDeadlineMissed() {
        CaseRecord c = IcsFixtures.aCase().build();

        assertThat(c.regime()).isEqualTo(LegalRegime.BARNETS_LOV);
        assertThat(c.child().cprNumber()).isEmpty();
        assertThat(deadlines(c, LocalDate.of(2025, 10, 1))).extracting(Deadline::status)
                .doesNotContain(DeadlineStatus.OVERDUE, DeadlineStatus.MET_LATE);
    }

    @Test
    void notifiedAtMovesTheWholeCaseAndAssessedAtSetsTheAssessment() {
        OffsetDateTime t = OffsetDateTime.parse("2025-03-07T16:00+01:00");

        CaseRecord c = IcsFixtures.aCase().notifiedAt(t).assessedAt(t.plusHours(25)).build();

        assertThat(c.events(EventType.NOTIFICATION_RECEIVED).get(0).instant()).isEqualTo(t.toInstant());
        assertThat(c.events(EventType.BFU_FINISHED).get(0).dateIn(dk.ics.model.casework.CaseEvent.COPENHAGEN))
                .isEqualTo(LocalDate.of(2025, 6, 28));
        assertThat(status(deadlines(c, LATER), DeadlineRule.NOTIFICATION_ASSESSMENT_24H))
                .isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void underSelGivesACoherentServicelovenCase() {
        CaseRecord c = IcsFixtures.aCase().underSel().build();

        assertThat(c.regime()).isEqualTo(LegalRegime.SEL);
        assertThat(c.startDate()).contains(LocalDate.of(2023, 2, 3));
        assertThat(deadlines(c, LocalDate.of(2023, 10, 1))).extracting(Deadline::status)
                .doesNotContain(DeadlineStatus.OVERDUE, DeadlineStatus.MET_LATE);
    }

    @Test
    void bfuNotFinishedLeavesTheInvestigationOverdueAfterFourMonths() {
        CaseRecord c = IcsFixtures.aCase().bfuStartedOn(LocalDate.of(2025, 2, 10)).bfuNotFinished().build();

        assertThat(status(deadlines(c, LocalDate.of(2025, 6, 4)), DeadlineRule.BFU_4_MONTHS))
                .isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void placedWithoutConsentAfterThePlanMeetsThePlanDeadline() {
        CaseRecord c = IcsFixtures.aCase().placedWithoutConsentOn(LocalDate.of(2025, 6, 20)).build();

        List<Deadline> ds = deadlines(c, LocalDate.of(2025, 7, 1));
        assertThat(status(ds, DeadlineRule.PLAN_BEFORE_PLACEMENT_47)).isEqualTo(DeadlineStatus.MET);
        assertThat(c.events(EventType.MEASURE_STARTED)).allMatch(e -> e.isPlacementMeasure());
    }

    @Test
    void aboutAbuseWithoutAChildTalkIsOverdue() {
        CaseRecord c = IcsFixtures.aCase().aboutAbuse().build();

        assertThat(status(deadlines(c, LATER), DeadlineRule.CHILD_TALK_ABUSE)).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void fixtureJsonReadsBackEqual() {
        CaseRecord c = IcsFixtures.aCase().childBornOn(LocalDate.of(2009, 1, 1)).build();

        assertThat(CaseRecords.parse(IcsFixtures.aCase().childBornOn(LocalDate.of(2009, 1, 1)).toJson()))
                .isEqualTo(c);
    }
}
