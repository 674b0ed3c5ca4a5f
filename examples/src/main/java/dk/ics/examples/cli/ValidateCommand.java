package dk.ics.examples.cli;

import dk.ics.model.casework.CaseRecord;
import dk.ics.templates.CaseDocument;
import dk.ics.validation.CaseContext;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.Profile;
import dk.ics.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ics validate FILE-OR-DIR... [--case CASE.json] [--profile P.json] [--on DATE]}: the full validation of a
 * case's documents: the template's schema, and the ICS rules and the law's deadlines of the municipality's profile,
 * judged in the case (its dates, the child's age, and the case's other documents: the latest investigation for a
 * plan, the plan for a follow-up). Exit 1 when a document has an error.
 */
@Command(name = "validate",
        description = "Validate documents against ICS and the law: schema checks and the ICS rules of a profile, "
                + "in the case's context.")
final class ValidateCommand extends IcsSubcommand {

    @Parameters(paramLabel = "FILE-OR-DIR", arity = "1..*",
            description = "Documents (JSON), or folders whose .json files are all validated, in name order.")
    private List<Path> inputs;

    @Option(names = "--case", paramLabel = "CASE.json",
            description = "The case record: its dates, regime and child; every document must be about its child.")
    private Path caseFile;

    @Option(names = "--profile", paramLabel = "P.json",
            description = "The municipality's rule profile (default: every rule as documented).")
    private Path profile;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", converter = CommonOptions.DateConverter.class,
            description = "The day to judge the deadlines on (default: today).")
    private LocalDate on;

    @Mixin
    private TemplateOptions templates;

    @Mixin
    private CalendarOptions calendar;

    @Override
    protected int run(PrintWriter out) {
        Profile chosen = profile == null ? Profile.defaults() : Profile.load(profile);
        IcsValidator validator = IcsValidator.builder()
                .deadlineCalculator(DeadlineCalculator.builder().calendar(calendar.calendar(chosen)).build())
                .registry(templates.registry())
                .profile(chosen)
                .language(language())
                .loadServiceRules()
                .build();
        LocalDate asOf = on != null ? on : LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        CaseRecord record = caseFile == null ? null : DeadlinesCommand.readCase(caseFile);
        List<Path> files = InputPaths.expand(inputs, ".json");
        List<CaseDocument> documents = new ArrayList<>();
        for (Path file : files) {
            CaseDocument document = CaseDocument.read(file);
            if (record != null) {
                ReportCaseCommand.requireSameChild(validator.bind(document), record, file);
            }
            documents.add(document);
        }
        CaseContext context = record == null ? CaseContext.on(asOf) : CaseContext.of(record, asOf);
        List<ValidationReport> reports = validator.validateAll(documents, context);

        ObjectNode root = JsonOutput.object();
        root.put("on", asOf.toString());
        if (record == null) {
            root.putNull("case");
        } else {
            root.put("case", record.id());
        }
        root.put("profile", validator.profile().name());
        ArrayNode list = root.putArray("documents");
        StringBuilder text = new StringBuilder();
        text.append(texts().get("validate.title", asOf, record == null ? texts().get("validate.noCase") : record.id(),
                validator.profile().name())).append(System.lineSeparator());
        int withErrors = 0;
        for (int i = 0; i < files.size(); i++) {
            ValidationReport report = reports.get(i);
            withErrors += report.hasErrors() ? 1 : 0;
            list.add(CheckCommand.documentJson(files.get(i), documents.get(i), report.report()));
            text.append(FindingsOutput.text(files.get(i).toString(),
                    report.templateId() + "@" + report.templateVersion(), report.report(), report.render(),
                    language()));
        }
        root.put("errors", withErrors > 0);
        text.append(FindingsOutput.total(files.size(), withErrors, language()));
        out.print(json() ? JsonOutput.write(root) : text);
        return FindingsOutput.exitCode(withErrors > 0);
    }
}
