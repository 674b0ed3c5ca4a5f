package dk.ics.examples.cli;

import dk.ics.templates.Template;
import dk.ics.templates.TemplateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * {@code ics template show|skeleton|check}: one template's schema, an empty document to fill, and the conformance
 * check of a municipality's customised template.
 */
@Command(name = "template",
        description = "Show a template's schema, write an empty document for it, or check a customised template.",
        subcommands = {TemplateShowCommand.class, TemplateSkeletonCommand.class, TemplateCheckCommand.class,
            HelpCommand.class})
final class TemplateCommand {

    /**
     * The template with an id: the given version, or the newest when {@code version} is {@code null}.
     *
     * @throws dk.ics.model.IcsUnknownCodeException naming the known ids, or the known versions of the id
     */
    static Template lookUp(TemplateRegistry registry, String id, String version) {
        return version == null ? registry.latest(id) : registry.get(id, version);
    }
}
