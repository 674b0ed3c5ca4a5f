package dk.ics.model.casework;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.child.Child;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Builds cases in code for the deadline tests. */
final class CaseFixtures {

    static final Child CHILD = Child.born("barn-t", LocalDate.of(2012, 5, 14));
    static final DeadlineCalculator CALC = DeadlineCalculator.standard();

    private CaseFixtures() {
    }

    static CaseEvent ev(EventType type, String at) {
        return CaseEvent.of(type, at);
    }

    static CaseRecord barnetsLov(CaseEvent... events) {
        return new CaseRecord("sag-t", CHILD, LegalRegime.BARNETS_LOV, null, List.of(events));
    }

    static CaseRecord sel(CaseEvent... events) {
        return new CaseRecord("sag-t", CHILD, LegalRegime.SEL, null, List.of(events));
    }

    /** The deadlines of a case on a local date-time in Copenhagen. */
    static List<Deadline> on(CaseRecord c, String localDateTime) {
        return CALC.deadlines(c, LocalDateTime.parse(localDateTime));
    }

    /** The one deadline of a rule. */
    static Deadline only(List<Deadline> deadlines, DeadlineRule rule) {
        List<Deadline> found = all(deadlines, rule);
        assertThat(found).as("deadlines of " + rule).hasSize(1);
        return found.get(0);
    }

    /** Every deadline of a rule, in order. */
    static List<Deadline> all(List<Deadline> deadlines, DeadlineRule rule) {
        return deadlines.stream().filter(d -> d.rule() == rule).toList();
    }

    /** The status of the one deadline of a rule on a local date-time. */
    static DeadlineStatus status(CaseRecord c, String localDateTime, DeadlineRule rule) {
        return only(on(c, localDateTime), rule).status();
    }
}
