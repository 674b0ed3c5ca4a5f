package dk.ics.barometer;

import dk.ics.barometer.internal.Texts;
import dk.ics.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The checklist of what is expected of a municipality that works with ICS: an ICS lead, at least two super-users,
 * super-users in proportion to the caseworkers, caseworkers trained or enrolled, a practice for introducing new
 * staff, and an implementation/anchoring plan in force. Each item is PASS, FAIL or UNKNOWN with a reason.
 *
 * <p>The thresholds have defaults ({@link #standard()}): at least 2 super-users (the source's minimum), one
 * super-user per 10 caseworkers and 100 % of caseworkers trained or enrolled (this library's choices, to set per
 * municipality with the {@code with…} methods). Immutable and thread-safe.
 */
public final class Checklist {

    private final int minimumSuperUsers;
    private final int caseworkersPerSuperUser;
    private final int requiredTrainedPercent;

    private Checklist(int minimumSuperUsers, int caseworkersPerSuperUser, int requiredTrainedPercent) {
        this.minimumSuperUsers = minimumSuperUsers;
        this.caseworkersPerSuperUser = caseworkersPerSuperUser;
        this.requiredTrainedPercent = requiredTrainedPercent;
    }

    /** The checklist with the default thresholds: 2 super-users, 1 per 10 caseworkers, 100 % trained. */
    public static Checklist standard() {
        return new Checklist(2, 10, 100);
    }

    /** Evaluates a profile with the default thresholds. */
    public static ChecklistResult evaluate(MunicipalityProfile profile) {
        return standard().check(profile);
    }

    /** This checklist with another minimum number of super-users (1 or more). */
    public Checklist withMinimumSuperUsers(int count) {
        require(count >= 1, "the minimum number of super-users must be 1 or more");
        return new Checklist(count, caseworkersPerSuperUser, requiredTrainedPercent);
    }

    /** This checklist asking for at least one super-user per the given number of caseworkers (1 or more). */
    public Checklist withCaseworkersPerSuperUser(int caseworkers) {
        require(caseworkers >= 1, "caseworkers per super-user must be 1 or more");
        return new Checklist(minimumSuperUsers, caseworkers, requiredTrainedPercent);
    }

    /** This checklist asking for the given percentage (0–100) of caseworkers trained or enrolled. */
    public Checklist withRequiredTrainedPercent(int percent) {
        require(percent >= 0 && percent <= 100, "the trained percentage must be 0 to 100");
        return new Checklist(minimumSuperUsers, caseworkersPerSuperUser, percent);
    }

    /** Evaluates a profile. */
    public ChecklistResult check(MunicipalityProfile p) {
        List<CheckResult> out = new ArrayList<>();
        out.add(yesNo(Expectation.ICS_LEAD_APPOINTED, p.icsLeadAppointed()));
        if (p.superUsers() == null) {
            out.add(result(Expectation.AT_LEAST_TWO_SUPER_USERS, CheckOutcome.UNKNOWN));
        } else {
            out.add(result(Expectation.AT_LEAST_TWO_SUPER_USERS, outcome(p.superUsers() >= minimumSuperUsers),
                    p.superUsers().toString(), Integer.toString(minimumSuperUsers)));
        }
        if (p.superUsers() == null || p.caseworkers() == null) {
            out.add(result(Expectation.SUPER_USERS_IN_PROPORTION, CheckOutcome.UNKNOWN));
        } else {
            int needed = (p.caseworkers() + caseworkersPerSuperUser - 1) / caseworkersPerSuperUser;
            out.add(result(Expectation.SUPER_USERS_IN_PROPORTION, outcome(p.superUsers() >= needed),
                    p.superUsers().toString(), p.caseworkers().toString(),
                    Integer.toString(caseworkersPerSuperUser), Integer.toString(needed)));
        }
        if (p.caseworkers() == null || p.caseworkersTrainedOrEnrolled() == null) {
            out.add(result(Expectation.STAFF_TRAINED_OR_ENROLLED, CheckOutcome.UNKNOWN));
        } else {
            boolean ok = 100L * p.caseworkersTrainedOrEnrolled() >= (long) requiredTrainedPercent * p.caseworkers();
            out.add(result(Expectation.STAFF_TRAINED_OR_ENROLLED, outcome(ok),
                    p.caseworkersTrainedOrEnrolled().toString(), p.caseworkers().toString(),
                    Integer.toString(requiredTrainedPercent)));
        }
        out.add(yesNo(Expectation.NEW_STAFF_INTRODUCTION, p.newStaffIntroduction()));
        out.add(yesNo(Expectation.ANCHORING_PLAN_IN_FORCE, p.anchoringPlanInForce()));
        return new ChecklistResult(p.municipality(), p.asOf(), out);
    }

    /**
     * Evaluates a profile, deciding "plan in force" from the plan itself (its status is
     * {@link PlanStatus#IN_FORCE}) rather than from the profile's flag.
     */
    public ChecklistResult check(MunicipalityProfile p, AnchoringPlan plan) {
        MunicipalityProfile withPlan = new MunicipalityProfile(p.municipality(), p.asOf(), p.icsLeadAppointed(),
                p.superUsers(), p.caseworkers(), p.caseworkersTrainedOrEnrolled(), p.newStaffIntroduction(),
                plan.status() == PlanStatus.IN_FORCE);
        return check(withPlan);
    }

    private static CheckResult yesNo(Expectation e, Boolean value) {
        return result(e, value == null ? CheckOutcome.UNKNOWN : outcome(value));
    }

    private static CheckOutcome outcome(boolean pass) {
        return pass ? CheckOutcome.PASS : CheckOutcome.FAIL;
    }

    private static CheckResult result(Expectation e, CheckOutcome o, String... args) {
        LocalizedText reason = Texts.render("check." + e.name() + "." + o.name().toLowerCase(java.util.Locale.ROOT),
                args);
        return new CheckResult(e, o, reason);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public String toString() {
        return "Checklist[minimumSuperUsers=" + minimumSuperUsers + ", caseworkersPerSuperUser="
                + caseworkersPerSuperUser + ", requiredTrainedPercent=" + requiredTrainedPercent + "]";
    }
}
