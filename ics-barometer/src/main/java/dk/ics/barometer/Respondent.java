package dk.ics.barometer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One person's answers in a barometer round. The id is the survey tool's respondent number or another pseudonym;
 * it is organisational data, but it is still kept out of {@link #toString()}.
 *
 * @param id      the respondent's id, unique in the round
 * @param role    the respondent's role
 * @param answers the answers by statement id; a statement the respondent skipped is absent
 */
public record Respondent(String id, Role role, Map<String, Answer> answers) {

    /** Checks that the parts are present and copies the answers, keeping their order. */
    public Respondent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        answers.forEach((k, v) -> {
            Objects.requireNonNull(k, "statement id");
            Objects.requireNonNull(v, "answer");
        });
    }

    /** The answer to a statement, or {@code null} when the respondent skipped it. */
    public Answer answer(String statementId) {
        return answers.get(statementId);
    }

    /** This respondent with one more (or a changed) answer. */
    public Respondent with(String statementId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(answers);
        copy.put(statementId, answer);
        return new Respondent(id, role, copy);
    }

    /** The role and the number of answers; never the id. */
    @Override
    public String toString() {
        return "Respondent[role=" + role + ", answers=" + answers.size() + "]";
    }
}
