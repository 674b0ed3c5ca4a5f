package dk.ics.test;

import static dk.ics.test.IcsFixtures.aCase;

import dk.ics.model.casework.DeadlineRule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The catalogue of cases that miss a deadline: for every {@link DeadlineRule}, a case built from
 * {@link IcsFixtures#aCase()} that misses exactly that deadline (overdue, or met late), with the day to judge it
 * on. A case system's test runs each through its deadline overview and asserts the missed deadline is flagged.
 *
 * <pre>{@code
 * BrokenCases.all().forEach((code, c) ->
 *         assertThat(myDeadlineOverview.flagged(c.fixture().build(), c.judgedOn())).contains(code));
 * }</pre>
 */
public final class BrokenCases {

    private static final LocalDate AUTUMN_2025 = LocalDate.of(2025, 10, 1);
    private static final LocalDate AUTUMN_2023 = LocalDate.of(2023, 10, 1);
    private static final Map<String, BrokenCase> ALL = build();

    private BrokenCases() {
    }

    /** Every broken case, by the code of the deadline rule it misses, in code order. */
    public static Map<String, BrokenCase> all() {
        return ALL;
    }

    /**
     * The broken case of a deadline rule.
     *
     * @throws IllegalArgumentException when there is none
     */
    public static BrokenCase of(DeadlineRule rule) {
        BrokenCase c = ALL.get(rule.code());
        if (c == null) {
            throw new IllegalArgumentException("no broken case for " + rule.code());
        }
        return c;
    }

    private static Map<String, BrokenCase> build() {
        Map<String, BrokenCase> m = new TreeMap<>();
        add(m, DeadlineRule.NOTIFICATION_ASSESSMENT_24H, "the notification assessed after 25 hours", AUTUMN_2025,
                () -> aCase().assessedAt(OffsetDateTime.parse("2025-02-04T10:40+01:00")));
        add(m, DeadlineRule.NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS,
                "the professional notifier acknowledged after 9 working days", AUTUMN_2025,
                () -> aCase().acknowledgedOn(LocalDate.of(2025, 2, 14)));
        m.put(DeadlineRule.CHILD_TALK_ABUSE.code(), new BrokenCase(DeadlineRule.CHILD_TALK_ABUSE.code(),
                "a notification about abuse with no talk with the child", AUTUMN_2025,
                Set.of(DeadlineRule.CHILD_VIEW_BEFORE_DECISION.code()), () -> aCase().aboutAbuse()));
        add(m, DeadlineRule.CHILD_VIEW_BEFORE_DECISION, "the § 32 decision with the talk with the child a day after it",
                AUTUMN_2025, () -> aCase().childTalkAt(OffsetDateTime.parse("2025-05-28T10:00+02:00")));
        add(m, DeadlineRule.BFU_4_MONTHS, "the investigation finished a week after the 4 months", AUTUMN_2025,
                () -> aCase().preliminaryAssessmentOn(LocalDate.of(2025, 6, 2)).bfuFinishedOn(LocalDate.of(2025, 6, 10))
                        .measureStartedOn(LocalDate.of(2025, 6, 11)));
        m.put(DeadlineRule.BFU_PRELIMINARY_ASSESSMENT_4_MONTHS.code(), new BrokenCase(
                DeadlineRule.BFU_PRELIMINARY_ASSESSMENT_4_MONTHS.code(),
                "the investigation finished late, with no preliminary assessment", AUTUMN_2025,
                Set.of(DeadlineRule.BFU_4_MONTHS.code()), () -> aCase().bfuFinishedOn(LocalDate.of(2025, 6, 10))
                        .measureStartedOn(LocalDate.of(2025, 6, 11))));
        add(m, DeadlineRule.PLAN_SUPPORT_3_MONTHS, "the plan made 3 months and 5 days after the § 32 decision",
                AUTUMN_2025, () -> aCase().planMadeOn(LocalDate.of(2025, 9, 1)));
        add(m, DeadlineRule.PLAN_PLACEMENT_3_MONTHS, "the plan made 3 months and 5 days after a § 46 placement",
                AUTUMN_2025, () -> aCase().placedWithConsentOn(LocalDate.of(2025, 5, 27))
                        .planMadeOn(LocalDate.of(2025, 9, 1)));
        add(m, DeadlineRule.PLAN_BEFORE_PLACEMENT_47, "the plan made after the decision on placement without consent",
                AUTUMN_2025, () -> aCase().placedWithoutConsentOn(LocalDate.of(2025, 6, 1)));
        add(m, DeadlineRule.HANDLEPLAN_BEFORE_DECISION, "under Serviceloven, the handleplan made after the decision",
                AUTUMN_2023, () -> aCase().underSel().planMadeOn(LocalDate.of(2023, 6, 1)));
        add(m, DeadlineRule.HANDLEPLAN_URGENT_4_MONTHS,
                "under Serviceloven, the handleplan made after 4 months of an urgent decision", AUTUMN_2023,
                () -> aCase().underSel().urgent().planMadeOn(LocalDate.of(2023, 9, 29)));
        add(m, DeadlineRule.UNGEPLAN_CONSIDERED_FROM_16,
                "a young person of 16 with § 32 support and no decision whether to make an ungeplan", AUTUMN_2025,
                () -> aCase().childBornOn(LocalDate.of(2009, 3, 1)));
        add(m, DeadlineRule.UNGEPLAN_3_MONTHS, "a placed young person of 16 with no ungeplan after 3 months",
                AUTUMN_2025, () -> aCase().childBornOn(LocalDate.of(2009, 3, 1))
                        .placedWithConsentOn(LocalDate.of(2025, 5, 27)));
        m.put(DeadlineRule.UNGEPLAN_BEFORE_PLACEMENT_47.code(), new BrokenCase(
                DeadlineRule.UNGEPLAN_BEFORE_PLACEMENT_47.code(),
                "a young person of 16 placed without consent before any ungeplan", AUTUMN_2025,
                Set.of(DeadlineRule.PLAN_BEFORE_PLACEMENT_47.code()), () -> aCase().childBornOn(LocalDate.of(2009, 3, 1))
                        .placedWithoutConsentOn(LocalDate.of(2025, 6, 1))));
        m.put(DeadlineRule.UNGESTOETTE_DECISION_BEFORE_18.code(), new BrokenCase(
                DeadlineRule.UNGESTOETTE_DECISION_BEFORE_18.code(),
                "a placed young person turning 18 in January 2026 with no decision on support after 18", AUTUMN_2025,
                Set.of(DeadlineRule.UNGEPLAN_3_MONTHS.code()), () -> aCase().childBornOn(LocalDate.of(2008, 1, 10))
                        .placedWithConsentOn(LocalDate.of(2025, 5, 27))));
        add(m, DeadlineRule.FOLLOW_UP_FIRST, "the first follow-up 5 days after the 3 months", AUTUMN_2025,
                () -> aCase().followUpOn(LocalDate.of(2025, 9, 15), LocalDate.of(2026, 1, 15)));
        add(m, DeadlineRule.FOLLOW_UP_NEXT_PLANNED, "the planned next follow-up not held", LocalDate.of(2026, 1, 20),
                () -> aCase());
        add(m, DeadlineRule.FOLLOW_UP_EVERY_6_MONTHS, "under Serviceloven, no follow-up 6 months after the first",
                LocalDate.of(2024, 3, 5), () -> aCase().underSel());
        add(m, DeadlineRule.SUPERVISION_2_PER_YEAR, "a placement's first year with one supervision visit",
                LocalDate.of(2026, 6, 15), () -> aCase().placedWithConsentOn(LocalDate.of(2025, 5, 27))
                        .followUpOn(LocalDate.of(2025, 9, 4), LocalDate.of(2026, 9, 1))
                        .supervisionVisitOn(LocalDate.of(2025, 12, 1)));
        return Collections.unmodifiableMap(m);
    }

    private static void add(Map<String, BrokenCase> m, DeadlineRule rule, String description, LocalDate judgedOn,
            Supplier<CaseFixture> source) {
        m.put(rule.code(), new BrokenCase(rule.code(), description, judgedOn, Set.of(), source));
    }

    /** The codes of every deadline rule, for completeness checks. */
    static List<String> ruleCodes() {
        return java.util.Arrays.stream(DeadlineRule.values()).map(DeadlineRule::code).toList();
    }
}
