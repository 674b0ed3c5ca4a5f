package dk.ics.examples;

import dk.ics.model.Finding;
import dk.ics.model.Language;
import dk.ics.templates.BoundDocument;
import dk.ics.templates.CaseDocument;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.ValidationReport;
import java.io.PrintStream;
import java.time.LocalDate;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scenario: a caseworker writes a børnefaglig undersøgelse (BFU) in the case system, and the system validates it on
 * every save. On 27 May 2025 she saves it as a draft before she has written down the child's perspective: missing
 * content in a draft is only a warning, so the save goes through. She then tries to save it as final: the same gaps
 * are now errors and the system refuses. She adds the child's perspective, saves it as final again, and it is clean.
 *
 * <p>The library has no editing API (documents belong to the case system), so the program edits the JSON with
 * Jackson, as a case system would; the library tells it <em>where</em> the child's perspective lives in this
 * template's layout, so nothing here depends on the field's name.
 */
public final class ValidateOnSave {

    private ValidateOnSave() {
    }

    /** Runs the scenario and prints to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the scenario, printing to {@code out}. */
    public static void run(PrintStream out) {
        // Built once at start-up and shared: the validator is immutable and thread-safe.
        IcsValidator validator = IcsValidator.standard();
        CaseContext context = CaseContext.on(LocalDate.of(2025, 5, 27));

        // The finished investigation, as the case system would hold it.
        CaseDocument finished = CaseDocument.read(ExampleFiles.data("documents/bfu.json"));
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode document = (ObjectNode) json.readTree(finished.toJson());

        // Ask the binding where the child's perspective is (a JSON Pointer), then take it out: that is the
        // caseworker's work in progress. The text is kept to put back later; it is never printed.
        BoundDocument bound = validator.bind(finished);
        JsonPointer place = JsonPointer.compile(bound.childPerspective().orElseThrow().pointer());
        ObjectNode parent = (ObjectNode) document.at(place.head());
        String field = place.last().getMatchingProperty();
        JsonNode childPerspective = parent.remove(field);

        document.put("status", "DRAFT");
        save("1. Kladde uden barnets perspektiv", document, json, validator, context, out);

        document.put("status", "FINAL");
        save("2. Endelig uden barnets perspektiv", document, json, validator, context, out);

        parent.set(field, childPerspective);
        save("3. Endelig med barnets perspektiv", document, json, validator, context, out);
    }

    /** Validates one save and prints what the caseworker would see: the verdict, then each finding. */
    private static void save(String title, ObjectNode document, JsonMapper json, IcsValidator validator,
            CaseContext context, PrintStream out) {
        ValidationReport report = validator.validate(CaseDocument.parse(json.writeValueAsString(document)), context);
        // Errors block a final save; warnings are shown but never block (a draft is work in progress).
        String verdict = report.hasErrors() ? "afvist" : "gemt";
        out.println(title + ": " + verdict + " " + report.countsBySeverity());
        for (Finding f : report.findings()) {
            out.println("  " + f.severity() + " " + f.code() + " " + f.pointer() + "  " + f.message(Language.DA));
        }
    }
}
