package dk.ics.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ResponsibleNamed} on a text: present and not blank. */
public final class ResponsibleTextValidator implements ConstraintValidator<ResponsibleNamed, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value != null && !value.toString().isBlank();
    }
}
