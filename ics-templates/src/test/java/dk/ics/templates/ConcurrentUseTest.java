package dk.ics.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dk.ics.model.FindingReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One registry serves many threads: every check gives the same report as a check on one thread. */
class ConcurrentUseTest {

    @Test
    void checksFromManyThreadsGiveTheSameReportsAsOneThread() throws Exception {
        List<CaseDocument> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "documents", "broken"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> docs.add(CaseDocument.read(p)));
        }
        TemplateRegistry registry = TemplateRegistry.builtIn();
        List<FindingReport> expected = docs.stream().map(registry::check).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<FindingReport>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<FindingReport> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        out = docs.stream().map(registry::check).toList();
                    }
                    return out;
                }));
            }
            for (Future<List<FindingReport>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
