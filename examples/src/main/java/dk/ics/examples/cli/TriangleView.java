package dk.ics.examples.cli;

import dk.ics.model.Language;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.model.triangle.Triangle;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The ICS triangle as the command line shows it: as text in one language, or as JSON with both languages. */
final class TriangleView {

    private TriangleView() {
    }

    /**
     * The triangle as JSON: {@code {"version", "centre": {"label"}, "sides": [{"code", "position", "label",
     * "dimensions": [{"number", "code", "label"}]}]}}, labels as {@code {"da", "en"}}.
     */
    static ObjectNode json() {
        ObjectNode root = JsonOutput.object();
        root.put("version", Triangle.version().name());
        root.putObject("centre").set("label", JsonOutput.text(Triangle.centre()));
        ArrayNode sides = root.putArray("sides");
        for (Side side : Triangle.sides()) {
            ObjectNode s = sides.addObject();
            s.put("code", side.code());
            s.put("position", side.position().name());
            s.set("label", JsonOutput.text(side.label()));
            ArrayNode dimensions = s.putArray("dimensions");
            for (Dimension d : side.dimensions()) {
                ObjectNode n = dimensions.addObject();
                n.put("number", d.number());
                n.put("code", d.code());
                n.set("label", JsonOutput.text(d.label()));
            }
        }
        return root;
    }

    /** The triangle as readable text: the centre, then each side with its dimensions numbered 1 to 10. */
    static String text(Language language) {
        Texts texts = Texts.of(language);
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append(texts.get("triangle.title", Triangle.version().inForceFrom().getYear())).append(nl);
        sb.append(texts.get("triangle.centre", Triangle.centre().in(language))).append(nl);
        TextTable table = new TextTable(true, false, false);
        for (Side side : Triangle.sides()) {
            table.heading("").heading(texts.get("triangle.side", side.label().in(language),
                    texts.get("triangle.position." + side.position().name())));
            for (Dimension d : side.dimensions()) {
                table.row(d.number() + ".", d.label().in(language), d.code());
            }
        }
        sb.append(table.render("  "));
        return sb.toString();
    }
}
