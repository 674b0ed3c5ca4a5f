package dk.ics.examples.cli;

import dk.ics.barometer.AimPoint;
import dk.ics.barometer.Barometer;
import dk.ics.barometer.Statement;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ics barometer template}: the empty CSV a survey tool is set up from: {@code respondent}, {@code role} and
 * one column per statement, headed by its id and text, delimited by {@code ;}. With {@code --format json}, the
 * statements as a list instead.
 */
@Command(name = "template",
        description = {"Print the empty CSV for a survey tool: a header of respondent, role and one column per "
                + "statement (its id and text), delimited by ';'. Answers go in as the Danish scale words or their "
                + "numbers. --lang en gives the statements' English texts; --format json lists the statements.",
            "Save it with: ics barometer template > runde.csv"})
final class BarometerTemplateCommand extends IcsSubcommand {

    @Override
    protected int run(PrintWriter out) {
        Barometer barometer = Barometer.standard();
        if (json()) {
            out.print(JsonOutput.write(json(barometer)));
        } else {
            out.print(barometer.csvTemplate(language()));
        }
        return ExitCodes.OK;
    }

    /** The catalogue's statements as the columns of the survey: id, aim point and text in both languages. */
    static ObjectNode json(Barometer barometer) {
        ObjectNode root = JsonOutput.object();
        root.put("catalogue", barometer.catalogue().id());
        root.put("version", barometer.catalogue().version());
        root.put("delimiter", ";");
        ArrayNode columns = root.putArray("columns");
        columns.add("respondent");
        columns.add("role");
        ArrayNode statements = root.putArray("statements");
        for (AimPoint a : barometer.catalogue().aimPoints()) {
            for (Statement s : a.statements()) {
                columns.add(s.id());
                ObjectNode n = statements.addObject();
                n.put("id", s.id());
                n.put("aimPoint", a.id());
                n.set("text", JsonOutput.text(s.text()));
            }
        }
        ArrayNode scale = root.putArray("scale");
        barometer.catalogue().scale().options().forEach(o -> {
            ObjectNode n = scale.addObject();
            n.put("code", o.code());
            n.set("label", JsonOutput.text(o.label()));
            if (o.value() == null) {
                n.putNull("value");
            } else {
                n.put("value", o.value());
            }
        });
        return root;
    }
}
