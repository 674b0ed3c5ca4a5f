package dk.ics.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated value is a valid CPR number: a {@link dk.ics.model.child.Cpr}, or a {@code String} of the form
 * {@code DDMMYY-SSSS} or {@code DDMMYYSSSS} holding a real date, and in either case a birth date that is not in the
 * future (by the validator's clock). {@code null} is valid (a child may have no CPR number); add
 * {@code @NotNull} where one is required. Substitute numbers (erstatningspersonnumre) are valid unless
 * {@link #allowSubstitute()} is {@code false}.
 */
@Documented
@Constraint(validatedBy = {ValidCprValidator.class, ValidCprTextValidator.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidCpr {

    /** The message key. */
    String message() default "{dk.ics.model.constraints.ValidCpr.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /** Whether a substitute number (day of the month plus 60) is accepted. */
    boolean allowSubstitute() default true;
}
