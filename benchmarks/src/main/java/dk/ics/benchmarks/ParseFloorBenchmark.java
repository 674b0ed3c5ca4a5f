package dk.ics.benchmarks;

import dk.ics.model.ReadLimits;
import dk.ics.model.internal.JsonSupport;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parse floor: Jackson's own {@code readTree} of the generated BFU (30–60 KB), against the library's
 * limits-aware reader of the same bytes. The ratio between them is the price of checking limits while reading; the
 * first is the floor the full validation is measured against.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseFloorBenchmark {

    private final JsonMapper jackson = JsonMapper.builder().build();
    private byte[] document;

    /** The generated BFU (see {@link Fixtures#bfu()}), as the bytes a host would hand over. */
    @Setup
    public void setUp() {
        document = Fixtures.bfu().toBytes();
        System.out.println("# BFU fixture: " + Fixtures.describe(document));
    }

    /** Baseline: Jackson's tree parse with no limits of ours. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return jackson.readTree(document);
    }

    /** The library's reader: the same tree, with size, depth, string and array limits checked while reading. */
    @Benchmark
    public JsonNode limitsAwareReadTree() {
        return JsonSupport.readTree(document, "bench.json", ReadLimits.DEFAULTS);
    }
}
