package dk.ics.test;

import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineRule;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.test.internal.Tables;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the deadlines of a case, as {@code DeadlineCalculator} computed them. Failure messages show every
 * deadline as a table {@code code | status | due | basis}.
 *
 * <pre>{@code
 * assertThat(calculator.deadlines(c, today)).deadline("BFU_4_MONTHS").isOverdue().dueOn(LocalDate.of(2025, 6, 3));
 * }</pre>
 */
public final class DeadlineListAssert extends AbstractAssert<DeadlineListAssert, List<Deadline>> {

    DeadlineListAssert(List<Deadline> actual) {
        super(actual, DeadlineListAssert.class);
    }

    /**
     * The first deadline (in the list's order, which is due order) of a rule; fails when the case has none.
     *
     * @param code the rule's code, e.g. {@code NOTIFICATION_ASSESSMENT_24H}
     */
    public DeadlineAssert deadline(String code) {
        isNotNull();
        Deadline d = actual.stream().filter(x -> x.code().equals(code)).findFirst().orElse(null);
        if (d == null) {
            failWithMessage("%nExpecting a deadline %s, but the case has none:%n%s", code, Tables.deadlines(actual));
        }
        return new DeadlineAssert(d, actual);
    }

    /** The first deadline of a rule; fails when the case has none. */
    public DeadlineAssert deadline(DeadlineRule rule) {
        return deadline(rule.code());
    }

    /** Checks that the case has no deadline of a rule. */
    public DeadlineListAssert hasNoDeadline(String code) {
        isNotNull();
        if (actual.stream().anyMatch(x -> x.code().equals(code))) {
            failWithMessage("%nExpecting no deadline %s, but the case has:%n%s", code, Tables.deadlines(actual));
        }
        return this;
    }

    /** Checks that no deadline is overdue. */
    public DeadlineListAssert hasNoneOverdue() {
        isNotNull();
        if (actual.stream().anyMatch(x -> x.status() == DeadlineStatus.OVERDUE)) {
            failWithMessage("%nExpecting no overdue deadline, but the case has:%n%s", Tables.deadlines(actual));
        }
        return this;
    }
}
