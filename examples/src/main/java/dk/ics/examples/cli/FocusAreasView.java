package dk.ics.examples.cli;

import dk.ics.model.Language;
import dk.ics.model.age.AgeGroup;
import dk.ics.model.focus.AgeGroupFocus;
import dk.ics.model.focus.CatalogueInfo;
import dk.ics.model.focus.FocusStatement;
import dk.ics.model.triangle.Dimension;
import dk.ics.model.triangle.Side;
import dk.ics.model.triangle.Triangle;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A child's age-divided focus areas as the command line shows them: the age group, then per dimension the
 * statements of resources and risks; as text in one language or as JSON with both.
 *
 * @param birthDate the birth date (or expected birth date)
 * @param on        the date the child is placed on
 * @param focus     the focus areas, or empty when the child is older than the last age group
 */
record FocusAreasView(LocalDate birthDate, LocalDate on, Optional<AgeGroupFocus> focus) {

    /** Shows the dates as known or unknown only, like the model's own records. */
    @Override
    public String toString() {
        return "FocusAreasView[ageGroup=" + focus.map(f -> f.ageGroup().code()).orElse("none") + "]";
    }

    /** The view as JSON: dates, age, age group, catalogue and the dimensions with their statements. */
    ObjectNode json() {
        ObjectNode root = JsonOutput.object();
        root.put("birthDate", birthDate.toString());
        root.put("on", on.toString());
        if (!birthDate.isAfter(on)) {
            Period age = Period.between(birthDate, on);
            root.putObject("age").put("years", age.getYears()).put("months", age.getMonths());
        }
        if (focus.isEmpty()) {
            root.putNull("ageGroup");
            return root;
        }
        AgeGroup group = focus.get().ageGroup();
        ObjectNode g = root.putObject("ageGroup");
        g.put("code", group.code()).put("kind", group.kind().name());
        g.set("label", JsonOutput.text(group.label()));
        CatalogueInfo info = focus.get().catalogue();
        ObjectNode c = root.putObject("catalogue");
        c.put("id", info.id()).put("version", info.version()).put("illustrative", info.illustrative());
        c.set("title", JsonOutput.text(info.title()));
        ArrayNode dimensions = root.putArray("dimensions");
        for (Dimension d : Triangle.dimensions()) {
            ObjectNode n = dimensions.addObject();
            n.put("number", d.number()).put("code", d.code()).put("side", d.side().code());
            n.set("label", JsonOutput.text(d.label()));
            ArrayNode statements = n.putArray("statements");
            for (FocusStatement s : focus.get().statements(d)) {
                ObjectNode sn = statements.addObject();
                sn.put("id", s.id()).put("kind", s.kind().name());
                sn.set("text", JsonOutput.text(s.text()));
            }
        }
        return root;
    }

    /** The view as readable text in one language. */
    String text(Language language) {
        Texts t = Texts.of(language);
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(ageLine(t)).append(nl);
        if (focus.isEmpty()) {
            return sb.append(t.get("focus.noAgeGroup")).append(nl).toString();
        }
        AgeGroup group = focus.get().ageGroup();
        CatalogueInfo info = focus.get().catalogue();
        sb.append(t.get("focus.ageGroup", group.label().in(language), group.code())).append(nl);
        sb.append(t.get("focus.catalogue", info.title().in(language), info.version())).append(nl);
        if (Boolean.TRUE.equals(info.illustrative())) {
            sb.append(t.get("focus.illustrative")).append(nl);
        }
        for (Side side : Triangle.sides()) {
            sb.append(nl).append(side.label().in(language)).append(nl);
            for (Dimension d : side.dimensions()) {
                sb.append(dimensionText(d, language));
            }
        }
        return sb.toString();
    }

    /** One dimension's number, label and statements, each marked as a resource or a risk. */
    String dimensionText(Dimension d, Language language) {
        Texts t = Texts.of(language);
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("  %2d. %s", d.number(), d.label().in(language))).append(nl);
        List<FocusStatement> statements = focus.map(f -> f.statements(d)).orElse(List.of());
        if (statements.isEmpty()) {
            sb.append("      ").append(t.get("focus.none")).append(nl);
        }
        for (FocusStatement s : statements) {
            sb.append("      ").append(t.get("focus.kind." + s.kind().name())).append(": ")
                    .append(s.text().in(language)).append(nl);
        }
        return sb.toString();
    }

    private String ageLine(Texts t) {
        if (birthDate.isAfter(on)) {
            return t.get("focus.unborn", birthDate, on);
        }
        Period age = Period.between(birthDate, on);
        return t.get("focus.child", birthDate, on, age.getYears(), age.getMonths());
    }
}
