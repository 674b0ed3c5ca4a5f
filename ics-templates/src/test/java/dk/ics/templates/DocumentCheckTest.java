package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.IcsException;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsLimitException;
import dk.ics.model.IcsParseException;
import dk.ics.model.Language;
import dk.ics.model.ReadLimits;
import dk.ics.model.Severity;
import dk.ics.model.internal.JsonSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class DocumentCheckTest {

    private static final String CANARY = "Kanarie 7431 Jensen";
    private static final Path BFU = Path.of("..", "examples", "data", "documents", "bfu.json");

    private static ObjectNode bfu() {
        return (ObjectNode) JsonSupport.mapper().readTree(CaseDocument.read(BFU).toJson());
    }

    @Test
    void aMissingDocumentFileIsTheLibrarysOwnErrorNamingTheFile() {
        Path missing = Path.of("..", "examples", "data", "documents", "findes-ikke.json");
        assertThatThrownBy(() -> CaseDocument.read(missing))
                .isInstanceOf(IcsParseException.class)
                .hasMessageContaining("findes-ikke.json")
                .hasMessageContaining("does not exist");
    }

    private static CaseDocument doc(ObjectNode tree) {
        return CaseDocument.parse(JsonSupport.write(tree));
    }

    @Test
    void anImpossibleDateIsAFormatErrorBecauseFormatAssertionsAreOn() {
        ObjectNode t = bfu();
        ((ObjectNode) t.get("indledning")).put("behovKendtDato", "2020-13-45");
        FindingReport r = TemplateRegistry.builtIn().check(doc(t));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("TPL-FORMAT");
            assertThat(f.pointer()).isEqualTo("/indledning/behovKendtDato");
            assertThat(f.message(Language.DA)).contains("ÅÅÅÅ-MM-DD");
        });
    }

    @Test
    void missingContentIsAWarningInADraftAndAnErrorWhenFinal() {
        ObjectNode t = bfu();
        ((ObjectNode) t.get("analyse")).remove("samlet");
        Finding fin = TemplateRegistry.builtIn().check(doc(t)).findings().get(0);
        t.put("status", "DRAFT");
        Finding draft = TemplateRegistry.builtIn().check(doc(t)).findings().get(0);
        assertThat(fin.code()).isEqualTo("TPL-REQUIRED");
        assertThat(fin.severity()).isEqualTo(Severity.ERROR);
        assertThat(draft.severity()).isEqualTo(Severity.WARNING);
        assertThat(draft.pointer()).isEqualTo("/analyse/samlet");
        assertThat(draft.message(Language.DA)).isEqualTo("Det påkrævede felt »Samlet analyse« mangler");
        assertThat(draft.arguments()).containsExactly("samlet");
        assertThat(draft.basis()).isEqualTo("ICS-skabelonen bfu 1.0.0");
    }

    @Test
    void aDocumentCheckedAgainstAnotherTemplateSaysSo() {
        Template plan = TemplateRegistry.builtIn().latest("barnets-plan");
        FindingReport r = plan.check(CaseDocument.read(BFU));
        assertThat(r.withCode("TPL-TEMPLATE-MISMATCH")).singleElement()
                .satisfies(f -> assertThat(f.message(Language.EN)).contains("bfu@1.0.0", "barnets-plan@1.0.0"));
    }

    @Test
    void findingsNeverCarryDocumentValues() {
        ObjectNode t = bfu();
        ObjectNode ind = (ObjectNode) t.get("indledning");
        ind.put("behovKendtDato", CANARY);
        ((ArrayNode) ind.get("tragtDimensioner")).add(CANARY);
        ObjectNode dec = (ObjectNode) t.get("vurderingOgAfgoerelse");
        ((ArrayNode) dec.get("hjemmel")).set(0, CANARY);
        dec.put("afgoerelsesdato", 20250527);
        dec.put(CANARY, CANARY);
        ((ObjectNode) t.get("barn")).put("id", "999999-9999");
        ObjectNode health = (ObjectNode) t.at("/beskrivelse/barnetsUdvikling/sundhedsforhold");
        health.put("ressourcer", CANARY);
        health.put("beskrivelse", "");
        ObjectNode housing = (ObjectNode) t.at("/beskrivelse/familieOgNetvaerk/boligBeskaeftigelseOgOekonomi");
        housing.putArray("udfordringer").add(CANARY);
        FindingReport r = TemplateRegistry.builtIn().check(doc(t));
        assertThat(r.findings()).extracting(Finding::code).contains("TPL-FORMAT", "TPL-ENUM", "TPL-TYPE",
                "TPL-ADDITIONAL", "TPL-NOT", "TPL-EMPTY", "TPL-SWITCHED-OFF");
        for (Finding f : r.findings()) {
            assertThat(f.pointer()).doesNotContain("Kanarie").doesNotContain("999999");
            assertThat(f.arguments()).noneMatch(a -> a.contains("Kanarie") || a.contains("999999"));
            for (Language l : Language.values()) {
                assertThat(f.message(l)).doesNotContain("Kanarie").doesNotContain("999999");
            }
            assertThat(f.toString()).doesNotContain("Kanarie");
        }
        assertThat(r.render(Language.DA) + r.render(Language.EN)).doesNotContain("Kanarie").doesNotContain("999999");
    }

    @Test
    void exceptionsNeverCarryDocumentValues() {
        List<String> bad = List.of(
                "{\"template\": {\"id\": \"" + CANARY + "\", \"version\": \"1.0.0\"}, \"status\": \"FINAL\"}",
                "{\"template\": {\"id\": \"bfu\", \"version\": \"" + CANARY + "\"}, \"status\": \"FINAL\"}",
                "{\"template\": {\"id\": \"bfu\", \"version\": \"1.0.0\"}, \"status\": \"" + CANARY + "\"}",
                "{\"template\": {\"id\": \"bfu\", \"version\": \"1.0.0\"}, \"status\": \"FINAL\", \"x\": " + CANARY
                        + "}",
                "[\"" + CANARY + "\"]");
        for (String json : bad) {
            assertThatThrownBy(() -> CaseDocument.parse(json)).isInstanceOf(IcsException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Kanarie"));
        }
    }

    @Test
    void theEnvelopeIsRequiredAndChecked() {
        assertThatThrownBy(() -> CaseDocument.parse("{\"status\": \"FINAL\"}"))
                .isInstanceOf(IcsInvalidDataException.class).hasMessageContaining("/template");
        assertThatThrownBy(() -> CaseDocument.parse("{\"template\": {\"id\": \"bfu\", \"version\": \"1.0.0\"},"
                + " \"status\": \"DONE\"}")).isInstanceOf(IcsInvalidDataException.class)
                .hasMessageContaining("/status").hasMessageContaining("DRAFT or FINAL");
        CaseDocument d = CaseDocument.read(BFU);
        assertThat(d.templateRef()).isEqualTo(TemplateRef.of("bfu", "1.0.0"));
        assertThat(d.status()).isEqualTo(DocumentStatus.FINAL);
        assertThat(d.toString()).isEqualTo("CaseDocument[bfu@1.0.0, FINAL, " + BFU + "]");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        byte[] json = "{\n  \"template\": {\"id\": \"bfu\", \"version\": \"1.0.0\"},\n  \"status\": FINAL\n}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CaseDocument.parse(json, "doc.json", ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(IcsParseException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(3);
                    assertThat(e.location().column()).isPositive();
                }).hasMessageStartingWith("doc.json:3:");
    }

    @Test
    void anOverLimitDocumentIsRejectedNamingTheLimit() {
        byte[] bytes = CaseDocument.read(BFU).toJson().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CaseDocument.parse(new ByteArrayInputStream(bytes), "bfu.json",
                ReadLimits.DEFAULTS.withMaxBytes(1000)))
                .isInstanceOfSatisfying(IcsLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxBytes"));
        assertThatThrownBy(() -> CaseDocument.parse(bytes, "bfu.json", ReadLimits.DEFAULTS.withMaxStringLength(50)))
                .isInstanceOfSatisfying(IcsLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo("maxStringLength"));
        assertThatThrownBy(() -> CaseDocument.read(BFU, ReadLimits.DEFAULTS.withMaxDepth(3)))
                .isInstanceOf(IcsLimitException.class).hasMessageContaining("maxDepth = 3");
    }
}
