package dk.ics.model.casework;

import java.time.LocalDate;

/**
 * The law a case runs under: Serviceloven for cases opened before 1 January 2024, Barnets lov from then on. The
 * regime is data on the case; {@link #forStartDate(LocalDate)} gives the default.
 */
public enum LegalRegime {
    /** Serviceloven (SEL), for cases opened before 2024. */
    SEL,
    /** Barnets lov, in force from 1 January 2024. */
    BARNETS_LOV;

    /** The day Barnets lov came into force. */
    public static final LocalDate BARNETS_LOV_IN_FORCE = LocalDate.of(2024, 1, 1);

    /** The regime for a case opened on the given date. */
    public static LegalRegime forStartDate(LocalDate start) {
        return start.isBefore(BARNETS_LOV_IN_FORCE) ? SEL : BARNETS_LOV;
    }
}
