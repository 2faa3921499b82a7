package dev.streams.tls;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Enforces handshake timeouts for every TLS stream of the JVM with one shared daemon thread, so
 * that 10 000 concurrent handshakes cost 10 000 queue entries, not 10 000 threads. A task only
 * closes a transport, which is quick and never blocks, so one thread is plenty.
 */
final class HandshakeTimer {

    /** The name of the timer thread (tests that look for leaked threads skip it). */
    static final String THREAD_NAME = "streams-tls-handshake-timer";

    private static final ScheduledThreadPoolExecutor SCHEDULER = createScheduler();

    private HandshakeTimer() {
    }

    static ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        long nanos;
        try {
            nanos = delay.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE; // a timeout of centuries is no timeout
        }
        return SCHEDULER.schedule(task, nanos, TimeUnit.NANOSECONDS);
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
