package dk.ics.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports CPU time per operation, measured around each iteration:
 * <ul>
 * <li>{@code ·cpu.ns/op}: the CPU time of the whole benchmark JVM (the work, garbage collection, and any JIT
 * compilation still going on);</li>
 * <li>{@code ·cpu.worker.ns/op}: the CPU time of JMH's worker threads only (the work itself).</li>
 * </ul>
 * Neither counts the time the benchmark waited for a core. On a machine shared with other work, wall-clock scores rise
 * with the load while CPU time per operation stays close to the cost of the code, so ratios between benchmarks are
 * also taken from it. Use with {@code -prof dk.ics.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long processBefore;
    private Map<Long, Long> workersBefore = Map.of();

    /** A profiler; JMH makes one per benchmark run. */
    public CpuTimeProfiler() {
        // the counters are read before each iteration
    }

    @Override
    public String getDescription() {
        return "CPU time per operation, of the JVM and of the worker threads (robust to a shared machine)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workersBefore = workerCpu();
        processBefore = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long process = os.getProcessCpuTime() - processBefore;
        long workers = 0;
        for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
            workers += e.getValue() - workersBefore.getOrDefault(e.getKey(), 0L);
        }
        long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
        if (ops <= 0 || process < 0) {
            return List.of();
        }
        return List.of(new ScalarResult("·cpu.ns/op", (double) process / ops, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("·cpu.worker.ns/op", (double) workers / ops, "ns/op", AggregationPolicy.AVG));
    }

    /** The CPU time of each live JMH worker thread, by thread id. */
    private Map<Long, Long> workerCpu() {
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(t.getThreadId());
                if (cpu >= 0) {
                    out.put(t.getThreadId(), cpu);
                }
            }
        }
        return out;
    }
}
