package dk.ics.model.casework;

import dk.ics.model.LocalizedText;
import dk.ics.model.internal.MessageTexts;
import java.util.Optional;

/**
 * The deadline rules of ICS casework under each legal regime, each with a stable code (its name), the case step it
 * belongs to and its legal basis. How each deadline is computed is described on {@link DeadlineCalculator}.
 *
 * <p>Legal bases follow the consolidated Barnets lov (LBK nr. 282 af 17/03/2025) and Serviceloven as it stood in
 * 2023. Two citations rest on the correspondence between the laws rather than on a source read here and are marked
 * so: the acknowledgement of a professional notifier under Barnets lov (§ 138, carried over from SEL § 155 b) and
 * the talk with the child under Serviceloven (§ 155 a).
 */
public enum DeadlineRule {
    /** Assess a notification within 24 hours (Barnets lov § 136; SEL § 155). */
    NOTIFICATION_ASSESSMENT_24H(CaseStep.UNDERRETNING, "Barnets lov § 136", "Serviceloven § 155"),
    /** Acknowledge a professional notifier within 6 working days (SEL § 155 b; Barnets lov § 138, likely). */
    NOTIFIER_ACKNOWLEDGEMENT_6_WORKING_DAYS(CaseStep.UNDERRETNING, "Barnets lov § 138", "Serviceloven § 155 b"),
    /** Talk with the child after a notification about abuse (Barnets lov § 137, stk. 3; SEL § 155 a, likely). */
    CHILD_TALK_ABUSE(CaseStep.UNDERRETNING, "Barnets lov § 137, stk. 3", "Serviceloven § 155 a"),
    /** Finish the børnefaglig undersøgelse within 4 months of learning of the need (§ 20; SEL § 50). */
    BFU_4_MONTHS(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE, "Barnets lov § 20, stk. 3", "Serviceloven § 50, stk. 7"),
    /** A preliminary assessment when the investigation is not finished within 4 months. */
    BFU_PRELIMINARY_ASSESSMENT_4_MONTHS(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE, "Barnets lov § 20, stk. 3",
            "Serviceloven § 50, stk. 7"),
    /** Barnets plan within 3 months of a § 32 decision that says a plan will be made (§ 91). */
    PLAN_SUPPORT_3_MONTHS(CaseStep.BARNETS_PLAN, "Barnets lov § 91", null),
    /** Barnets plan within 3 months of a placement decision with consent (§ 91). */
    PLAN_PLACEMENT_3_MONTHS(CaseStep.BARNETS_PLAN, "Barnets lov § 91", null),
    /** Barnets plan before a decision on placement without consent (§ 91). */
    PLAN_BEFORE_PLACEMENT_47(CaseStep.BARNETS_PLAN, "Barnets lov § 91", null),
    /** Under SEL: the handleplan before the decision (SEL § 140). */
    HANDLEPLAN_BEFORE_DECISION(CaseStep.BARNETS_PLAN, null, "Serviceloven § 140"),
    /** Under SEL: after an urgent decision, the handleplan within 4 months (SEL § 140). */
    HANDLEPLAN_URGENT_4_MONTHS(CaseStep.BARNETS_PLAN, null, "Serviceloven § 140"),
    /** An ungeplan for a young person from 16 (§ 108). */
    UNGEPLAN_FROM_16(CaseStep.UNGEPLAN, "Barnets lov § 108", null),
    /** The first follow-up on a measure (§ 95; SEL § 70). */
    FOLLOW_UP_FIRST(CaseStep.OPFOELGNING, "Barnets lov § 95", "Serviceloven § 70"),
    /** The next follow-up on the date the municipality planned (§ 95). */
    FOLLOW_UP_NEXT_PLANNED(CaseStep.OPFOELGNING, "Barnets lov § 95", null),
    /** Under SEL: a follow-up at least every 6 months after the first (SEL § 70). */
    FOLLOW_UP_EVERY_6_MONTHS(CaseStep.OPFOELGNING, null, "Serviceloven § 70"),
    /** At least two supervision visits a year to a placed child (§ 156, stk. 5). */
    SUPERVISION_2_PER_YEAR(CaseStep.TILSYN, "Barnets lov § 156, stk. 5", null);

    private static final MessageTexts TEXTS =
            MessageTexts.load("/dk/ics/model/casework/deadlines", DeadlineRule.class::getResourceAsStream);

    private final CaseStep step;
    private final String barnetsLov;
    private final String sel;

    DeadlineRule(CaseStep step, String barnetsLov, String sel) {
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

    /** The legal basis under a regime, e.g. {@code Barnets lov § 20, stk. 3}; empty when the rule does not apply. */
    public Optional<String> basis(LegalRegime regime) {
        return Optional.ofNullable(regime == LegalRegime.SEL ? sel : barnetsLov);
    }

    /** Whether the rule applies to cases under the regime. */
    public boolean appliesTo(LegalRegime regime) {
        return basis(regime).isPresent();
    }
}
