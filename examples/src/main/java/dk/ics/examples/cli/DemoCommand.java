package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import dk.ics.model.Location;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.focus.FocusAreas;
import dk.ics.model.triangle.Dimension;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

    /** The demo's reference date, fixed so that the demo tells the same story every time it runs. */
    static final LocalDate DEMO_DATE = LocalDate.of(2026, 11, 24);
    /** The example case whose child's focus areas the demo shows. */
    static final String FOCUS_CASE = "cases/sag-bl-underretning.json";
    /** The example case whose deadlines the demo shows. */
    static final String DEADLINES_CASE = "cases/sag-bl-anbringelse.json";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ics-demo",
            description = "Folder for the demo's results (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", converter = CommonOptions.DateConverter.class,
            description = "The reference date of the demo (default: 2026-11-24, the date the example cases "
                    + "are described for).")
    private LocalDate on = DEMO_DATE;

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

        narration.append(focusAreas(t)).append(nl());
        narration.append(deadlines(t)).append(nl());

        Path folder = outDir.toAbsolutePath().normalize();
        narration.append(t.get("demo.done", folder)).append(nl());
        if (json()) {
            ObjectNode summary = JsonOutput.object();
            summary.put("out", folder.toString());
            summary.put("on", on.toString());
            ArrayNode files = summary.putArray("files");
            written.forEach(p -> files.add(p.getFileName().toString()));
            out.print(JsonOutput.write(summary));
        } else {
            out.print(narration);
        }
        return ExitCodes.OK;
    }

    /** Step 2: the focus areas of the child in an example case, one dimension shown, all written. */
    private String focusAreas(Texts t) {
        ExampleData.Example example = ExampleData.read(FOCUS_CASE);
        CaseRecord record = DeadlinesCommand.read(example.bytes(), example.source());
        LocalDate birthDate = record.child().dateOfBirth().orElseThrow(() -> new IcsException(
                Location.of(example.source()).withPointer("/child"), "the demo needs a child with a birth date"));
        FocusAreasView view = new FocusAreasView(birthDate, on, FocusAreas.builtIn().forChild(birthDate, on));
        String text = view.text(language());
        write("focus-areas.txt", text);
        write("focus-areas.json", JsonOutput.write(view.json()));
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("demo.focus", example.source())).append(nl());
        // The heading lines (age, age group, catalogue) and one dimension; the rest is in the file.
        text.lines().takeWhile(l -> !l.isEmpty()).forEach(l -> sb.append("    ").append(l).append(nl()));
        sb.append(indent(view.dimensionText(Dimension.SUNDHEDSFORHOLD, language())));
        sb.append("    ").append(t.get("demo.focus.more", "focus-areas.txt")).append(nl());
        return sb.toString();
    }

    /** Step 3: the deadlines of an example case on the demo's date. */
    private String deadlines(Texts t) {
        ExampleData.Example example = ExampleData.read(DEADLINES_CASE);
        CaseRecord record = DeadlinesCommand.read(example.bytes(), example.source());
        DeadlinesView view = DeadlinesCommand.deadlines(record, example.source(), on);
        String text = view.text(language());
        write("deadlines.txt", text);
        write("deadlines.json", JsonOutput.write(view.json()));
        return t.get("demo.deadlines", example.source()) + nl() + indent(text);
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
