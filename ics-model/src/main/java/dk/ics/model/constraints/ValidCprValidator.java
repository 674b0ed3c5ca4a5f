package dk.ics.model.constraints;

import dk.ics.model.child.Cpr;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;

/** Checks {@link ValidCpr} on a {@link Cpr}: the number parsed, so only the birth date and substitute rule remain. */
public final class ValidCprValidator implements ConstraintValidator<ValidCpr, Cpr> {

    /** The zone a CPR birth date is compared in. */
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private boolean allowSubstitute;

    @Override
    public void initialize(ValidCpr annotation) {
        allowSubstitute = annotation.allowSubstitute();
    }

    @Override
    public boolean isValid(Cpr value, ConstraintValidatorContext context) {
        return value == null || valid(value, allowSubstitute, context);
    }

    static boolean valid(Cpr cpr, boolean allowSubstitute, ConstraintValidatorContext context) {
        if (!allowSubstitute && cpr.isSubstitute()) {
            return false;
        }
        LocalDate today = LocalDate.ofInstant(context.getClockProvider().getClock().instant(), COPENHAGEN);
        return !cpr.birthDate().isAfter(today);
    }
}
