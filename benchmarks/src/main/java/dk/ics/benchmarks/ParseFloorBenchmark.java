package dk.ics.benchmarks;

import dk.ics.model.ReadLimits;
import dk.ics.model.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
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
 * The parse floor: Jackson's own {@code readTree} of a document-sized JSON, against the library's limits-aware
 * reader of the same bytes. The ratio between them is the price of checking limits while reading.
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

    /** Builds a seeded document of about 40 KB shaped like an investigation: ten dimensions with texts. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        StringBuilder sb = new StringBuilder("{\"template\":{\"id\":\"bfu\",\"version\":\"1.0.0\"},\"status\":\"FINAL\","
                + "\"dimensioner\":{");
        for (int d = 0; d < 10; d++) {
            sb.append(d > 0 ? "," : "").append("\"d").append(d).append("\":{\"iFokus\":true,\"beskrivelse\":\"")
                    .append(words(random, 300)).append("\",\"ressourcer\":[");
            for (int i = 0; i < 4; i++) {
                sb.append(i > 0 ? "," : "").append('"').append(words(random, 40)).append('"');
            }
            sb.append("],\"udfordringer\":[");
            for (int i = 0; i < 4; i++) {
                sb.append(i > 0 ? "," : "").append('"').append(words(random, 40)).append('"');
            }
            sb.append("]}");
        }
        sb.append("}}");
        document = sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String words(SplittableRandom random, int count) {
        String[] pool = {"barnet", "skolen", "mor", "far", "trives", "venner", "lærer", "søvn", "hjemme", "støtte",
            "fritid", "fodbold", "læsning", "bekymring", "samarbejde", "netværk", "bedstemor", "hverdag"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i > 0 ? " " : "").append(pool[random.nextInt(pool.length)]);
        }
        return sb.toString();
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
