package dk.ics.test;

import static dk.ics.test.IcsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every deadline rule is missed by its own broken case, and no broken case misses another (but its companions). */
class BrokenCasesTest {

    private static final Set<DeadlineStatus> MISSED = Set.of(DeadlineStatus.OVERDUE, DeadlineStatus.MET_LATE);

    @Test
    void everyDeadlineRuleHasABrokenCase() {
        assertThat(BrokenCases.ruleCodes().stream().filter(c -> !BrokenCases.all().containsKey(c)))
                .as("deadline rules without a broken case").isEmpty();
    }

    @Test
    void everyBrokenCaseMissesItsOwnDeadline() {
        BrokenCases.all().values().forEach(c -> assertThat(c.deadlines().stream()
                .filter(d -> d.code().equals(c.code())).map(Deadline::status)).as(c.toString())
                .anyMatch(MISSED::contains));
    }

    @Test
    void noBrokenCaseMissesAnotherDeadline() {
        BrokenCases.all().values().forEach(c -> {
            List<String> missed = c.deadlines().stream().filter(d -> MISSED.contains(d.status()))
                    .map(Deadline::code).filter(code -> !code.equals(c.code()) && !c.companions().contains(code))
                    .toList();
            assertThat(missed).as(c.toString()).isEmpty();
        });
    }

    @Test
    void theAssertionsReadTheCatalogue() {
        assertThat(BrokenCases.all().get("CHILD_TALK_ABUSE").deadlines()).deadline("CHILD_TALK_ABUSE").isOverdue();
    }
}
