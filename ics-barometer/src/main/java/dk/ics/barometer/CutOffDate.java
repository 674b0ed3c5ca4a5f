package dk.ics.barometer;

import dk.ics.model.casework.CaseStep;
import java.time.LocalDate;
import java.util.List;

/**
 * A cut-off date (skæringsdato) of the plan: from this day every new document of the case step is made with ICS.
 *
 * @param step      the case step, e.g. {@link CaseStep#BOERNEFAGLIG_UNDERSOEGELSE}
 * @param from      the first day ICS is required for new documents of the step
 * @param aimPoints the ids of the aim points it serves
 */
public record CutOffDate(CaseStep step, LocalDate from, List<String> aimPoints) {

    /** Copies the aim points. */
    public CutOffDate {
        aimPoints = aimPoints == null ? List.of() : List.copyOf(aimPoints);
    }

    /** Whether a new document of the step begun on the given day must use ICS. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(from);
    }
}
