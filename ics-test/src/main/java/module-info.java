/**
 * Test support for applications that embed ICS: fixtures for cases and documents built from valid defaults and
 * changed fluently, seeded generators of realistic caseloads, documents and barometer rounds, a catalogue of
 * known-broken variants (one per rule and template constraint), and AssertJ assertions on findings, deadlines and
 * barometer scores. Start with {@link dk.ics.test.IcsFixtures} and {@link dk.ics.test.IcsAssertions}.
 */
module dk.ics.test {
    requires transitive dk.ics.model;
    requires transitive dk.ics.barometer;
    requires transitive dk.ics.templates;
    requires transitive dk.ics.validation;
    requires transitive org.assertj.core;
    requires tools.jackson.databind;

    exports dk.ics.test;
}
