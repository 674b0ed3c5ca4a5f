package dk.ics.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code ics triangle}: the ICS triangle's centre, three sides and ten dimensions, with codes. */
@Command(name = "triangle",
        description = "Show the ICS triangle (version 2019): the centre, the 3 sides and the 10 dimensions with codes.")
final class TriangleCommand extends IcsSubcommand {

    @Override
    protected int run(PrintWriter out) {
        out.print(json() ? JsonOutput.write(TriangleView.json()) : TriangleView.text(language()));
        return ExitCodes.OK;
    }
}
