package dev.streams.tls;

import dev.streams.ByteStream;
import dev.streams.TaskThreads;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The TLS deadlines of the whole JVM on one shared daemon thread: handshake timeouts, and the bound
 * on the courtesy send of close_notify or an alert. 10 000 concurrent handshakes cost 10 000 queue
 * entries, not 10 000 threads.
 *
 * <p>The timer thread never runs a close itself: closing a transport may block (a TLS stream used
 * as a transport sends its own close_notify; a user's transport may do anything), and one blocked
 * close would stall every other deadline of the JVM. {@link #closeAt} hands the close to a new
 * thread ({@code streams-tls-deadline-close}) when the deadline passes.
 */
final class HandshakeTimer {

    /** The name of the timer thread (tests that look for leaked threads skip it). */
    static final String THREAD_NAME = "streams-tls-handshake-timer";

    private static final ScheduledThreadPoolExecutor SCHEDULER = createScheduler();

    private HandshakeTimer() {
    }

    /** Runs {@code task} (which must be quick and never block) on the timer thread after {@code delay}. */
    static ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        long nanos;
        try {
            nanos = delay.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE; // a timeout of centuries is no timeout
        }
        return SCHEDULER.schedule(task, nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Closes {@code transport} after {@code delay} unless the returned deadline is settled first;
     * {@code beforeClose} runs on the timer thread just before the close is handed off.
     */
    static Deadline closeAt(ByteStream transport, Duration delay, Runnable beforeClose) {
        Deadline deadline = new Deadline();
        deadline.future = schedule(() -> {
            if (deadline.settled.compareAndSet(false, true)) {
                beforeClose.run();
                TaskThreads.start("streams-tls-deadline-close", transport::close);
            }
        }, delay);
        return deadline;
    }

    /** A pending close; {@link #settle()} decides the race with the timer exactly once. */
    static final class Deadline {
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile ScheduledFuture<?> future;

        /** Cancels the close; returns false if the deadline already passed (the transport is being closed). */
        boolean settle() {
            boolean won = settled.compareAndSet(false, true);
            ScheduledFuture<?> pending = future;
            if (pending != null) {
                pending.cancel(false);
            }
            return won;
        }
    }

    private static ScheduledThreadPoolExecutor createScheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
        // Most handshakes finish long before their deadline: drop cancelled tasks at once rather
        // than keeping one per connection in the queue for 30 seconds.
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }
}
