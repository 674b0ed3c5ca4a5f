package dk.ics.barometer.internal;

import dk.ics.barometer.Answer;
import dk.ics.barometer.Catalogue;
import dk.ics.barometer.Respondent;
import dk.ics.barometer.Round;
import dk.ics.barometer.Statement;
import dk.ics.model.IcsInvalidDataException;
import dk.ics.model.IcsUnknownCodeException;
import dk.ics.model.Location;
import dk.ics.model.internal.JsonSupport;
import dk.ics.model.internal.SafeText;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a round against a catalogue; errors point into the round's JSON form. */
public final class RoundCheck {

    private RoundCheck() {
    }

    /**
     * Checks that the round belongs to the catalogue, has respondents with unique ids, and answers only known
     * statements with values on the scale.
     */
    public static void check(Round round, Catalogue catalogue, String source) {
        Location at = source == null ? Location.UNKNOWN : Location.of(source);
        checkCatalogue(round.catalogueId(), round.catalogueVersion(), catalogue, at.withPointer("/catalogue"));
        if (round.respondents().isEmpty()) {
            throw new IcsInvalidDataException(at.withPointer("/respondents"),
                    "the round has no respondents; expected at least one");
        }
        Set<String> known = catalogue.statements().stream().map(Statement::id).collect(Collectors.toSet());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < round.respondents().size(); i++) {
            Respondent r = round.respondents().get(i);
            Integer first = seen.putIfAbsent(r.id(), i);
            if (first != null) {
                throw new IcsInvalidDataException(at.withPointer("/respondents/" + i + "/id"),
                        "duplicate respondent id; the same id is at /respondents/" + first);
            }
            // Pointers are built only for an error: this loop runs for every answer of every respondent.
            for (Map.Entry<String, Answer> e : r.answers().entrySet()) {
                if (!known.contains(e.getKey())) {
                    throw new IcsUnknownCodeException(at.withPointer(answerPointer(i, e.getKey())), "statement id",
                            e.getKey(), catalogue.statements().stream().map(Statement::id).toList());
                }
                if (!catalogue.scale().hasOptionFor(e.getValue())) {
                    throw new IcsInvalidDataException(at.withPointer(answerPointer(i, e.getKey())),
                            "answer outside the scale; expected one of: " + String.join(", ",
                                    catalogue.scale().expected()));
                }
            }
        }
    }

    private static String answerPointer(int respondent, String statementId) {
        return JsonSupport.member("/respondents/" + respondent + "/answers", statementId);
    }

    /** Checks that a round's catalogue id and version are the catalogue's. */
    public static void checkCatalogue(String id, String version, Catalogue catalogue, Location at) {
        if (!catalogue.id().equals(id) || !catalogue.version().equals(version)) {
            throw new IcsInvalidDataException(at, "the round was answered on catalogue " + SafeText.code(id)
                    + " version " + SafeText.code(version) + "; this barometer uses "
                    + SafeText.code(catalogue.id()) + " version " + SafeText.code(catalogue.version()));
        }
    }
}
