package dev.streams.benchmarks.baseline;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Helper threads for the benchmarks: the threads that play the other side of a transfer live for
 * the whole trial, so that no benchmark pays for starting a thread inside its measured operation.
 *
 * <p>Virtual threads are reached reflectively because the module compiles with {@code --release 17};
 * on JDK 17 {@link #executor(String, int)} with {@code "virtual"} throws
 * {@link UnsupportedOperationException}.
 *
 * <pre>{@code
 * ExecutorService workers = Workers.executor("platform", 8);
 * Future<?> producer = workers.submit(() -> ...);
 * Workers.await(List.of(producer));
 * }</pre>
 *
 * <p>Thread-safe: the methods keep no state.
 */
public final class Workers {

    private Workers() {
    }

    /** True when this JVM has virtual threads (JDK 21+). */
    public static boolean virtualThreadsAvailable() {
        return Runtime.version().feature() >= 21;
    }

    /**
     * An executor of {@code kind} "platform" ({@code size} daemon threads kept for the trial) or
     * "virtual" (one new virtual thread per task, JDK 21+).
     */
    public static ExecutorService executor(String kind, int size) {
        switch (kind) {
            case "platform": {
                AtomicInteger count = new AtomicInteger();
                return Executors.newFixedThreadPool(size, task -> {
                    Thread thread = new Thread(task, "bench-worker-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
            }
            case "virtual":
                if (!virtualThreadsAvailable()) {
                    throw new UnsupportedOperationException(
                            "virtual threads need JDK 21+ (on JDK 17 run with -p threads=platform)");
                }
                try {
                    return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor")
                            .invoke(null);
                } catch (NoSuchMethodException | IllegalAccessException e) {
                    throw new UnsupportedOperationException("virtual threads unavailable", e);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException(e.getCause());
                }
            default:
                throw new IllegalArgumentException("threads must be platform or virtual, not " + kind);
        }
    }

    /** Waits for every future, rethrowing the first failure unchecked. */
    public static void await(List<? extends Future<?>> futures) throws InterruptedException {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("benchmark helper failed", e.getCause());
            }
        }
    }

    /** Waits for one future, rethrowing its failure unchecked. */
    public static void await(Future<?> future) throws InterruptedException {
        List<Future<?>> one = new ArrayList<>(1);
        one.add(future);
        await(one);
    }

    /** Stops an executor, interrupting helpers still blocked in a transfer. */
    public static void shutdown(ExecutorService executor) throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("benchmark helpers did not stop within 10 s");
        }
    }
}
