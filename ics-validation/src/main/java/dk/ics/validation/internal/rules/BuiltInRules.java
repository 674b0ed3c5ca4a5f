package dk.ics.validation.internal.rules;

import dk.ics.validation.spi.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The library's built-in rule set, in a fixed order: the default profile runs all of them. */
public final class BuiltInRules {

    private static final List<Rule> ALL = build();

    private BuiltInRules() {
    }

    /** The built-in rules, by case step and then code (immutable, shared, thread-safe). */
    public static List<Rule> all() {
        return ALL;
    }

    private static List<Rule> build() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(NotificationRules.all());
        rules.addAll(BfuRules.all());
        rules.addAll(BfuDecisionRules.all());
        rules.addAll(PartnerRules.all());
        rules.addAll(PlanRules.all());
        rules.addAll(FollowUpRules.all());
        // Case order of the steps, then code: the order of the catalogue and of a run.
        List<String> groups = List.of("ICS-UND-", "ICS-BFU-", "ICS-PART-", "ICS-PLAN-", "ICS-OPF-", "ICS-SEL-");
        rules.sort(Comparator.<Rule>comparingInt(r -> groups.indexOf(r.info().code().substring(0,
                r.info().code().lastIndexOf('-') + 1))).thenComparing(r -> r.info().code()));
        return List.copyOf(rules);
    }
}
