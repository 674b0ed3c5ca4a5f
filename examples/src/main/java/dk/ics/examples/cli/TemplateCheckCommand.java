package dk.ics.examples.cli;

import dk.ics.model.FindingReport;
import dk.ics.model.IcsException;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Location;
import dk.ics.templates.Conformance;
import dk.ics.templates.Template;
import dk.ics.templates.TemplateRef;
import dk.ics.templates.TemplateRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ics template check FILE-OR-DIR [--base ID]}: whether a municipality's customised templates keep the ICS
 * systematics of the template each derives from: every role the base has is still there (fields may be renamed and
 * moved), with a compatible type and cardinality, and required where the base requires it. Exit 1 when a template
 * fails.
 */
@Command(name = "check",
        description = "Check customised templates (a file, or the .json/.yaml/.yml files in a folder) against their "
                + "base: every ICS role kept, with a compatible type, cardinality and required-ness.")
final class TemplateCheckCommand extends IcsSubcommand {

    @Parameters(index = "0", paramLabel = "FILE-OR-DIR", description = "A template file, or a folder of them.")
    private Path input;

    @Option(names = "--base", paramLabel = "ID[@VERSION]",
            description = "Check against this template instead of the one each template names in "
                    + "derivedFrom (default version: the newest).")
    private String base;

    @Override
    protected int run(PrintWriter out) {
        TemplateRegistry registry = load();
        Set<TemplateRef> builtIn = TemplateRegistry.builtIn().list().stream().map(Template::ref)
                .collect(Collectors.toSet());
        List<Template> customised = registry.list().stream().filter(t -> !builtIn.contains(t.ref())).toList();
        if (customised.isEmpty()) {
            throw new IcsException(Location.of(input.toString()), "expected a template, found shared schemas only");
        }
        Template baseTemplate = base == null ? null : baseTemplate(registry);
        ObjectNode root = JsonOutput.object();
        ArrayNode list = root.putArray("templates");
        StringBuilder text = new StringBuilder();
        int failed = 0;
        for (Template t : customised) {
            Template against = baseTemplate != null ? baseTemplate : baseOf(t, registry);
            FindingReport report = Conformance.check(t, against);
            failed += report.hasErrors() ? 1 : 0;
            ObjectNode n = list.addObject();
            n.put("file", t.source());
            n.set("template", TemplatesCommand.header(t));
            n.put("base", against.ref().toString());
            n.put("conforms", !report.hasErrors());
            n.setAll(FindingsOutput.json(report));
            text.append(FindingsOutput.text(t.source(), t.ref() + " → " + against.ref(), report,
                    report.render(language()), language()));
        }
        root.put("errors", failed > 0);
        text.append(texts().get("conformance.total", customised.size(), failed)).append(System.lineSeparator());
        out.print(json() ? JsonOutput.write(root) : text);
        return FindingsOutput.exitCode(failed > 0);
    }

    /** The built-ins plus the file or the folder's templates; nothing is fetched, {@code $ref}s stay inside. */
    private TemplateRegistry load() {
        TemplateRegistry.Builder builder = TemplateRegistry.builder().addBuiltIns();
        if (Files.isDirectory(input)) {
            InputPaths.filesIn(input, ".json", ".yaml", ".yml");
            builder.addFolder(input);
        } else if (Files.exists(input)) {
            builder.add(input);
        } else {
            throw new IcsException(Location.of(input.toString()), "no such file or folder");
        }
        return builder.build();
    }

    /**
     * The base a template names in {@code derivedFrom}.
     *
     * @throws IcsException at the template's {@code derivedFrom} when it names none or one that is not known
     */
    private static Template baseOf(Template template, TemplateRegistry registry) {
        Location at = Location.of(template.source()).withPointer("/x-ics-template/derivedFrom");
        TemplateRef ref = template.derivedFrom().orElseThrow(() -> new IcsInvalidDataException(at,
                "the template names no base to check against; name one in derivedFrom or with --base"));
        try {
            return registry.get(ref);
        } catch (IcsUnknownCodeException e) {
            boolean unknownId = !registry.ids().contains(ref.id());
            throw new IcsUnknownCodeException(at.withPointer(at.pointer() + (unknownId ? "/id" : "/version")),
                    e.kind(), unknownId ? ref.id() : ref.version().toString(), e.known());
        }
    }

    private Template baseTemplate(TemplateRegistry registry) {
        int at = base.indexOf('@');
        return at < 0 ? registry.latest(base) : registry.get(base.substring(0, at), base.substring(at + 1));
    }
}
