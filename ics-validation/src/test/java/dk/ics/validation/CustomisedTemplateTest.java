package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.Finding;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.TemplateRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A municipality's customised BFU template (fields renamed and moved, from the templates module's conformance
 * tests) gives the same rule findings as the built-in template for the same content: the rules read roles, not
 * field names.
 */
class CustomisedTemplateTest {

    private static final Path DIR = Path.of("src/test/resources/customised");
    private static final IcsValidator VALIDATOR = IcsValidator.builder()
            .registry(TemplateRegistry.builder().addBuiltIns().add(DIR.resolve("bfu-eksempelkommune.json")).build())
            .build();
    private static final CaseContext CONTEXT = CaseContext.builder(LocalDate.of(2025, 5, 27)).build();

    private static ObjectNode customised() {
        try {
            return (ObjectNode) Cases.JSON.readTree(Files.readString(DIR.resolve("bfu-eksempelkommune-document.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> ruleFindings(ObjectNode doc, String name) {
        CaseDocument d = Cases.document(doc, name);
        return VALIDATOR.validate(d, CONTEXT).findings().stream().filter(f -> f.code().startsWith("ICS-"))
                .map(CustomisedTemplateTest::withoutPointer).sorted().toList();
    }

    private static String withoutPointer(Finding f) {
        return f.severity() + " " + f.code() + " " + f.messageKey() + " " + f.arguments();
    }

    @Test
    void theSameContentIsCleanOnBothTemplates() {
        assertThat(ruleFindings(Cases.example("bfu.json"), "bfu.json")).isEmpty();
        assertThat(ruleFindings(customised(), "custom.json")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "child perspective | /beskrivelse/perspektiver/barnetsPerspektiv | /barnetsStemme",
        "resources of a dimension | /beskrivelse/barnetsUdvikling/sundhedsforhold/ressourcer"
                + " | /trekanten/barnet/helbred/styrker",
        "challenges of a dimension | /beskrivelse/foraeldrekompetencer/trygtOmsorgsmiljoe/udfordringer"
                + " | /trekanten/foraeldrene/omsorg/bekymringer",
        "description of a dimension | /beskrivelse/barnetsUdvikling/udviklingOgAdfaerd/beskrivelse"
                + " | /trekanten/barnet/udvikling/iagttagelser",
        "reason for leaving out of focus | /beskrivelse/familieOgNetvaerk/boligBeskaeftigelseOgOekonomi"
                + "/ikkeIFokusBegrundelse | /trekanten/familien/boligOgOekonomi/hvorforIkke",
        "analysis of a side | /analyse/familieOgNetvaerk | /analyser/familien",
        "legal basis | /vurderingOgAfgoerelse/hjemmel | /afgoerelse/paragraffer",
        "parents' view of the support | /vurderingOgAfgoerelse/foraeldrenesSynPaaStoetten"
                + " | /afgoerelse/foraeldrenesSyn",
        "date the need became known | /indledning/behovKendtDato | /sagensBaggrund/kendskabDato"})
    void removingTheSameContentGivesTheSameFindings(String what, String builtInPointer, String customPointer) {
        ObjectNode builtIn = Cases.example("bfu.json");
        Cases.removeAt(builtIn, builtInPointer);
        ObjectNode custom = customised();
        Cases.removeAt(custom, customPointer);

        List<String> expected = ruleFindings(builtIn, "bfu.json");
        assertThat(expected).isNotEmpty();
        assertThat(ruleFindings(custom, "custom.json")).isEqualTo(expected);
    }

    @Test
    void findingsPointAtTheCustomisedFields() {
        ObjectNode custom = customised();
        Cases.removeAt(custom, "/trekanten/barnet/helbred/styrker");
        Cases.removeAt(custom, "/barnetsStemme");
        var report = VALIDATOR.validate(Cases.document(custom, "custom.json"), CONTEXT);
        assertThat(report.withCode("ICS-BFU-003")).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/trekanten/barnet/helbred/styrker"));
        assertThat(report.withCode("ICS-BFU-006")).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/barnetsStemme"));
    }
}
