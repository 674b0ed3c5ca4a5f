package dk.ics.barometer;

import dk.ics.model.casework.CaseStep;

/**
 * A case system's figures for one case step in a period: how many documents were made, how many on ICS templates,
 * and how many of those passed the ICS checks without errors. Plain numbers; no case data.
 *
 * @param step          the case step, e.g. {@link CaseStep#BOERNEFAGLIG_UNDERSOEGELSE},
 *                      {@link CaseStep#BARNETS_PLAN}, {@link CaseStep#OPFOELGNING}
 * @param documents     the number of documents (investigations, plans, follow-ups) made in the period
 * @param onIcsTemplate how many of them were made on an ICS template
 * @param passedChecks  how many of those on an ICS template passed the ICS checks without errors
 */
public record StepFigures(CaseStep step, int documents, int onIcsTemplate, int passedChecks) {
}
