package dk.ics.model.casework;

import static dk.ics.model.casework.CaseFixtures.all;
import static dk.ics.model.casework.CaseFixtures.barnetsLov;
import static dk.ics.model.casework.CaseFixtures.ev;
import static dk.ics.model.casework.CaseFixtures.on;
import static dk.ics.model.casework.CaseFixtures.only;
import static dk.ics.model.casework.DeadlineRule.CHILD_VIEW_BEFORE_DECISION;
import static dk.ics.model.casework.EventType.CHILD_TALK;
import static dk.ics.model.casework.EventType.CHILD_VIEW_OBTAINED_OTHERWISE;
import static dk.ics.model.casework.EventType.DECISION_PLACEMENT_46;
import static dk.ics.model.casework.EventType.DECISION_SUPPORT_32;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The child's views before each decision on support or placement (Barnets lov § 5, stk. 3 and 4). */
class ChildViewDeadlineTest {

    @Test
    void aTalkOnOrBeforeTheDayOfTheDecisionMeetsIt() {
        Deadline d = only(on(barnetsLov(ev(CHILD_TALK, "2024-05-02T10:00"), ev(DECISION_SUPPORT_32, "2024-05-02")),
                "2024-05-03T00:00"), CHILD_VIEW_BEFORE_DECISION);
        assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(d.basis()).isEqualTo("Barnets lov § 5, stk. 3");
        assertThat(d.formattedDue()).isEqualTo("2024-05-02");
    }

    @Test
    void aTalkTheDayAfterTheDecisionIsLateAndNoTalkIsOverdue() {
        CaseEvent decision = ev(DECISION_SUPPORT_32, "2024-05-02");
        assertThat(only(on(barnetsLov(decision, ev(CHILD_TALK, "2024-05-03T09:00")), "2024-05-04T00:00"),
                CHILD_VIEW_BEFORE_DECISION).status()).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(only(on(barnetsLov(decision), "2024-05-03T00:00"), CHILD_VIEW_BEFORE_DECISION).status())
                .isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void viewsObtainedOtherwiseWhenATalkIsNotPossibleMeetIt() {
        Deadline d = only(on(barnetsLov(ev(CHILD_VIEW_OBTAINED_OTHERWISE, "2024-04-30"),
                ev(DECISION_SUPPORT_32, "2024-05-02")), "2024-05-03T00:00"), CHILD_VIEW_BEFORE_DECISION);
        assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void eachDecisionNeedsItsOwnTalkAfterThePreviousOne() {
        CaseRecord c = barnetsLov(ev(CHILD_TALK, "2024-04-30"), ev(DECISION_SUPPORT_32, "2024-05-02"),
                ev(DECISION_PLACEMENT_46, "2024-09-02"));
        List<Deadline> views = all(on(c, "2024-09-03T00:00"), CHILD_VIEW_BEFORE_DECISION);
        assertThat(views).extracting(Deadline::status).containsExactly(DeadlineStatus.MET, DeadlineStatus.OVERDUE);
        CaseRecord talked = c.withEvent(ev(CHILD_TALK, "2024-08-20"));
        assertThat(all(on(talked, "2024-09-03T00:00"), CHILD_VIEW_BEFORE_DECISION)).extracting(Deadline::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.MET);
    }
}
