package dk.ics.model.funnel;

/** Who or what an investigation question is put to: the sources of the funnel model's focus points. */
public enum InformationSource {
    /** The child or young person (Barnets lov § 5: the child's view before decisions). */
    CHILD,
    /** The parents or other holders of custody. */
    PARENTS,
    /** The school, including after-school care. */
    SCHOOL,
    /** The day-care service (dagpleje, vuggestue, børnehave). */
    DAY_CARE,
    /** The health visitor (sundhedsplejerske). */
    HEALTH_VISITOR,
    /** The child's general practitioner or the hospital. */
    DOCTOR,
    /** Another professional, e.g. a psychologist, the PPR or a club. */
    OTHER_PROFESSIONAL,
    /** The family's network: relatives, friends, neighbours. */
    NETWORK,
    /** Existing case records and earlier investigations. */
    CASE_RECORDS
}
