package dev.streams.reliability;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Runs a test body on its own thread and fails it, instead of hanging, when it outlives a deadline.
 * jqwik's {@code @Property} methods run on a separate engine that ignores JUnit's {@code @Timeout}
 * (and {@code junit-platform.properties}), so a property whose body can block must bound itself.
 *
 * <pre>{@code
 * @Property(tries = 50)
 * void roundTrips(@ForAll long seed) throws Exception {
 *     Bounded.run(Duration.ofSeconds(20), () -> { ...; return null; });
 * }
 * }</pre>
 *
 * <p>On timeout the body's thread is interrupted and the failure carries its stack trace, which
 * shows where it blocked. Thread-safe (stateless).
 */
public final class Bounded {

    private Bounded() {
    }

    /** Runs {@code body}; rethrows what it throws; fails with its stack after {@code deadline}. */
    public static <T> T run(Duration deadline, Callable<T> body) throws Exception {
        FutureTask<T> task = new FutureTask<>(body);
        Thread thread = new Thread(task, "test-bounded-body");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String stack = Arrays.stream(thread.getStackTrace()).map(frame -> "\tat " + frame)
                    .collect(Collectors.joining("\n"));
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
            throw new AssertionError("the test body did not finish within " + deadline + " (hang?); it was at\n"
                    + stack);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            if (thread.isAlive()) {
                thread.interrupt();
            }
        }
    }

    /** {@link #run(Duration, Callable)} for a body without a result. */
    public static void run(Duration deadline, Body body) throws Exception {
        run(deadline, () -> {
            body.run();
            return null;
        });
    }

    /** A test body that may throw. */
    @FunctionalInterface
    public interface Body {
        /** Runs the body. */
        void run() throws Exception;
    }
}
