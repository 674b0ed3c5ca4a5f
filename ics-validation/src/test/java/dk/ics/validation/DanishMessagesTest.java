package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.model.messages.CodeLeaks;
import dk.ics.templates.CaseDocument;
import dk.ics.validation.internal.Collector;
import dk.ics.validation.internal.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a caseworker reads: no Danish message of the validator holds a code, a camelCase identifier or an English
 * field name, whether read from the bundle or from the findings of every rule case and broken document.
 */
class DanishMessagesTest {

    private static final Path RULES = Path.of("src/main/java/dk/ics/validation/internal/rules");
    private static final Path BROKEN = Path.of("../ics-templates/src/test/resources/documents/broken");

    @Test
    void noDanishTextOfTheBundleHoldsACodeOrAnIdentifier() {
        List<String> placeholders = Collections.nCopies(5, "…");
        for (String key : Texts.builtIn().keys()) {
            String da = Texts.builtIn().message(key, placeholders).da();
            assertThat(CodeLeaks.in(da)).as(key + ": " + da).isEmpty();
        }
    }

    @Test
    void dimensionAndSideCodesAreShownAsTheirLabels() {
        assertThat(Texts.render("ICS-BFU-002.missing", "TRYGT_OMSORGSMILJOE").in(Language.DA))
                .isEqualTo("Dimensionen Trygt omsorgsmiljø er i fokus, men har ingen beskrivelse.");
        assertThat(Texts.render("ICS-BFU-001.side", "FAMILIE_OG_NETVAERK").in(Language.EN))
                .contains("Family and network").doesNotContain("FAMILIE_OG_NETVAERK");
    }

    @Test
    void whatTheContextLacksIsSaidInWordsForEveryNameARuleUses() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern call = Pattern.compile("contextMissing\\(\"([A-Za-z]+)\"\\)");
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path p : files.toList()) {
                Matcher m = call.matcher(Files.readString(p));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertThat(names).contains("measureStartDate", "latestBfu");
        for (String name : names) {
            assertThat(Texts.has(Texts.CONTEXT_PREFIX + name)).as(name).isTrue();
            String da = Texts.render(Collector.CONTEXT_MISSING, "ICS-OPF-002", name).in(Language.DA);
            assertThat(CodeLeaks.in(da)).as(da).isEmpty();
        }
        assertThat(Texts.render(Collector.CONTEXT_MISSING, "ICS-OPF-002", "measureStartDate").in(Language.DA))
                .isEqualTo("Regel ICS-OPF-002 kunne ikke anvendes: sagens oplysninger mangler datoen for indsatsens"
                        + " start.");
    }

    @Test
    void everyFindingOfEveryRuleCaseAndBrokenDocumentReadsAsDanish() throws IOException {
        JsonNode all = Cases.resource("/rules/cases.json");
        List<Finding> findings = new ArrayList<>();
        for (JsonNode c : all.get("cases")) {
            String base = c.get("base").asString();
            var doc = Cases.edited(base, c.get("set"), c.get("remove"),
                    c.has("status") ? c.get("status").asString() : null);
            findings.addAll(Cases.VALIDATOR.validate(Cases.document(doc, base),
                    Cases.context(all.get("contexts").get(base), c.get("context"))).findings());
        }
        try (Stream<Path> files = Files.list(BROKEN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String base = p.getFileName().toString().startsWith("bfu") ? "bfu.json" : "barnets-plan.json";
                findings.addAll(Cases.VALIDATOR.validate(CaseDocument.read(p),
                        Cases.context(all.get("contexts").get(base), null)).findings());
            }
        }
        Set<String> keys = new TreeSet<>();
        for (Finding f : findings) {
            keys.add(f.messageKey());
            assertThat(CodeLeaks.in(f.message(Language.DA))).as(f + " / " + f.message(Language.DA)).isEmpty();
        }
        assertThat(keys).hasSizeGreaterThan(40);
    }
}
