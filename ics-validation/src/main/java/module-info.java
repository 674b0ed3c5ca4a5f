/**
 * Validation of ICS case documents: Bean Validation of the model (Hibernate Validator), and the ICS and legal rules
 * over documents bound to their templates, configurable per municipality by a profile and extensible by custom
 * rules.
 */
module dk.ics.validation {
    requires transitive dk.ics.model;
    requires transitive dk.ics.templates;
    requires org.hibernate.validator;
    requires tools.jackson.databind;
    requires org.slf4j;

    exports dk.ics.validation;
    exports dk.ics.validation.spi;

    // Jackson binds the profile file; Hibernate Validator instantiates the goal constraint validator.
    opens dk.ics.validation.internal to tools.jackson.databind, org.hibernate.validator;

    uses dk.ics.validation.spi.Rule;

    provides jakarta.validation.ConstraintValidator with dk.ics.validation.internal.GoalResponsibleValidator;
}
