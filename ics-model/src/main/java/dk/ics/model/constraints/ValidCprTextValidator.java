package dk.ics.model.constraints;

import dk.ics.model.IcsException;
import dk.ics.model.child.Cpr;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidCpr} on a {@code String}: parses it as a CPR number, then as {@link ValidCprValidator}. */
public final class ValidCprTextValidator implements ConstraintValidator<ValidCpr, CharSequence> {

    private boolean allowSubstitute;

    @Override
    public void initialize(ValidCpr annotation) {
        allowSubstitute = annotation.allowSubstitute();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            return ValidCprValidator.valid(Cpr.parse(value.toString()), allowSubstitute, context);
        } catch (IcsException e) {
            return false;
        }
    }
}
