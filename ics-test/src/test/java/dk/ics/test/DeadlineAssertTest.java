package dk.ics.test;

import static dk.ics.test.IcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.model.casework.DeadlineRule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineAssertTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2025-03-07T16:00+01:00");

    private static List<Deadline> lateAssessment() {
        return DeadlineCalculator.standard().deadlines(IcsFixtures.aCase().notifiedAt(T).notAssessed().bfuNotFinished()
                .build(), LocalDate.of(2025, 7, 8));
    }

    @Test
    void overdueDeadlinePassesIsOverdueAndDueOn() {
        assertThat(lateAssessment()).deadline("NOTIFICATION_ASSESSMENT_24H").isOverdue()
                .dueOn(LocalDate.of(2025, 3, 8)).hasBasis("Barnets lov § 136");
        assertThat(lateAssessment()).deadline(DeadlineRule.BFU_4_MONTHS).isOverdue();
    }

    @Test
    void metAndOpenDeadlines() {
        List<Deadline> ds = DeadlineCalculator.standard().deadlines(IcsFixtures.aCase().build(),
                LocalDate.of(2025, 9, 30));
        assertThat(ds).deadline("BFU_4_MONTHS").isMet();
        assertThat(ds).deadline("FOLLOW_UP_NEXT_PLANNED").isOpen().dueOn(LocalDate.of(2026, 1, 15));
        assertThat(ds).hasNoneOverdue().hasNoDeadline("SUPERVISION_2_PER_YEAR");
    }

    @Test
    void wrongStatusFailsShowingTheDeadlinesAsATable() {
        assertThatThrownBy(() -> assertThat(lateAssessment()).deadline("NOTIFICATION_ASSESSMENT_24H").isMet())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting deadline NOTIFICATION_ASSESSMENT_24H to be MET, but it is OVERDUE")
                .hasMessageContaining("code                                    | status         | due")
                .hasMessageContaining("NOTIFICATION_ASSESSMENT_24H             | OVERDUE        | 2025-03-08 16:00");
    }

    @Test
    void wrongDueDateFails() {
        assertThatThrownBy(() -> assertThat(lateAssessment()).deadline("BFU_4_MONTHS")
                .dueOn(LocalDate.of(2025, 7, 1)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting deadline BFU_4_MONTHS to be due on 2025-07-01, but it is due on");
    }

    @Test
    void missingRuleFails() {
        assertThatThrownBy(() -> assertThat(lateAssessment()).deadline("SUPERVISION_2_PER_YEAR"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a deadline SUPERVISION_2_PER_YEAR, but the case has none");
        assertThatThrownBy(() -> assertThat(lateAssessment()).hasNoneOverdue())
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting no overdue deadline");
        assertThatThrownBy(() -> assertThat(lateAssessment()).hasNoDeadline("BFU_4_MONTHS"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting no deadline BFU_4_MONTHS");
    }

    @Test
    void singleDeadlineAssertions() {
        Deadline d = lateAssessment().get(0);
        assertThat(d).isOverdue();
        assertThatThrownBy(() -> assertThat(d).isOpen()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be OPEN");
        assertThatThrownBy(() -> assertThat(d).isMetLate()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(d).isNotApplicable()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(d).hasBasis("Serviceloven § 155")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to rest on Serviceloven § 155");
    }

    @Test
    void assertJsOwnListAssertionsStillApplyToOtherLists() {
        assertThat(List.of("a", "b")).containsExactly("a", "b");
    }
}
