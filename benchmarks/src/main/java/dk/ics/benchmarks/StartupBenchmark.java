package dk.ics.benchmarks;

import dk.ics.templates.TemplateRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Registry start-up, warm: reading, checking and compiling every built-in template into a new registry (not the
 * shared {@code builtIn()} instance, which is built once). Target: under 300 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StartupBenchmark {

    /** A fresh registry of every built-in template. */
    @Benchmark
    public TemplateRegistry registryOfBuiltIns() {
        return TemplateRegistry.builder().addBuiltIns().build();
    }
}
