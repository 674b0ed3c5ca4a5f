package dk.ics.test;

import dk.ics.barometer.AimPointScore;
import dk.ics.barometer.GroupScore;
import dk.ics.barometer.Role;
import dk.ics.barometer.RoundScore;
import dk.ics.barometer.Status;
import dk.ics.model.FindingReport;
import dk.ics.test.internal.Tables;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a scored barometer round: for all respondents, or (after {@link #role(Role)}) for one role. Failure
 * messages show the group's scores as a table {@code aim point | score | status | answers}.
 *
 * <pre>{@code
 * assertThat(Barometer.standard().score(round)).aimPoint(3).hasStatus(Status.GREEN).hasScore(72);
 * assertThat(score).overall().hasStatus(Status.YELLOW);
 * }</pre>
 */
public final class BarometerScoreAssert extends AbstractAssert<BarometerScoreAssert, RoundScore> {

    private final GroupScore group;

    BarometerScoreAssert(RoundScore actual, GroupScore group) {
        super(actual, BarometerScoreAssert.class);
        this.group = group;
    }

    /** The scores of one role; fails when nobody of the role answered. */
    public BarometerScoreAssert role(Role role) {
        isNotNull();
        GroupScore g = actual.role(role).orElse(null);
        if (g == null) {
            failWithMessage("%nExpecting scores for role %s, but nobody of that role answered", role);
        }
        return new BarometerScoreAssert(actual, g);
    }

    /** The score of aim point {@code n} (its id {@code S}n, e.g. 3 for {@code S3}). */
    public ScoreAssert aimPoint(int n) {
        return aimPoint("S" + n);
    }

    /** The score of the aim point with an id; fails when the catalogue has no such aim point. */
    public ScoreAssert aimPoint(String aimPointId) {
        isNotNull();
        AimPointScore a = group.aimPoint(aimPointId).orElse(null);
        if (a == null) {
            failWithMessage("%nExpecting aim point %s, but the round has:%n%s", aimPointId, Tables.scores(group));
        }
        return new ScoreAssert(aimPointId, a.score(), a.status(), Tables.scores(group));
    }

    /** The overall score. */
    public ScoreAssert overall() {
        isNotNull();
        return new ScoreAssert("overall", group.overall(), group.overallStatus(), Tables.scores(group));
    }

    /** Assertions on the round's findings ({@code BAR-ROLE-GAP}, {@code BAR-INSUFFICIENT-ANSWERS}). */
    public FindingReportAssert findings() {
        isNotNull();
        return new FindingReportAssert(FindingReport.of(actual.findings()));
    }

    /** Assertions on one score (an aim point's or the overall one) and its status. */
    public static final class ScoreAssert extends AbstractAssert<ScoreAssert, Integer> {

        private final String what;
        private final Status status;
        private final String table;

        ScoreAssert(String what, Integer score, Status status, String table) {
            super(score, ScoreAssert.class);
            this.what = what;
            this.status = status;
            this.table = table;
        }

        /** Checks the status. */
        public ScoreAssert hasStatus(Status expected) {
            if (status != expected) {
                failWithMessage("%nExpecting %s to be %s, but it is %s:%n%s", what, expected, status, table);
            }
            return this;
        }

        /** Checks the score (0–100). */
        public ScoreAssert hasScore(int expected) {
            if (actual == null || actual != expected) {
                failWithMessage("%nExpecting %s to score %s, but it scores %s:%n%s", what, expected,
                        actual == null ? "nothing" : actual, table);
            }
            return this;
        }

        /** Checks that the score lies between two bounds, both included. */
        public ScoreAssert hasScoreBetween(int low, int high) {
            if (actual == null || actual < low || actual > high) {
                failWithMessage("%nExpecting %s to score between %s and %s, but it scores %s:%n%s", what, low, high,
                        actual == null ? "nothing" : actual, table);
            }
            return this;
        }

        /** Checks that there is no score (too few answers). */
        public ScoreAssert hasNoScore() {
            if (actual != null) {
                failWithMessage("%nExpecting %s to have no score, but it scores %s:%n%s", what, actual, table);
            }
            return this;
        }
    }
}
