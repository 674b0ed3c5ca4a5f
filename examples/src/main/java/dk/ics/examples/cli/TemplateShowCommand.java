package dk.ics.examples.cli;

import dk.ics.templates.Template;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ics template show ID [--version V]}: the template's JSON Schema with its ICS annotations. As text, a short
 * header (title, case step, base) comes first; with {@code --format json}, only the schema, ready to save.
 */
@Command(name = "show", description = "Show a template's JSON Schema (with --format json: the schema alone).")
final class TemplateShowCommand extends IcsSubcommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The template id, e.g. bfu (see 'ics templates').")
    private String id;

    @Option(names = "--version", paramLabel = "V", description = "The version, e.g. 1.0.0 (default: the newest).")
    private String version;

    @Mixin
    private TemplateOptions templates;

    @Override
    protected int run(PrintWriter out) {
        Template template = TemplateCommand.lookUp(templates.registry(), id, version);
        String schema = template.schemaJson().stripTrailing() + System.lineSeparator();
        out.print(json() ? schema : header(template) + schema);
        return ExitCodes.OK;
    }

    private String header(Template template) {
        Texts t = texts();
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("template.title", template.id(), template.version(), template.title().in(language())))
                .append(nl);
        sb.append(t.get("template.step", template.step().label().in(language()))).append(nl);
        template.derivedFrom().ifPresent(base -> sb.append(t.get("template.derivedFrom", base)).append(nl));
        return sb.append(t.get("template.schema")).append(nl).toString();
    }
}
