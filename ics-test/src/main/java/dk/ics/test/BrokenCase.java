package dk.ics.test;

import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A case that misses one statutory deadline in a known way, with the date it is judged on: a deadline of the rule
 * is then {@code OVERDUE} or {@code MET_LATE}, and no deadline of another rule is, except those that by law go with it
 * ({@link #companions()}).
 *
 * @param code        the deadline rule's code, e.g. {@code BFU_4_MONTHS}
 * @param description what is missed, in English
 * @param judgedOn    the day the deadlines are computed for (their end of day)
 * @param companions  codes of deadlines that are necessarily missed with it (e.g. the preliminary assessment with
 *                    the investigation); usually empty
 * @param source      makes the case fixture
 */
public record BrokenCase(String code, String description, LocalDate judgedOn, Set<String> companions,
        Supplier<CaseFixture> source) {

    /** Checks that the parts are present and copies the companions. */
    public BrokenCase {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(judgedOn, "judgedOn");
        companions = Set.copyOf(companions);
        Objects.requireNonNull(source, "source");
    }

    /** A fresh case fixture. */
    public CaseFixture fixture() {
        return source.get();
    }

    /** The case's deadlines on {@link #judgedOn()}, by the standard calculator. */
    public List<Deadline> deadlines() {
        return DeadlineCalculator.standard().deadlines(fixture().build(), judgedOn);
    }

    /** The code and the description. */
    @Override
    public String toString() {
        return code + ": " + description;
    }
}
