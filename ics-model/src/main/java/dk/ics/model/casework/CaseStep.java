package dk.ics.model.casework;

import dk.ics.model.LocalizedText;

/**
 * The steps of a child's case, from notification to follow-up, in the order a case passes them. Templates belong to
 * a step, and deadlines are computed per step.
 */
public enum CaseStep {
    /** Underretning: a notification received, and its assessment within 24 hours. */
    UNDERRETNING(LocalizedText.of("Underretning", "Notification")),
    /** Screening of the child's need for help (Barnets lov § 18). */
    SCREENING(LocalizedText.of("Screening", "Screening")),
    /** Afdækning of one or more circumstances (Barnets lov § 19). */
    AFDAEKNING(LocalizedText.of("Afdækning", "Preliminary enquiry")),
    /** Børnefaglig undersøgelse (Barnets lov §§ 20–22), with the partners' statements that inform it. */
    BOERNEFAGLIG_UNDERSOEGELSE(LocalizedText.of("Børnefaglig undersøgelse", "Child protection investigation")),
    /** Afgørelse: the decision on support (§ 32) or placement (§§ 46–47). */
    AFGOERELSE(LocalizedText.of("Afgørelse", "Decision")),
    /** Barnets plan (Barnets lov §§ 91–92; before 2024 the handleplan, SEL § 140). */
    BARNETS_PLAN(LocalizedText.of("Barnets plan", "The child's plan")),
    /** Ungeplan for young people from 16 (Barnets lov § 108). */
    UNGEPLAN(LocalizedText.of("Ungeplan", "Young person's plan")),
    /** Opfølgning: follow-up on the measure and the goals (Barnets lov § 95). */
    OPFOELGNING(LocalizedText.of("Opfølgning", "Follow-up")),
    /** Tilsyn: supervision visits to a placed child (Barnets lov § 156). */
    TILSYN(LocalizedText.of("Tilsyn", "Supervision visit"));

    private final LocalizedText label;

    CaseStep(LocalizedText label) {
        this.label = label;
    }

    /** The stable code. */
    public String code() {
        return name();
    }

    /** The step's name in Danish and English. */
    public LocalizedText label() {
        return label;
    }
}
