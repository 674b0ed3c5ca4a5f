package dk.ics.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A goal of a child's plan has someone responsible (Barnets lov § 92): the annotated goal names a responsible person
 * or body in a non-blank text. The validators are registered for {@link java.util.ServiceLoader} by the modules that
 * know the goal types (the validation module registers one for {@code dk.ics.templates.Goal}); on a
 * {@code CharSequence} (a responsible field of the host's own goal type) it requires a non-blank text.
 */
@Documented
@Constraint(validatedBy = ResponsibleTextValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ResponsibleNamed {

    /** The message key. */
    String message() default "{dk.ics.model.constraints.ResponsibleNamed.message}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
