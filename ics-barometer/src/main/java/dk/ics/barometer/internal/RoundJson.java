package dk.ics.barometer.internal;

import dk.ics.barometer.Answer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.Respondent;
import dk.ics.barometer.Role;
import dk.ics.barometer.Round;
import dk.ics.barometer.Statement;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Location;
import dk.ics.model.ReadLimits;
import dk.ics.model.internal.JsonSupport;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Rounds as JSON: {@code {"municipality", "date", "catalogue": {"id", "version"}, "respondents": [{"id", "role",
 * "answers": {"S1.1": 3, "S1.2": "I nogen grad", "S1.3": "Ved ikke"}}]}}. An answer is the option's number, code or
 * words; a statement that was not answered is left out. Written answers are numbers, and the words of the option
 * without a value.
 */
public final class RoundJson {

    private static final Set<String> ROUND_FIELDS = Set.of("municipality", "date", "catalogue", "respondents");
    private static final Set<String> CATALOGUE_FIELDS = Set.of("id", "version");
    private static final Set<String> RESPONDENT_FIELDS = Set.of("id", "role", "answers");

    private RoundJson() {
    }

    /** Reads a round from JSON and checks it against the catalogue. */
    public static Round read(InputStream in, String source, Catalogue catalogue, ReadLimits limits) {
        return fromTree(JsonSupport.readTree(in, source, limits), source, catalogue);
    }

    /** A round from a JSON tree, checked against the catalogue. */
    public static Round fromTree(JsonNode tree, String source, Catalogue catalogue) {
        Location at = source == null ? Location.UNKNOWN : Location.of(source);
        object(tree, at.withPointer(""), ROUND_FIELDS);
        String municipality = text(tree, "municipality", at, "");
        LocalDate date = date(tree, at);
        JsonNode cat = tree.get("catalogue");
        Location catAt = at.withPointer("/catalogue");
        if (cat == null) {
            throw new IcsInvalidDataException(catAt, "expected the catalogue the round was answered on: "
                    + "{\"id\": …, \"version\": …}");
        }
        object(cat, catAt, CATALOGUE_FIELDS);
        String catId = text(cat, "id", at, "/catalogue");
        String catVersion = text(cat, "version", at, "/catalogue");
        RoundCheck.checkCatalogue(catId, catVersion, catalogue, catAt);
        JsonNode list = tree.get("respondents");
        if (list == null || !list.isArray()) {
            throw new IcsInvalidDataException(at.withPointer("/respondents"), "expected an array of respondents");
        }
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            respondents.add(respondent(list.get(i), at, "/respondents/" + i, catalogue));
        }
        Round round = new Round(municipality, date, catId, catVersion, respondents);
        RoundCheck.check(round, catalogue, source);
        return round;
    }

    private static Respondent respondent(JsonNode node, Location at, String p, Catalogue catalogue) {
        object(node, at.withPointer(p), RESPONDENT_FIELDS);
        String id = text(node, "id", at, p);
        Role role = Role.parse(text(node, "role", at, p), at.withPointer(p + "/role"));
        JsonNode answers = node.get("answers");
        Map<String, Answer> out = new LinkedHashMap<>();
        if (answers != null) {
            if (!answers.isObject()) {
                throw new IcsInvalidDataException(at.withPointer(p + "/answers"),
                        "expected an object of answers by statement id");
            }
            for (Map.Entry<String, JsonNode> e : answers.properties()) {
                String ap = JsonSupport.member(p + "/answers", e.getKey());
                if (catalogue.statement(e.getKey()).isEmpty()) {
                    throw new IcsUnknownCodeException(at.withPointer(ap), "statement id", e.getKey(),
                            catalogue.statements().stream().map(Statement::id).toList());
                }
                JsonNode v = e.getValue();
                String text = v.isIntegralNumber() ? v.asString() : v.isString() ? v.asString() : null;
                Answer a = catalogue.scale().parse(text).orElseThrow(() -> new IcsInvalidDataException(
                        at.withPointer(ap), "answer outside the scale; expected one of: "
                        + String.join(", ", catalogue.scale().expected())
                        + "; leave out a statement that was not answered"));
                out.put(e.getKey(), a);
            }
        }
        return new Respondent(id, role, out);
    }

    /** Writes a round as JSON. */
    public static String write(Round round, Catalogue catalogue) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("municipality", round.municipality());
        root.put("date", round.date().toString());
        root.put("catalogue", Map.of("id", round.catalogueId(), "version", round.catalogueVersion()));
        List<Object> respondents = new ArrayList<>();
        for (Respondent r : round.respondents()) {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Statement s : catalogue.statements()) {
                Answer a = r.answer(s.id());
                if (a != null) {
                    answers.put(s.id(), a.hasValue() ? a.value()
                            : catalogue.scale().optionFor(a).map(o -> o.label().da()).orElseThrow());
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("role", r.role().name());
            m.put("answers", answers);
            respondents.add(m);
        }
        root.put("respondents", respondents);
        return JsonSupport.write(root);
    }

    private static void object(JsonNode node, Location at, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new IcsInvalidDataException(at, "expected an object");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new IcsInvalidDataException(at.withPointer(JsonSupport.member(at.pointer(), name)),
                        "unknown property; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static String text(JsonNode node, String field, Location at, String p) {
        JsonNode v = node.get(field);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw new IcsInvalidDataException(at.withPointer(p + "/" + field), "expected a non-empty string");
        }
        // Stripped as the CSV reader strips its cells, so a round reads the same from JSON and CSV.
        return v.asString().strip();
    }

    private static LocalDate date(JsonNode tree, Location at) {
        String s = text(tree, "date", at, "");
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IcsInvalidDataException(at.withPointer("/date"), "expected a date (YYYY-MM-DD)");
        }
    }
}
