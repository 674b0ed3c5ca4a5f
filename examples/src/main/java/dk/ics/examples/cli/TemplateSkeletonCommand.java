package dk.ics.examples.cli;

import dk.ics.templates.Template;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ics template skeleton ID [--version V]}: an empty document on the template, as a case system pre-fills it:
 * the envelope with status DRAFT and the structure the schema implies. The output is the JSON document in both
 * formats, so it can be redirected to a file and filled in.
 */
@Command(name = "skeleton", description = "Write an empty document (a draft) for a template, as JSON.")
final class TemplateSkeletonCommand extends IcsSubcommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The template id, e.g. bfu (see 'ics templates').")
    private String id;

    @Option(names = "--version", paramLabel = "V", description = "The version, e.g. 1.0.0 (default: the newest).")
    private String version;

    @Mixin
    private TemplateOptions templates;

    @Override
    protected int run(PrintWriter out) {
        Template template = TemplateCommand.lookUp(templates.registry(), id, version);
        out.print(template.skeleton().toJson().stripTrailing() + System.lineSeparator());
        return ExitCodes.OK;
    }
}
