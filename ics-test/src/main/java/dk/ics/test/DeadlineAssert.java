package dk.ics.test;

import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineStatus;
import dk.ics.test.internal.Tables;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Deadline}. Failure messages show the deadline (and, when reached from a list, all of the
 * case's deadlines) as a table {@code code | status | due | basis}; the due dates are the test's own fixture data.
 */
public final class DeadlineAssert extends AbstractAssert<DeadlineAssert, Deadline> {

    private final List<Deadline> all;

    DeadlineAssert(Deadline actual, List<Deadline> all) {
        super(actual, DeadlineAssert.class);
        this.all = all;
    }

    /** Checks the status. */
    public DeadlineAssert hasStatus(DeadlineStatus expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("%nExpecting deadline %s to be %s, but it is %s:%n%s", actual.code(), expected,
                    actual.status(), Tables.deadlines(all));
        }
        return this;
    }

    /** Checks that the deadline is overdue: not met, and the due time has passed. */
    public DeadlineAssert isOverdue() {
        return hasStatus(DeadlineStatus.OVERDUE);
    }

    /** Checks that the deadline is open: not met, and not yet due. */
    public DeadlineAssert isOpen() {
        return hasStatus(DeadlineStatus.OPEN);
    }

    /** Checks that the deadline was met in time. */
    public DeadlineAssert isMet() {
        return hasStatus(DeadlineStatus.MET);
    }

    /** Checks that the deadline was met, but late. */
    public DeadlineAssert isMetLate() {
        return hasStatus(DeadlineStatus.MET_LATE);
    }

    /** Checks that the deadline does not apply. */
    public DeadlineAssert isNotApplicable() {
        return hasStatus(DeadlineStatus.NOT_APPLICABLE);
    }

    /** Checks that the deadline falls due on a day (in the zone the deadlines were computed in). */
    public DeadlineAssert dueOn(LocalDate expected) {
        isNotNull();
        LocalDate due = actual.due() == null ? null : actual.due().toLocalDate();
        if (!expected.equals(due)) {
            failWithMessage("%nExpecting deadline %s to be due on %s, but it is due %s:%n%s", actual.code(), expected,
                    due == null ? "never" : "on " + due, Tables.deadlines(all));
        }
        return this;
    }

    /** Checks the legal basis, e.g. {@code Barnets lov § 20, stk. 3}. */
    public DeadlineAssert hasBasis(String expected) {
        isNotNull();
        if (!actual.basis().equals(expected)) {
            failWithMessage("%nExpecting deadline %s to rest on %s, but it rests on %s:%n%s", actual.code(), expected,
                    actual.basis(), Tables.deadlines(all));
        }
        return this;
    }
}
