package dk.ics.barometer;

import dk.ics.model.casework.CaseStep;

/**
 * The use of ICS in one case step: the score is the mean of the share of documents made on an ICS template and the
 * share that passed the ICS checks, on 0–100, rounded half up: {@code 100 × (onIcsTemplate + passedChecks) / (2 ×
 * documents)}. A step with no documents has no score.
 *
 * @param step          the case step
 * @param documents     the documents made in the period
 * @param onIcsTemplate how many on an ICS template
 * @param passedChecks  how many passed the ICS checks without errors
 * @param score         the score 0–100, or {@code null} when there were no documents
 * @param status        the status band (the catalogue's thresholds), or {@link Status#INSUFFICIENT_ANSWERS}
 */
public record StepUsage(CaseStep step, int documents, int onIcsTemplate, int passedChecks, Integer score,
        Status status) {
}
