package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import dk.ics.model.Location;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.focus.FocusAreas;
import dk.ics.model.triangle.Dimension;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ics demo}: a short guided run over what the library can do, with the example data, narrated on stdout:
 * the triangle, a child's focus areas, a case's deadlines, the built-in templates, customised templates checked
 * before use, an investigation with findings and the same one fixed, the barometer with its trend, and finally the
 * case report and the barometer report as HTML. Each step's result is written into a folder ({@code ./ics-demo/}
 * under the working directory unless {@code --out} says otherwise), and the last lines name the folder and both
 * reports. Needs no network and no files: away from the repository it uses the examples bundled in the jar.
 */
@Command(name = "demo",
        description = {"A short guided run with the example data: the triangle, a child's focus areas, a case's "
                + "deadlines, the built-in templates, customised templates checked, an investigation with "
                + "findings and fixed, the barometer with its trend, and the case and barometer reports as HTML.",
            "Writes every result into a folder and names the folder and both reports on its last lines."})
final class DemoCommand extends IcsSubcommand {

    /** The demo's reference date, fixed so that the demo tells the same story every time it runs. */
    static final LocalDate DEMO_DATE = LocalDate.of(2026, 11, 24);
    /** The example case whose child's focus areas the demo shows. */
    static final String FOCUS_CASE = "cases/sag-bl-underretning.json";
    /** The example case whose deadlines the demo shows. */
    static final String DEADLINES_CASE = "cases/sag-bl-anbringelse.json";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ics-demo",
            description = "Folder for the demo's results, created when missing; files of an earlier run are "
                    + "replaced (default: ${DEFAULT-VALUE} in the current folder).")
    private Path outDir;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", converter = CommonOptions.DateConverter.class,
            description = "The reference date of the demo (default: 2026-11-24, the date the example cases "
                    + "are described for).")
    private LocalDate on = DEMO_DATE;

    @Override
    protected int run(PrintWriter out) {
        Texts t = texts();
        try (DemoFolder folder = new DemoFolder(outDir)) {
            StringBuilder narration = new StringBuilder();
            narration.append(t.get("demo.intro")).append(nl()).append(nl());

            narration.append(t.get("demo.triangle")).append(nl());
            String triangle = TriangleView.text(language());
            narration.append(indent(triangle)).append(nl());
            folder.write("triangle.txt", triangle);
            folder.write("triangle.json", JsonOutput.write(TriangleView.json()));

            narration.append(focusAreas(folder, t)).append(nl());
            narration.append(deadlines(folder, t)).append(nl());
            narration.append(DemoTemplateSteps.builtIns(folder, language())).append(nl());
            narration.append(DemoTemplateSteps.customised(folder, language())).append(nl());
            narration.append(DemoTemplateSteps.findings(folder, language())).append(nl());
            narration.append(DemoBarometerSteps.barometer(folder, language())).append(nl());
            narration.append(DemoBarometerSteps.reports(folder, language(), on)).append(nl());

            // The last lines name the folder and the two reports, so a user knows what to open.
            Path dir = folder.absolute();
            Path caseReport = dir.resolve(DemoBarometerSteps.CASE_REPORT);
            Path barometerReport = dir.resolve(DemoBarometerSteps.BAROMETER_REPORT);
            narration.append(t.get("demo.done", dir)).append(nl());
            narration.append("    ").append(t.get("demo.done.case", caseReport)).append(nl());
            narration.append("    ").append(t.get("demo.done.barometer", barometerReport)).append(nl());
            if (json()) {
                ObjectNode summary = JsonOutput.object();
                summary.put("out", dir.toString());
                summary.put("on", on.toString());
                ArrayNode files = summary.putArray("files");
                folder.written().forEach(p -> files.add(p.getFileName().toString()));
                ObjectNode reports = summary.putObject("reports");
                reports.put("case", caseReport.toString());
                reports.put("barometer", barometerReport.toString());
                out.print(JsonOutput.write(summary));
            } else {
                out.print(narration);
            }
        }
        return ExitCodes.OK;
    }

    /** Step 2: the focus areas of the child in an example case, one dimension shown, all written. */
    private String focusAreas(DemoFolder folder, Texts t) {
        ExampleData.Example example = ExampleData.read(FOCUS_CASE);
        CaseRecord record = DeadlinesCommand.read(example.bytes(), example.source());
        LocalDate birthDate = record.child().dateOfBirth().orElseThrow(() -> new IcsException(
                Location.of(example.source()).withPointer("/child"), "the demo needs a child with a birth date"));
        FocusAreasView view = new FocusAreasView(birthDate, on, FocusAreas.builtIn().forChild(birthDate, on));
        String text = view.text(language());
        folder.write("focus-areas.txt", text);
        folder.write("focus-areas.json", JsonOutput.write(view.json()));
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("demo.focus", example.source())).append(nl());
        // The heading lines (age, age group, catalogue) and one dimension; the rest is in the file.
        text.lines().takeWhile(l -> !l.isEmpty()).forEach(l -> sb.append("    ").append(l).append(nl()));
        sb.append(indent(view.dimensionText(Dimension.SUNDHEDSFORHOLD, language())));
        sb.append("    ").append(t.get("demo.focus.more", "focus-areas.txt")).append(nl());
        return sb.toString();
    }

    /** Step 3: the deadlines of an example case on the demo's date. */
    private String deadlines(DemoFolder folder, Texts t) {
        ExampleData.Example example = ExampleData.read(DEADLINES_CASE);
        CaseRecord record = DeadlinesCommand.read(example.bytes(), example.source());
        DeadlinesView view = DeadlinesCommand.deadlines(record, example.source(), on);
        String text = view.text(language());
        folder.write("deadlines.txt", text);
        folder.write("deadlines.json", JsonOutput.write(view.json()));
        return t.get("demo.deadlines", example.source()) + nl() + indent(text);
    }

    /** The text with each non-empty line indented by four spaces, as the demo shows a step's result. */
    static String indent(String text) {
        return text.lines().map(l -> l.isEmpty() ? l : "    " + l).reduce("", (a, b) -> a + b + nl());
    }

    private static String nl() {
        return System.lineSeparator();
    }
}
