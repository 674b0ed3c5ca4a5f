package dk.ics.examples;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.Template;
import dk.ics.templates.TemplateRegistry;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.ValidationReport;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Scenario: Eksempel Kommune has customised the built-in BFU template (renamed and moved fields, its own headings),
 * and two colleagues have tried trimming it further. Before any of them is put into use, the ICS lead checks each one
 * against the built-in template it derives from: a customised template may move and rename what it likes, but it may
 * not drop an ICS role, change its kind or make optional what ICS requires. The one that passes is then tried on a
 * real document written on it, which must give the same clean result as the built-in layout.
 */
public final class CheckCustomisedTemplate {

    private CheckCustomisedTemplate() {
    }

    /** Runs the scenario and prints to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the scenario, printing to {@code out}. */
    public static void run(PrintStream out) {
        // The municipality's templates next to the built-ins they derive from. Loading already rejects a template
        // that is broken in itself (bad JSON Schema, unknown role, unsafe $ref); conformance is the next check.
        TemplateRegistry registry = TemplateRegistry.builder()
                .addBuiltIns()
                .addFolder(ExampleFiles.data("templates"))
                .build();

        for (Template template : registry.list()) {
            if (template.derivedFrom().isEmpty()) {
                continue; // a built-in: nothing to conform to
            }
            FindingReport conformance = registry.conformance(template);
            out.println(template.ref().id() + "@" + template.version() + " (afledt af "
                    + template.derivedFrom().orElseThrow().id() + "): "
                    + (conformance.hasErrors() ? "AFVIST" : "GODKENDT") + " " + conformance.countsBySeverity());
            for (Finding f : conformance.findings()) {
                out.println("  " + f.severity() + " " + f.code() + " " + f.pointer() + "  " + f.message(Language.DA));
            }
        }

        // The approved layout in use: the ICS rules read roles, not field names, so the municipality's document is
        // checked exactly as one on the built-in template would be.
        IcsValidator validator = IcsValidator.builder().registry(registry).build();
        CaseDocument document = CaseDocument.read(ExampleFiles.data("documents/bfu-eksempelkommune.json"));
        ValidationReport report = validator.validate(document, CaseContext.on(LocalDate.of(2025, 5, 27)));
        out.println();
        out.println("Dokument på " + report.templateId() + "@" + report.templateVersion() + ": "
                + (report.isClean() ? "ingen fund" : report.countsBySeverity().toString()));
        report.findings().forEach(f -> out.println("  " + f.severity() + " " + f.code() + " " + f.pointer()));
    }
}
