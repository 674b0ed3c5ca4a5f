package dk.ics.templates;

import static dk.ics.templates.TestTemplates.bytes;
import static dk.ics.templates.TestTemplates.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Language;
import dk.ics.model.Severity;
import org.junit.jupiter.api.Test;

/** Each conformance rule on small templates built in code: shape, list nesting, requiredness, extra roles. */
class ConformanceRulesTest {

    private static final String HEADER = "\"title\": {\"da\": \"T\"}, \"step\": \"BARNETS_PLAN\"";
    private static final String DERIVED = HEADER + ", \"derivedFrom\": {\"id\": \"base\", \"version\": \"1.0.0\"}";
    private static final String TEXT = "\"$ref\": \"urn:ics:common:1.0.0#/$defs/text\"";
    private static final String GOALS = "\"maal\": {\"x-ics\": {\"role\": \"GOALS\"}, \"type\": \"array\", \"items\":"
            + " {\"type\": \"object\", \"properties\": {\"id\": {\"x-ics\": {\"role\": \"GOAL_ID\"}, " + TEXT + "}}}}";

    private static String base() {
        return template("base", "1.0.0", HEADER, "\"p\": {\"x-ics\": {\"role\": \"CHILD_WISHES\"}, " + TEXT + "}, "
                + GOALS).replace("\"required\": [\"template\", \"status\"]", "\"required\": [\"template\", \"status\","
                + " \"p\"]");
    }

    private static FindingReport conformance(String derivedProperties, boolean pRequired) {
        String derived = template("derived", "1.0.0", DERIVED, derivedProperties);
        if (pRequired) {
            derived = derived.replace("\"required\": [\"template\", \"status\"]",
                    "\"required\": [\"template\", \"status\", \"oensker\"]");
        }
        TemplateRegistry r = TemplateRegistry.builder().addBuiltIns().add("base.json", bytes(base()))
                .add("derived.json", bytes(derived)).build();
        return r.conformance(r.latest("derived"));
    }

    @Test
    void renamedAndRequiredItConforms() {
        FindingReport r = conformance("\"oensker\": {\"x-ics\": {\"role\": \"CHILD_WISHES\"}, " + TEXT + "}, "
                + GOALS.replace("\"maal\"", "\"targets\"") + ", \"ekstra\": {\"x-ics\": {\"role\": \"BACKGROUND\"}, "
                + TEXT + "}", true);
        assertThat(r.findings()).as(r.render(Language.EN)).isEmpty();
    }

    @Test
    void aRoleNoLongerRequiredIsAWarning() {
        FindingReport r = conformance("\"oensker\": {\"x-ics\": {\"role\": \"CHILD_WISHES\"}, " + TEXT + "}, " + GOALS,
                false);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TPL-CONF-NOT-REQUIRED");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/oensker");
            assertThat(f.arguments()).containsExactly("CHILD_WISHES", "");
            assertThat(f.message(Language.DA)).contains("barnets ønsker");
        });
    }

    @Test
    void aRoleWithAnotherShapeIsATypeError() {
        FindingReport r = conformance("\"oensker\": {\"x-ics\": {\"role\": \"CHILD_WISHES\"}, \"type\": \"string\","
                + " \"format\": \"date\"}, " + GOALS, true);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("TPL-CONF-TYPE");
        assertThat(r.findings().get(0).arguments()).contains("string(date)", "string");
        assertThat(r.findings().get(0).message(Language.DA)).isEqualTo("Feltet til barnets ønsker har formen dato her,"
                + " men tekst i grundskabelonen");
    }

    @Test
    void aRoleNestedInAnotherListIsACardinalityError() {
        String nested = "\"maal\": {\"x-ics\": {\"role\": \"GOALS\"}, \"type\": \"array\", \"items\": {\"type\":"
                + " \"object\", \"properties\": {\"ids\": {\"type\": \"array\", \"items\": {\"type\": \"object\","
                + " \"properties\": {\"id\": {\"x-ics\": {\"role\": \"GOAL_ID\"}, " + TEXT + "}}}}}}}";
        FindingReport r = conformance("\"oensker\": {\"x-ics\": {\"role\": \"CHILD_WISHES\"}, " + TEXT + "}, "
                + nested, true);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TPL-CONF-CARDINALITY");
            assertThat(f.pointer()).isEqualTo("/maal/*/ids/*/id");
            assertThat(f.arguments()).containsExactly("GOAL_ID", "", "2", "1");
            assertThat(f.message(Language.DA)).contains("målets id").contains("2").contains("1");
        });
    }

    @Test
    void versionsCompareNumericallyAndLatestIsTheHighest() {
        TemplateRegistry r = TemplateRegistry.builder().addBuiltIns()
                .add("a.json", bytes(template("t", "1.9.0", HEADER, "")))
                .add("b.json", bytes(template("t", "1.10.0", HEADER, "")))
                .add("c.json", bytes(template("t", "1.2.3", HEADER, ""))).build();
        assertThat(r.latest("t").version()).isEqualTo(new TemplateVersion(1, 10, 0));
        assertThat(r.list()).filteredOn(t -> t.id().equals("t")).extracting(t -> t.version().toString())
                .containsExactly("1.2.3", "1.9.0", "1.10.0");
        assertThat(TemplateVersion.parse("2.0.0")).isGreaterThan(TemplateVersion.parse("1.99.99"));
    }

    @Test
    void aBaseOfAnUnknownVersionIsNamedAtTheTemplatesDerivedFromVersion() {
        TemplateRegistry r = TemplateRegistry.builder().addBuiltIns().add("base.json", bytes(base()))
                .add("derived.json", bytes(template("derived", "1.0.0",
                        HEADER + ", \"derivedFrom\": {\"id\": \"base\", \"version\": \"9.9.9\"}", ""))).build();
        assertThatThrownBy(() -> r.conformance(r.latest("derived")))
                .isInstanceOfSatisfying(IcsUnknownCodeException.class, e -> {
                    assertThat(e.location().source()).endsWith("derived.json");
                    assertThat(e.location().pointer()).isEqualTo("/x-ics-template/derivedFrom/version");
                    assertThat(e.getMessage()).contains("9.9.9").contains("1.0.0");
                });
    }

    @Test
    void anUnknownBaseIsNamedAtTheTemplatesDerivedFromId() {
        TemplateRegistry r = TemplateRegistry.builder().addBuiltIns()
                .add("derived.json", bytes(template("derived", "1.0.0",
                        HEADER + ", \"derivedFrom\": {\"id\": \"nowhere\", \"version\": \"1.0.0\"}", ""))).build();
        assertThatThrownBy(() -> r.conformance(r.latest("derived")))
                .isInstanceOfSatisfying(IcsUnknownCodeException.class, e -> {
                    assertThat(e.location().source()).endsWith("derived.json");
                    assertThat(e.location().pointer()).isEqualTo("/x-ics-template/derivedFrom/id");
                    assertThat(e.getMessage()).contains("nowhere").contains("bfu");
                });
    }

    @Test
    void aTemplateWithoutABaseIsRefusedAtWhereTheBaseBelongs() {
        TemplateRegistry r = TemplateRegistry.builder().addBuiltIns().add("base.json", bytes(base())).build();
        assertThatThrownBy(() -> r.conformance(r.latest("base")))
                .isInstanceOfSatisfying(IcsInvalidDataException.class, e -> {
                    assertThat(e.location().source()).endsWith("base.json");
                    assertThat(e.location().pointer()).isEqualTo("/x-ics-template/derivedFrom");
                });
    }
}
