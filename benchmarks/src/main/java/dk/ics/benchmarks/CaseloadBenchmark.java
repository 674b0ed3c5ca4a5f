package dk.ics.benchmarks;

import dk.ics.barometer.Barometer;
import dk.ics.barometer.Round;
import dk.ics.barometer.RoundScore;
import dk.ics.model.casework.CaseRecord;
import dk.ics.model.casework.Deadline;
import dk.ics.model.casework.DeadlineCalculator;
import dk.ics.test.IcsGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole-caseload work, as a municipality's supervision or the national statistics run it: the deadlines of a
 * generated caseload of 10 000 cases (target under 50 ms), and the scores of a generated national barometer of 100
 * municipalities × 50 respondents (target under 20 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaseloadBenchmark {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 10, 1);

    private final DeadlineCalculator calculator = DeadlineCalculator.standard();
    private final Barometer barometer = Barometer.standard();
    private List<CaseRecord> caseload;
    private List<Round> rounds;

    /** Generates the caseload and the national set of rounds (seeded). */
    @Setup
    public void setUp() {
        IcsGenerator g = IcsGenerator.seeded(Fixtures.SEED);
        caseload = g.caseload(10_000);
        rounds = g.rounds(100, 50);
        long events = caseload.stream().mapToLong(c -> c.events().size()).sum();
        System.out.println("# caseload: " + caseload.size() + " cases, " + events + " events; rounds: "
                + rounds.size());
    }

    /** The deadlines of every case of the caseload. */
    @Benchmark
    public void deadlinesOf10000Cases(Blackhole bh) {
        for (CaseRecord c : caseload) {
            List<Deadline> d = calculator.deadlines(c, REFERENCE);
            bh.consume(d);
        }
    }

    /** The score of every municipality's round. */
    @Benchmark
    public void barometer100x50(Blackhole bh) {
        for (Round r : rounds) {
            RoundScore s = barometer.score(r);
            bh.consume(s);
        }
    }
}
