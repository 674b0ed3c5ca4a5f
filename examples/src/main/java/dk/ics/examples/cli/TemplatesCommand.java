package dk.ics.examples.cli;

import dk.ics.templates.Template;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ics templates}: the templates there are (the built-ins, and a municipality's with {@code --templates}). */
@Command(name = "templates",
        description = "List the templates: id, version, title and case step (the built-ins, plus --templates DIR).")
final class TemplatesCommand extends IcsSubcommand {

    @Mixin
    private TemplateOptions templates;

    @Override
    protected int run(PrintWriter out) {
        List<Template> list = templates.registry().list();
        out.print(json() ? JsonOutput.write(json(list)) : text(list));
        return ExitCodes.OK;
    }

    private String text(List<Template> list) {
        Texts t = texts();
        TextTable table = new TextTable(false, false, false, false);
        table.row(t.get("templates.col.id"), t.get("templates.col.version"), t.get("templates.col.title"),
                t.get("templates.col.step"));
        for (Template template : list) {
            table.row(template.id(), template.version(), template.title().in(language()),
                    template.step().label().in(language()));
        }
        return t.get("templates.title", list.size()) + System.lineSeparator() + table.render("  ");
    }

    private static ObjectNode json(List<Template> list) {
        ObjectNode root = JsonOutput.object();
        ArrayNode array = root.putArray("templates");
        list.forEach(template -> array.add(header(template)));
        return root;
    }

    /** A template's header as JSON: id, version, title, step and the base it derives from ({@code null} if none). */
    static ObjectNode header(Template template) {
        ObjectNode n = JsonOutput.object();
        n.put("id", template.id());
        n.put("version", template.version().toString());
        n.set("title", JsonOutput.text(template.title()));
        ObjectNode step = n.putObject("step");
        step.put("code", template.step().code());
        step.set("label", JsonOutput.text(template.step().label()));
        if (template.derivedFrom().isPresent()) {
            n.put("derivedFrom", template.derivedFrom().get().toString());
        } else {
            n.putNull("derivedFrom");
        }
        return n;
    }
}
