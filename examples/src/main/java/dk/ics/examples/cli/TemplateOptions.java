package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import dk.ics.model.Location;
import dk.ics.templates.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --templates DIR} option of the commands that look templates up, mixed in with {@code @Mixin}: a
 * municipality's own templates loaded next to the built-ins.
 */
public final class TemplateOptions {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of the municipality's own templates (JSON or YAML), loaded next to the built-ins.")
    private Path folder;

    /**
     * The built-in templates, plus the folder's when {@code --templates} was given.
     *
     * @throws IcsException naming the folder when it is missing, or naming the file, pointer and reason when a
     *                      template in it is bad
     */
    public TemplateRegistry registry() {
        if (folder == null) {
            return TemplateRegistry.builtIn();
        }
        if (!Files.isDirectory(folder)) {
            throw new IcsException(Location.of(folder.toString()), "expected a folder of templates");
        }
        return TemplateRegistry.builder().addBuiltIns().addFolder(folder).build();
    }
}
