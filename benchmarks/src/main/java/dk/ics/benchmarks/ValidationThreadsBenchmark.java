package dk.ics.benchmarks;

import dk.ics.model.ReadLimits;
import dk.ics.templates.CaseDocument;
import dk.ics.test.DocumentFixture;
import dk.ics.validation.CaseContext;
import dk.ics.validation.IcsValidator;
import dk.ics.validation.ValidationReport;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scaling with cores: the full {@code validate} of the generated BFU by one validator shared between threads, as
 * throughput (JMH sums it over threads). Target: 2 threads ≥ 1.8× one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationThreadsBenchmark {

    private byte[] bfu;
    private IcsValidator validator;
    private CaseContext context;

    /** Generates the BFU and builds the one shared validator. */
    @Setup
    public void setUp() {
        DocumentFixture f = Fixtures.bfu();
        bfu = f.toBytes();
        context = Fixtures.context(f);
        validator = IcsValidator.standard();
    }

    /** One thread. */
    @Benchmark
    @Threads(1)
    public ValidationReport fullValidate1Thread() {
        return validator.validate(CaseDocument.parse(bfu, "bfu.json", ReadLimits.DEFAULTS), context);
    }

    /** Two threads sharing the validator. */
    @Benchmark
    @Threads(2)
    public ValidationReport fullValidate2Threads() {
        return validator.validate(CaseDocument.parse(bfu, "bfu.json", ReadLimits.DEFAULTS), context);
    }
}
