package dk.ics.model.casework;

import dk.ics.model.LocalizedText;
import dk.ics.model.internal.MessageTexts;
import dk.ics.model.law.LegalReference;
import dk.ics.model.law.LegalReferences;
import dk.ics.model.law.Standing;
import java.util.Optional;

/**
 * The deadline rules of ICS casework under each legal regime, each with a stable code (its name), the case step it
 * belongs to and its legal basis as a {@link LegalReference} per regime. How each deadline is computed is described
 * on {@link DeadlineCalculator}; this is the one place the library computes a statutory deadline, and the validation
 * rules about deadlines ask it.
 *
 * <p>The references name the consolidation they were read in (Barnets lov: LBK nr. 282 af 17/03/2025; Serviceloven:
 * LBK nr. 170 af 24/01/2022) and how firmly they stand ({@link LegalReference#standing()}): where the library
 * applies a section in a way the law does not spell out (a time the law does not set, how a year is counted), the
 * reference is marked as the project's reading or convention and its note says what the library does.
 */
public enum DeadlineRule {
    /** Assess a notification within 24 hours (Barnets lov § 136; SEL § 155). */
    NOTIFICATION_ASSESSMENT_24H(CaseStep.UNDERRETNING, LegalReferences.BL_136, LegalReferences.SEL_155),
    /** Acknowledge a professional notifier within 6 working days (SEL § 155 b, stk. 1; Barnets lov § 138). */
    NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS(CaseStep.UNDERRETNING, LegalReferences.BL_138,
            LegalReferences.SEL_155_B_STK_1),
    /**
     * Talk with the child after a notification about abuse (Barnets lov § 137, stk. 3). The law sets no time limit;
     * the time allowed is the project's convention ({@link DeadlineCalculator.Builder#childTalkWithin}).
     */
    CHILD_TALK_ABUSE(CaseStep.UNDERRETNING,
            LegalReferences.BL_137_STK_3.as(Standing.PROJECT_CONVENTION, Conventions.CHILD_TALK),
            LegalReferences.SEL_155_A.as(Standing.PROJECT_CONVENTION, Conventions.CHILD_TALK)),
    /** Finish the børnefaglig undersøgelse within 4 months of learning of the need (§ 20, stk. 3; SEL § 50). */
    BFU_4_MONTHS(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE, LegalReferences.BL_20_STK_3, LegalReferences.SEL_50),
    /** A preliminary assessment when the investigation is not finished within 4 months (§ 20, stk. 3). */
    BFU_PRELIMINARY_ASSESSMENT_4_MONTHS(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE, LegalReferences.BL_20_STK_3,
            LegalReferences.SEL_50),
    /** Talk with the child, or obtain its views otherwise, before each decision on support or placement (§ 5). */
    CHILD_VIEW_BEFORE_DECISION(CaseStep.AFGOERELSE,
            LegalReferences.BL_5_STK_3.as(Standing.PROJECT_READING, Conventions.CHILD_VIEW),
            LegalReferences.SEL_48_STK_1.as(Standing.PROJECT_READING, Conventions.CHILD_VIEW)),
    /** The first barnets plan within 3 months of a § 32 decision that says a plan will be made (§ 91, stk. 1). */
    PLAN_SUPPORT_3_MONTHS(CaseStep.BARNETS_PLAN, LegalReferences.BL_91_STK_1, null),
    /** The first barnets plan within 3 months of a placement decision with consent (§ 91, stk. 2). */
    PLAN_PLACEMENT_3_MONTHS(CaseStep.BARNETS_PLAN, LegalReferences.BL_91_STK_2, null),
    /** Barnets plan before a decision on placement without consent (§ 91, stk. 2). */
    PLAN_BEFORE_PLACEMENT_47(CaseStep.BARNETS_PLAN, LegalReferences.BL_91_STK_2, null),
    /** Under SEL: the handleplan before the decision (SEL § 140, stk. 1). */
    HANDLEPLAN_BEFORE_DECISION(CaseStep.BARNETS_PLAN, null, LegalReferences.SEL_140_STK_1),
    /** Under SEL: after an urgent decision, the handleplan within 4 months (SEL § 140, stk. 1). */
    HANDLEPLAN_URGENT_4_MONTHS(CaseStep.BARNETS_PLAN, null, LegalReferences.SEL_140_STK_1),
    /**
     * Decide whether to make an ungeplan, when a young person with barnets plan or § 32 support turns 16, or at a
     * § 32 decision for a young person of 16 or more (§ 108, stk. 1). The law sets no time for the decision; the
     * library gives it until the ungeplan itself would be due (3 months, stk. 3).
     */
    UNGEPLAN_CONSIDERED_FROM_16(CaseStep.UNGEPLAN,
            LegalReferences.BL_108_STK_1.as(Standing.PROJECT_READING, Conventions.UNGEPLAN_CONSIDERED), null),
    /**
     * The ungeplan, a plan of its own, within 3 months of the decision on the measure or of the 16th birthday: required
     * for a placed young person of 16 or more (§ 108, stk. 2), or when the municipality decided to make one (stk. 1).
     */
    UNGEPLAN_3_MONTHS(CaseStep.UNGEPLAN, LegalReferences.BL_108_STK_3, null),
    /** The ungeplan before a decision on placement without consent of a young person of 16 or more (§ 108, stk. 4). */
    UNGEPLAN_BEFORE_PLACEMENT_47(CaseStep.UNGEPLAN, LegalReferences.BL_108_STK_4, null),
    /** The first follow-up on a measure (§ 95, stk. 2; SEL § 70). */
    FOLLOW_UP_FIRST(CaseStep.OPFOELGNING, LegalReferences.BL_95_STK_2, LegalReferences.SEL_70),
    /** The next follow-up on the date the municipality planned (§ 95, stk. 3). */
    FOLLOW_UP_NEXT_PLANNED(CaseStep.OPFOELGNING, LegalReferences.BL_95_STK_3, null),
    /** Under SEL: a follow-up at least every 6 months after the first (SEL § 70). */
    FOLLOW_UP_EVERY_6_MONTHS(CaseStep.OPFOELGNING, null, LegalReferences.SEL_70),
    /** At least two supervision visits in each year of a placement (§ 156, stk. 5). */
    SUPERVISION_2_PER_YEAR(CaseStep.TILSYN,
            LegalReferences.BL_156_STK_5.as(Standing.PROJECT_READING, Conventions.SUPERVISION_YEAR), null),
    /** The decision on ungestøtte at least 6 months before a placement ends at the 18th birthday (§ 111, stk. 1). */
    UNGESTOETTE_DECISION_BEFORE_18(CaseStep.AFGOERELSE, LegalReferences.BL_111_STK_1, null);

