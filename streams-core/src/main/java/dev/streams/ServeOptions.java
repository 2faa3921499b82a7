package dev.streams;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Listener#serve(StreamHandler, ServeOptions)} runs its handlers: on which executor, and
 * how many at once. Immutable; each setter returns a new instance.
 *
 * <pre>{@code
 * // JDK 17: every handler is a platform thread; bound them so that a flood of clients cannot
 * // exhaust the JVM's threads. Connections beyond the cap wait in the kernel's accept queue.
 * listener.serve(handler, ServeOptions.DEFAULT.maxConcurrentHandlers(500));
 * }</pre>
 *
 * <ul>
 *   <li>{@link #executor(Executor)}: default none, a new thread per handler (virtual on JDK 21+).</li>
 *   <li>{@link #maxConcurrentHandlers(int)}: default {@link Integer#MAX_VALUE} (no cap). At the cap,
 *       {@code serve} stops accepting until a handler returns; waiting clients queue in the listen
 *       backlog, so a burst is delayed rather than refused.</li>
 * </ul>
 */
public final class ServeOptions {

    /** A new thread per handler, no cap. */
    public static final ServeOptions DEFAULT = new ServeOptions(null, Integer.MAX_VALUE);

    private final @Nullable Executor executor;
    private final int maxConcurrentHandlers;

    private ServeOptions(@Nullable Executor executor, int maxConcurrentHandlers) {
        this.executor = executor;
        this.maxConcurrentHandlers = maxConcurrentHandlers;
    }

    /**
     * Runs handlers on {@code executor}; see {@link Listener#serve(StreamHandler, Executor)}.
     *
     * @throws NullPointerException if {@code executor} is null
     */
    public ServeOptions executor(Executor executor) {
        return new ServeOptions(Objects.requireNonNull(executor, "executor"), maxConcurrentHandlers);
    }

    /**
     * Runs at most {@code maxConcurrentHandlers} handlers at once.
     *
     * @throws IllegalArgumentException if {@code maxConcurrentHandlers} is less than 1
     */
    public ServeOptions maxConcurrentHandlers(int maxConcurrentHandlers) {
        // (internal.Checks.requirePositive's message, spelled out: the base package depends on no other)
        if (maxConcurrentHandlers < 1) {
            throw new IllegalArgumentException(
                    "maxConcurrentHandlers must be a positive integer (was " + maxConcurrentHandlers + ")");
        }
        return new ServeOptions(executor, maxConcurrentHandlers);
    }

    /** The executor that runs handlers; null: a new thread per handler. */
    public @Nullable Executor executor() {
        return executor;
    }

    /** The most handlers that run at once. */
    public int maxConcurrentHandlers() {
        return maxConcurrentHandlers;
    }

    @Override
    public String toString() {
        return "ServeOptions[executor=" + (executor == null ? "new thread per handler" : executor)
                + ", maxConcurrentHandlers=" + maxConcurrentHandlers + "]";
    }
}
