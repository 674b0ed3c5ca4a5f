package dk.ics.barometer;

import dk.ics.model.internal.JsonSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The expectations checklist evaluated for one municipality: one result per {@link Expectation}, in its order.
 *
 * @param municipality the municipality
 * @param asOf         the date of the profile
 * @param results      the results, in {@link Expectation} order
 */
public record ChecklistResult(String municipality, LocalDate asOf, List<CheckResult> results) {

    /** Copies the results. */
    public ChecklistResult {
        results = List.copyOf(results);
    }

    /** The result of one expectation. */
    public Optional<CheckResult> result(Expectation expectation) {
        return results.stream().filter(r -> r.expectation() == expectation).findFirst();
    }

    /** The number of results with the given outcome. */
    public long count(CheckOutcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Whether every expectation passed. */
    public boolean allPassed() {
        return count(CheckOutcome.PASS) == results.size();
    }

    /** The checklist as plain text in a language: one line per expectation with outcome and reason. */
    public String render(dk.ics.model.Language language) {
        return dk.ics.barometer.internal.TextReport.render(this, language);
    }

    /** The result as indented JSON. */
    public String toJson() {
        return JsonSupport.write(this);
    }
}
