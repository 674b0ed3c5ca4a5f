package dk.ics.validation.internal.rules;

import dk.ics.validation.spi.Rule;
import java.util.ArrayList;
import java.util.List;

/** The library's built-in rule set, in a fixed order: the default profile runs all of them. */
public final class BuiltInRules {

    private static final List<Rule> ALL = build();

    private BuiltInRules() {
    }

    /** The built-in rules, in code order within their groups (immutable, shared, thread-safe). */
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
        return List.copyOf(rules);
    }
}
