package dk.ics.validation.internal;

import dk.ics.model.constraints.ResponsibleNamed;
import dk.ics.templates.Goal;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ResponsibleNamed} on a goal read from a plan by role: its {@code GOAL_RESPONSIBLE} is a non-blank
 * text. Registered for {@link java.util.ServiceLoader} as a {@code jakarta.validation.ConstraintValidator}, so any
 * Hibernate Validator finds it.
 */
public final class GoalResponsibleValidator implements ConstraintValidator<ResponsibleNamed, Goal> {

    @Override
    public boolean isValid(Goal value, ConstraintValidatorContext context) {
        return value == null || value.responsible().map(b -> !b.value().isBlank()).orElse(false);
    }
}
