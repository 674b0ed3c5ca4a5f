/**
 * The ICS vocabulary and case domain: the triangle, age groups and focus areas, the funnel model, the magnet board,
 * case records and their deadlines, CPR numbers, and the library's one finding type and exception hierarchy.
 */
module dk.ics.model {
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.annotation;
    requires tools.jackson.databind;
    requires org.slf4j;

    exports dk.ics.model;
    exports dk.ics.model.triangle;
    exports dk.ics.model.casework;
    exports dk.ics.model.child;
    exports dk.ics.model.age;
    exports dk.ics.model.focus;
    exports dk.ics.model.funnel;
    exports dk.ics.model.board;
    exports dk.ics.model.constraints;
    exports dk.ics.model.law;
    // Shared machinery (limits-aware JSON reading, message texts) for the library's own modules only.
    exports dk.ics.model.internal to dk.ics.templates, dk.ics.validation, dk.ics.barometer;

    opens dk.ics.model to tools.jackson.databind;
    opens dk.ics.model.triangle to tools.jackson.databind;
    // Hibernate Validator reads the constrained fields of cases and children (dk.ics.model.constraints).
    opens dk.ics.model.casework to tools.jackson.databind, org.hibernate.validator;
    opens dk.ics.model.child to tools.jackson.databind, org.hibernate.validator;
    opens dk.ics.model.age to tools.jackson.databind;
    opens dk.ics.model.focus to tools.jackson.databind;
    opens dk.ics.model.funnel to tools.jackson.databind;
    opens dk.ics.model.board to tools.jackson.databind;
}