    /** The notes of the references the library applies in a way of its own. */
    private static final class Conventions {
        static final String CHILD_TALK = "The law sets no time limit for the talk; the library expects it with the"
                + " assessment of the notification, within 24 hours of receipt by default"
                + " (DeadlineCalculator.Builder.childTalkWithin).";
        static final String CHILD_VIEW = "A talk (or, under § 5, stk. 4, the views obtained otherwise) counts for a"
                + " decision when it lies after the case's previous decision and no later than the day of the decision.";
        static final String UNGEPLAN_CONSIDERED = "The law says when the duty arises (the 16th birthday, or the"
                + " decision) but sets no time; the library expects the decision within the 3 months of § 108, stk. 3.";
        static final String SUPERVISION_YEAR = "The law says two visits a year without saying how the year is counted;"
                + " the library counts years of the placement from its first day.";

        private Conventions() {
        }
    }

    private static final MessageTexts TEXTS =
            MessageTexts.load("/dk/ics/model/casework/deadlines", DeadlineRule.class::getResourceAsStream);

    private final CaseStep step;
    private final LegalReference barnetsLov;
    private final LegalReference sel;

    DeadlineRule(CaseStep step, LegalReference barnetsLov, LegalReference sel) {
        this.step = step;
        this.barnetsLov = barnetsLov;
        this.sel = sel;
    }

    /** The stable code, e.g. {@code NOTIFICATION_ASSESSMENT_24H}. */
    public String code() {
        return name();
    }

    /** The case step the deadline belongs to. */
    public CaseStep step() {
        return step;
    }

    /** The rule's name in Danish and English, from the {@code deadlines} message texts. */
    public LocalizedText label() {
        return Labels.OF[ordinal()];
    }

    /** The labels, rendered once: every deadline of every case carries one. */
    private static final class Labels {
        private static final LocalizedText[] OF = new LocalizedText[values().length];

        static {
            for (DeadlineRule r : values()) {
                OF[r.ordinal()] = TEXTS.render(r.name());
            }
        }

        private Labels() {
        }
    }

    /** The legal reference under a regime; empty when the rule does not apply under it. */
    public Optional<LegalReference> reference(LegalRegime regime) {
        return Optional.ofNullable(regime == LegalRegime.SEL ? sel : barnetsLov);
    }

    /** The legal basis under a regime as printed, e.g. {@code Barnets lov § 20, stk. 3}; empty when it does not apply. */
    public Optional<String> basis(LegalRegime regime) {
        return reference(regime).map(LegalReference::citation);
    }

    /**
     * Whether the rule concerns a child's measures, which end at the 18th birthday (a placement ends then, Barnets
     * lov § 111, stk. 1): a deadline it set running before the birthday and falling due after it no longer applies,
     * unless it was met by then. Notifications and the decision on support after 18 are not cut off.
     */
    public boolean endsAtEighteen() {
        return switch (this) {
            case NOTIFICATION_ASSESSMENT_24H, NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS, CHILD_TALK_ABUSE,
                    CHILD_VIEW_BEFORE_DECISION, UNGESTOETTE_DECISION_BEFORE_18 -> false;
            default -> true;
        };
    }

    /** Whether the rule applies to steps under the regime. */
    public boolean appliesTo(LegalRegime regime) {
        return reference(regime).isPresent();
    }
}
