package dk.ics.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.templates.CaseDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One validator is shared by many threads: each call gives the same report as a call on its own. */
class SharedValidatorTest {

    @Test
    void concurrentCallsGiveTheSameReportsAsSequentialOnes() throws Exception {
        List<CaseDocument> docs = List.of(
                Cases.document(Cases.edited("bfu.json", null, Cases.JSON.createArrayNode()
                        .add("/beskrivelse/perspektiver/barnetsPerspektiv"), null), "a"),
                Cases.document(Cases.example("barnets-plan.json"), "b"),
                Cases.document(Cases.edited("opfoelgning.json", null, null, "DRAFT"), "c"),
                Cases.document(Cases.example("underretning.json"), "d"));
        CaseContext context = CaseContext.builder(LocalDate.of(2026, 1, 10)).latestBfu(Cases.bound("bfu.json"))
                .plan(Cases.bound("barnets-plan.json")).supportDecisionDate(LocalDate.of(2025, 5, 27)).build();
        List<ValidationReport> sequential = docs.stream().map(d -> Cases.VALIDATOR.validate(d, context)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i % docs.size();
                results.add(pool.submit(() -> Cases.VALIDATOR.validate(docs.get(k), context).report()
                        .equals(sequential.get(k).report())));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.get(0).codes()).contains("ICS-BFU-006");
    }
}
