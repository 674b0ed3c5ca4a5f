/**
 * Bean Validation constraints for the ICS model (jakarta.validation API only; the runtime is the host's or the one
 * {@code dk.ics.validation.ModelValidator} builds): a valid CPR number ({@link dk.ics.model.constraints.ValidCpr}),
 * case dates in order ({@link dk.ics.model.constraints.DatesInOrder}), and a goal with someone responsible
 * ({@link dk.ics.model.constraints.ResponsibleNamed}). Messages are in {@code ContributorValidationMessages}
 * (English) and {@code ContributorValidationMessages_da} at the root of the jar, and use only {@code {attribute}}
 * placeholders, so they interpolate without Jakarta Expression Language. No message ever shows the validated value.
 */
package dk.ics.model.constraints;
