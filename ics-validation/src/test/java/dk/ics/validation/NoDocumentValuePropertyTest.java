package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever the free text of a document says and whichever of it is missing, no piece of it reaches a finding: every
 * free text of an example is replaced by a marker, some are removed, and the report must not contain a marker.
 */
class NoDocumentValuePropertyTest {

    @Provide
    Arbitrary<String> examples() {
        return Arbitraries.of("bfu.json", "barnets-plan.json", "opfoelgning.json", "partner-skole.json",
                "underretning.json", "ungeplan.json");
    }

    @Property(tries = 60)
    void noFreeTextOfTheDocumentReachesTheReport(@ForAll("examples") String example,
            @ForAll("seeds") long seed, @ForAll boolean draft) {
        ObjectNode doc = Cases.example(example);
        List<String> markers = new ArrayList<>();
        java.util.Random random = new java.util.Random(seed);
        replaceFreeText(doc, markers, random);
        if (draft) {
            doc.put("status", "DRAFT");
        }
        ValidationReport report = Cases.VALIDATOR.validate(Cases.document(doc, example),
                CaseContext.on(LocalDate.of(2026, 6, 1)));
        String all = report.toJson() + report.render() + report.findings();
        for (String m : markers) {
            assertThat(all).doesNotContain(m);
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** Replaces every free text (a string with a space) with a marker, or removes it (one in four). */
    private static void replaceFreeText(JsonNode node, List<String> markers, java.util.Random random) {
        if (node instanceof ObjectNode o) {
            for (String name : new ArrayList<>(o.propertyNames())) {
                JsonNode v = o.get(name);
                if (v.isString() && v.asString().contains(" ")) {
                    if (random.nextInt(4) == 0) {
                        o.remove(name);
                    } else {
                        o.put(name, marker(markers, random));
                    }
                } else {
                    replaceFreeText(v, markers, random);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).isString() && a.get(i).asString().contains(" ")) {
                    a.set(i, a.stringNode(marker(markers, random)));
                } else {
                    replaceFreeText(a.get(i), markers, random);
                }
            }
        }
    }

    private static String marker(List<String> markers, java.util.Random random) {
        String m = "Mrk" + Long.toString(Math.abs(random.nextLong()), 36) + " tekst";
        markers.add(m.substring(0, m.indexOf(' ')));
        return m;
    }
}
