package dk.ics.examples.cli;

import dk.ics.model.Finding;
import dk.ics.model.FindingReport;
import dk.ics.model.Language;
import dk.ics.model.ReadLimits;
import dk.ics.model.Severity;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.Template;
import dk.ics.templates.TemplateRef;
import dk.ics.templates.TemplateRegistry;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's steps on templates and checks: the built-in templates, a municipality's customised templates checked
 * before use (one approved, one refused), and an investigation with findings next to the same investigation fixed.
 * Each step returns its narration and writes its result into the demo's folder.
 */
final class DemoTemplateSteps {

    /** The customised templates the demo checks: the first conforms, the second drops an ICS role. */
    static final List<String> CUSTOMISED = List.of("templates/bfu-eksempelkommune.json",
            "templates/bfu-uden-ressourcer-helbred.json");
    /** The investigation with findings: {@link #FIXED} with the child's perspective and more taken out. */
    static final String WITH_FINDINGS = "findings/bfu-med-fund.json";
    /** The same investigation as it should be. */
    static final String FIXED = "documents/bfu.json";
    /** The day the investigation was finished and saved, fixed so that the deadline rules tell the same story. */
    static final LocalDate SAVED_ON = LocalDate.of(2025, 5, 27);

    private DemoTemplateSteps() {
    }

    /** Step 4: the built-in templates, one line each. */
    static String builtIns(DemoFolder folder, Language language) {
        Texts t = Texts.of(language);
        TextTable table = new TextTable(false, false);
        for (Template template : TemplateRegistry.builtIn().list()) {
            table.row(ref(template.ref()), template.title().in(language));
        }
        String list = table.render("");
        folder.write("templates.txt", list);
        return t.get("demo.templates") + nl() + DemoCommand.indent(list);
    }

    /** Step 5: each customised template checked against the built-in template it derives from. */
    static String customised(DemoFolder folder, Language language) {
        Texts t = Texts.of(language);
        TemplateRegistry.Builder builder = TemplateRegistry.builder().addBuiltIns();
        for (String name : CUSTOMISED) {
            ExampleData.Example example = ExampleData.read(name);
            builder.add(example.source(), example.bytes());
        }
        TemplateRegistry registry = builder.build();
        StringBuilder sb = new StringBuilder();
        for (Template template : registry.list()) {
            if (template.derivedFrom().isEmpty()) {
                continue;
            }
            FindingReport conformance = registry.conformance(template);
            String verdict = conformance.hasErrors() ? t.get("demo.customised.refused") : t.get(
                    "demo.customised.approved");
            sb.append(t.get("demo.customised.line", ref(template.ref()), ref(template.derivedFrom().orElseThrow()),
                    verdict, counts(conformance, t))).append(nl());
            conformance.findings().forEach(f -> sb.append("  ").append(finding(f, language)).append(nl()));
        }
        folder.write("template-check.txt", sb.toString());
        return t.get("demo.customised") + nl() + DemoCommand.indent(sb.toString());
    }

    /** Step 6: an investigation with findings, then the same investigation fixed. */
    static String findings(DemoFolder folder, Language language) {
        Texts t = Texts.of(language);
        IcsValidator validator = IcsValidator.builder().language(language).build();
        CaseContext context = CaseContext.on(SAVED_ON);
        ExampleData.Example broken = ExampleData.read(WITH_FINDINGS);
        ValidationReport before = validator.validate(document(broken), context);
        ExampleData.Example fixed = ExampleData.read(FIXED);
        ValidationReport after = validator.validate(document(fixed), context);

        StringBuilder sb = new StringBuilder();
        sb.append(t.get("demo.findings.before", broken.source(), counts(before.report(), t))).append(nl());
        before.findings().forEach(f -> sb.append("  ").append(finding(f, language)).append(nl()));
        sb.append(t.get("demo.findings.after", fixed.source(), counts(after.report(), t))).append(nl());
        folder.write("bfu-findings.txt", sb.toString());
        folder.write("bfu-findings.json", before.toJson());
        return t.get("demo.findings", SAVED_ON) + nl() + DemoCommand.indent(sb.toString());
    }

    /** A template as {@code id@version}. */
    private static String ref(TemplateRef ref) {
        return ref.id() + "@" + ref.version();
    }

    private static CaseDocument document(ExampleData.Example example) {
        return CaseDocument.parse(example.bytes(), example.source(), ReadLimits.DEFAULTS);
    }

    /** A finding as two lines: code and where, then the message below; never a value from the document. */
    static String finding(Finding f, Language language) {
        return f.code() + " " + f.pointer() + System.lineSeparator() + "    " + f.message(language);
    }

    /** The counts of a report as words, e.g. {@code 3 fejl, 0 advarsler}. */
    static String counts(FindingReport report, Texts t) {
        if (report.isEmpty()) {
            return t.get("demo.counts.none");
        }
        return t.get("demo.counts", report.count(Severity.ERROR), report.count(Severity.WARNING));
    }

    private static String nl() {
        return System.lineSeparator();
    }
}
