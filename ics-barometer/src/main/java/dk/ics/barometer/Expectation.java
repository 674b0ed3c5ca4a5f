package dk.ics.barometer;

import dk.ics.model.LocalizedText;

/**
 * The expectations of a municipality that works with ICS (Social- og Boligstyrelsen, "Forventninger til kommuner,
 * der arbejder med ICS", section 3, and the recommended implementation/anchoring plan of section 4).
 */
public enum Expectation {
    /** An ICS lead (ICS-ansvarlig) is appointed. */
    ICS_LEAD_APPOINTED(LocalizedText.of("Der er udpeget en ICS-ansvarlig", "An ICS lead is appointed")),
    /** At least two super-users are appointed. */
    AT_LEAST_TWO_SUPER_USERS(LocalizedText.of("Der er udpeget mindst to superbrugere",
            "At least two super-users are appointed")),
    /** There are super-users in proportion to the caseworkers (this library's threshold, configurable). */
    SUPER_USERS_IN_PROPORTION(LocalizedText.of("Antallet af superbrugere passer til antallet af sagsbehandlere",
            "Super-users in proportion to caseworkers")),
    /** The caseworkers have attended or are enrolled in the ICS course. */
    STAFF_TRAINED_OR_ENROLLED(LocalizedText.of("Sagsbehandlerne har været på eller er tilmeldt ICS-kursus",
            "Caseworkers trained in ICS or enrolled")),
    /** New staff are introduced to ICS when they start. */
    NEW_STAFF_INTRODUCTION(LocalizedText.of("Nyansatte introduceres til ICS",
            "New staff are introduced to ICS")),
    /** An implementation/anchoring plan is in force (recommended). */
    ANCHORING_PLAN_IN_FORCE(LocalizedText.of("Der er en gældende implementerings-/forankringsplan",
            "An implementation/anchoring plan is in force"));

    /** The source of the expectations. */
    public static final String BASIS = "Social- og Boligstyrelsen: Forventninger til kommuner, der arbejder med ICS";

    private final LocalizedText label;

    Expectation(LocalizedText label) {
        this.label = label;
    }

    /** The expectation in Danish and English. */
    public LocalizedText label() {
        return label;
    }
}
