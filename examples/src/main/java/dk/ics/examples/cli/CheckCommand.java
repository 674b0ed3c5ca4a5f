package dk.ics.examples.cli;

import dk.ics.model.FindingReport;
import dk.ics.templates.CaseDocument;
import dk.ics.templates.TemplateRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ics check DOC.json...}: each document against its template's schema: missing content (a warning in a
 * draft, an error in a final document), wrong types and values, content on a dimension not in focus. The ICS rules
 * and the law come with {@code ics validate}. Exit 1 when a document has an error.
 */
@Command(name = "check",
        description = "Check documents against their template's schema (the full ICS rules: 'ics validate').")
final class CheckCommand extends IcsSubcommand {

    @Parameters(paramLabel = "DOC.json", arity = "1..*",
            description = "Documents (JSON), or folders whose .json files are all checked, in name order.")
    private List<Path> inputs;

    @Mixin
    private TemplateOptions templates;

    @Override
    protected int run(PrintWriter out) {
        TemplateRegistry registry = templates.registry();
        List<Path> files = InputPaths.expand(inputs, ".json");
        ObjectNode root = JsonOutput.object();
        ArrayNode list = root.putArray("documents");
        StringBuilder text = new StringBuilder();
        int withErrors = 0;
        // Read and check every file before writing anything, so bad input leaves only the error line.
        for (Path file : files) {
            CaseDocument document = CaseDocument.read(file);
            FindingReport report = registry.check(document);
            withErrors += report.hasErrors() ? 1 : 0;
            list.add(documentJson(file, document, report));
            text.append(FindingsOutput.text(file.toString(), document.templateRef().toString(), report,
                    report.render(language()), language()));
        }
        root.put("errors", withErrors > 0);
        text.append(FindingsOutput.total(files.size(), withErrors, language()));
        out.print(json() ? JsonOutput.write(root) : text);
        return FindingsOutput.exitCode(withErrors > 0);
    }

    /** One document's result as JSON: the file, its template and status, and the findings. */
    static ObjectNode documentJson(Path file, CaseDocument document, FindingReport report) {
        ObjectNode n = JsonOutput.object();
        n.put("file", file.toString());
        ObjectNode template = n.putObject("template");
        template.put("id", document.templateRef().id());
        template.put("version", document.templateRef().version().toString());
        n.put("status", document.status().name());
        n.setAll(FindingsOutput.json(report));
        return n;
    }
}
