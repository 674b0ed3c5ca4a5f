package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import dk.ics.model.Location;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ics demo}: a short guided run over what the library can do, narrated on stdout, with each step's result
 * written as text and JSON into a folder ({@code ./ics-demo/} unless {@code --out} says otherwise).
 */
@Command(name = "demo",
        description = "A short guided run over the triangle, a child's focus areas and a case's deadlines; "
                + "writes the results into a folder.")
final class DemoCommand extends IcsSubcommand {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ics-demo",
            description = "Folder for the demo's results (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    private final List<Path> written = new ArrayList<>();

    @Override
    protected int run(PrintWriter out) {
        Texts t = texts();
        createOutDir();
        StringBuilder narration = new StringBuilder();
        narration.append(t.get("demo.intro")).append(nl()).append(nl());

        narration.append(t.get("demo.triangle")).append(nl());
        String triangle = TriangleView.text(language());
        narration.append(indent(triangle)).append(nl());
        write("triangle.txt", triangle);
        write("triangle.json", JsonOutput.write(TriangleView.json()));

        Path folder = outDir.toAbsolutePath().normalize();
        narration.append(t.get("demo.done", folder)).append(nl());
        if (json()) {
            ObjectNode summary = JsonOutput.object();
            summary.put("out", folder.toString());
            ArrayNode files = summary.putArray("files");
            written.forEach(p -> files.add(p.getFileName().toString()));
            out.print(JsonOutput.write(summary));
        } else {
            out.print(narration);
        }
        return ExitCodes.OK;
    }

    private void createOutDir() {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new IcsException(Location.of(outDir.toString()),
                    "the output folder cannot be created (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void write(String fileName, String content) {
        Path file = outDir.resolve(fileName);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            written.add(file);
        } catch (IOException e) {
            throw new IcsException(Location.of(file.toString()),
                    "the file cannot be written (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String indent(String text) {
        return text.lines().map(l -> l.isEmpty() ? l : "    " + l).reduce("", (a, b) -> a + b + nl());
    }

    private static String nl() {
        return System.lineSeparator();
    }
}
