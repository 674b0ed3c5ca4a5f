package dk.ics.model.casework;

import dk.ics.model.LocalizedText;

/**
 * What happened on a case, at a moment recorded by a {@link CaseEvent}. The deadlines of a case are computed from
 * these events (see {@link DeadlineCalculator}).
 *
 * <p>Under Serviceloven (cases opened before 2024) the decision types stand for their predecessors: a
 * {@link #DECISION_SUPPORT_32} for a measure under SEL § 52, {@link #DECISION_PLACEMENT_46} for a placement with
 * consent (SEL § 52, stk. 3, nr. 7) and {@link #DECISION_PLACEMENT_47} for a placement without consent (SEL § 58),
 * and {@link #PLAN_MADE} for the handleplan (SEL § 140).
 *
 * <p>When the municipality learned of the need for a børnefaglig undersøgelse is recorded as its own event,
 * {@link #NEED_KNOWN}, rather than as an attribute of {@link #BFU_STARTED}: the 4-month deadline runs from that
 * moment even when no investigation has started yet, and that is exactly the case a caseworker must see.
 */
public enum EventType {
    /** A notification (underretning) was received. Attributes: {@code concernsAbuse}, {@code professionalNotifier}. */
    NOTIFICATION_RECEIVED(CaseStep.UNDERRETNING, "Underretning modtaget", "Notification received"),
    /** The notification was assessed for acute danger (within 24 hours of receipt). */
    NOTIFICATION_ASSESSED(CaseStep.UNDERRETNING, "Underretning vurderet", "Notification assessed"),
    /** The professional who notified was sent an acknowledgement of receipt. */
    NOTIFIER_ACKNOWLEDGED(CaseStep.UNDERRETNING, "Kvittering sendt til underretter", "Notifier acknowledged"),
    /** A talk with the child (børnesamtale), e.g. after a notification about abuse or before a decision (§ 5). */
    CHILD_TALK(CaseStep.UNDERRETNING, "Børnesamtale", "Talk with the child"),
    /**
     * The child's views were obtained in another way than a talk, because the child's age or other circumstances
     * decisively spoke against a talk (Barnets lov § 5, stk. 4); recorded in place of a {@link #CHILD_TALK}.
     */
    CHILD_VIEW_OBTAINED_OTHERWISE(CaseStep.AFGOERELSE, "Barnets synspunkter tilvejebragt på anden vis",
            "Child's views obtained otherwise"),
    /** A screening of the child's need for help (Barnets lov § 18). */
    SCREENING(CaseStep.SCREENING, "Screening", "Screening"),
    /** An afdækning of one or more circumstances (Barnets lov § 19). */
    AFDAEKNING(CaseStep.AFDAEKNING, "Afdækning", "Preliminary enquiry"),
    /** The municipality learned that the child may need support calling for a børnefaglig undersøgelse. */
    NEED_KNOWN(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE, "Kommunen blev opmærksom på behovet",
            "Municipality learned of the need"),
    /** A børnefaglig undersøgelse was started. */
    BFU_STARTED(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE, "Børnefaglig undersøgelse påbegyndt",
            "Investigation started"),
    /** A preliminary assessment, made when the investigation cannot be finished within 4 months. */
    BFU_PRELIMINARY_ASSESSMENT(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE, "Foreløbig vurdering",
            "Preliminary assessment"),
    /** The børnefaglig undersøgelse was finished. */
    BFU_FINISHED(CaseStep.BOERNEFAGLIG_UNDERSOEGELSE, "Børnefaglig undersøgelse afsluttet",
            "Investigation finished"),
    /**
     * A decision on supporting measures (Barnets lov § 32). Attributes: {@code planToBeMade}, {@code urgent},
     * {@code section}.
     */
    DECISION_SUPPORT_32(CaseStep.AFGOERELSE, "Afgørelse om støttende indsats (§ 32)",
            "Decision on support (§ 32)"),
    /** A decision on placement with consent (Barnets lov § 46). Attributes: {@code urgent}, {@code section}. */
    DECISION_PLACEMENT_46(CaseStep.AFGOERELSE, "Afgørelse om anbringelse med samtykke (§ 46)",
            "Decision on placement with consent (§ 46)"),
    /** A decision on placement without consent (Barnets lov § 47). Attributes: {@code urgent}, {@code section}. */
    DECISION_PLACEMENT_47(CaseStep.AFGOERELSE, "Afgørelse om anbringelse uden samtykke (§ 47)",
            "Decision on placement without consent (§ 47)"),
    /** Barnets plan (before 2024: the handleplan) was made or revised. */
    PLAN_MADE(CaseStep.BARNETS_PLAN, "Barnets plan udarbejdet", "Child's plan made"),
    /**
     * The municipality decided whether an ungeplan will be made (Barnets lov § 108, stk. 1). Attribute:
     * {@code planToBeMade} (true: an ungeplan will be made).
     */
    UNGEPLAN_CONSIDERED(CaseStep.UNGEPLAN, "Stillingtagen til ungeplan", "Ungeplan considered"),
    /** An ungeplan was made, as a plan of its own (Barnets lov § 108). */
    UNGEPLAN_MADE(CaseStep.UNGEPLAN, "Ungeplan udarbejdet", "Young person's plan made"),
    /**
     * A decision on ungestøtte (support after 18) for a placed young person (Barnets lov § 111, stk. 1, on measures
     * under §§ 114–116 and 120), including a decision that no such support is given.
     */
    DECISION_UNGESTOETTE(CaseStep.AFGOERELSE, "Afgørelse om ungestøtte (§ 111)",
            "Decision on support after 18 (§ 111)"),
    /** A measure began. Attribute: {@code placement} (true for a placement outside the home). */
    MEASURE_STARTED(CaseStep.OPFOELGNING, "Indsats iværksat", "Measure started"),
    /** A measure ended. Attribute: {@code placement}, as on the start. */
    MEASURE_ENDED(CaseStep.OPFOELGNING, "Indsats ophørt", "Measure ended"),
    /** A follow-up on the measure and the goals. Attribute: {@code nextPlannedDate}. */
    FOLLOW_UP(CaseStep.OPFOELGNING, "Opfølgning", "Follow-up"),
    /** A supervision visit to a placed child, with a talk with the child (Barnets lov § 156, stk. 5). */
    SUPERVISION_VISIT(CaseStep.TILSYN, "Tilsynsbesøg", "Supervision visit"),
    /** The case was closed; deadlines that would fall due later no longer apply. */
    CASE_CLOSED(CaseStep.OPFOELGNING, "Sagen afsluttet", "Case closed");

    private final CaseStep step;
    private final LocalizedText label;

    EventType(CaseStep step, String da, String en) {
        this.step = step;
        this.label = LocalizedText.of(da, en);
    }

    /** The step of the case this event belongs to. */
    public CaseStep step() {
        return step;
    }

    /** The event's name in Danish and English. */
    public LocalizedText label() {
        return label;
    }

    /** Whether this is one of the three decision types. */
    public boolean isDecision() {
        return this == DECISION_SUPPORT_32 || this == DECISION_PLACEMENT_46 || this == DECISION_PLACEMENT_47;
    }
}
