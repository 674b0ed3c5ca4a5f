package dk.ics.barometer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds rounds in code for tests, and finds the example data. */
final class TestRounds {

    static final Catalogue CATALOGUE = Catalogue.standard();
    static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private TestRounds() {
    }

    /** The folder of the example data of the examples module. */
    static Path examples() {
        return Path.of("..", "examples", "data", "barometer");
    }

    /** A respondent answering the given statements with one value each. */
    static Respondent respondent(String id, Role role, Map<String, Integer> values) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        values.forEach((k, v) -> answers.put(k, v == null ? Answer.DONT_KNOW : Answer.of(v)));
        return new Respondent(id, role, answers);
    }

    /** A respondent answering every statement of an aim point with the same value. */
    static Respondent allOf(String id, Role role, String aimPointId, int value) {
        Map<String, Integer> values = new LinkedHashMap<>();
        CATALOGUE.aimPoint(aimPointId).orElseThrow().statements().forEach(s -> values.put(s.id(), value));
        return respondent(id, role, values);
    }

    /** A round of the standard catalogue. */
    static Round round(List<Respondent> respondents) {
        return Round.of(CATALOGUE, "Testkommune", DAY, respondents);
    }

    /** A round of the standard catalogue on a day. */
    static Round round(LocalDate day, List<Respondent> respondents) {
        return Round.of(CATALOGUE, "Testkommune", day, respondents);
    }

    /**
     * Respondents who together give {@code n} answers to aim point S1 (three statements) with the given sum of
     * values: n / 3 respondents, each answering all three statements, values spread so the sum is exact.
     */
    static List<Respondent> s1Answers(int respondents, int sum) {
        List<Respondent> out = new ArrayList<>();
        int n = respondents * 3;
        int base = sum / n;
        int extra = sum % n;
        int k = 0;
        for (int i = 0; i < respondents; i++) {
            Map<String, Integer> values = new LinkedHashMap<>();
            for (String s : List.of("S1.1", "S1.2", "S1.3")) {
                values.put(s, base + (k++ < extra ? 1 : 0));
            }
            out.add(respondent("R" + i, Role.CASEWORKER, values));
        }
        return out;
    }
}
