/**
 * The ICS implementation barometer: the seven aim points and their statements as data, rounds of answers read from
 * and written to CSV and JSON, scoring per aim point, overall and per role, trends over rounds, the use of ICS in
 * casework from a case system's figures, the checklist of expectations of an ICS municipality, and the
 * implementation/anchoring plan. Start with {@link dk.ics.barometer.Barometer#standard()}.
 */
module dk.ics.barometer {
    requires transitive dk.ics.model;
    requires tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;
    requires org.slf4j;

    exports dk.ics.barometer;

    // Jackson binds the catalogue, plans, profiles and figures to the records and writes the results.
    opens dk.ics.barometer to tools.jackson.databind;
}
