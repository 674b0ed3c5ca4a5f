package dk.ics.model.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The dates of a {@link dk.ics.model.casework.CaseRecord} are in order beyond what its constructor checks: the case is
 * not opened after a step that needs an open case (an investigation started or finished, a decision, a plan, a
 * measure, a follow-up, a supervision visit), and it is not opened in the future (by the validator's clock). A
 * violation is reported on the property {@code opened}.
 */
@Documented
@Constraint(validatedBy = DatesInOrderValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DatesInOrder {

    /** The message key. */
    String message() default "{dk.ics.model.constraints.DatesInOrder.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
