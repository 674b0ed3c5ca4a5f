package dk.ics.model.concurrency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs the tasks of a stress test on many threads at once. Every task waits on one latch, so all threads start
 * together and contend for the shared instances; a task that hangs fails the test after the timeout instead of
 * blocking the build. Shared with the other modules' stress tests through ics-model's test jar.
 */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * The results of {@code work} on every task, in the order of the tasks, computed on {@code threads} threads
     * released together.
     *
     * @throws Exception the first failure of a task, or a {@link java.util.concurrent.TimeoutException} when a task
     *     takes longer than {@code timeout}
     */
    public static <T, R> List<R> run(List<T> tasks, Function<T, R> work, int threads, Duration timeout)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<R>> futures = new ArrayList<>();
            for (T t : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.apply(t);
                }));
            }
            start.countDown();
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
