package dev.streams.tls;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How a listener logs failed handshakes. Any client on the network can make a handshake fail (a
 * port scanner offering only TLS 1.0, a plaintext request, a timeout), so each failure is one
 * DEBUG line, and INFO gets at most one summary per interval with the count since the previous
 * one: a flood of bad peers cannot flood the log. Everything the peer chose is escaped and cut
 * ({@link PeerText}); no exception (whose message the peer may have shaped) is attached.
 *
 * <pre>{@code
 * HandshakeFailureLog log = new HandshakeFailureLog(LOG, Duration.ofMinutes(1));
 * log.failed(peerAddress, error);   // DEBUG line; INFO summary at most once a minute
 * }</pre>
 *
 * <p>Thread-safe, lock-free (handler threads report concurrently).
 */
final class HandshakeFailureLog {

    /** The default interval between two INFO summaries. */
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

    private final System.Logger log;
    private final long intervalNanos;
    private final AtomicLong failuresSinceSummary = new AtomicLong();
    private final AtomicLong timeoutsSinceSummary = new AtomicLong();
    private final AtomicLong nextSummaryAt;

    HandshakeFailureLog(System.Logger log, Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
        this.nextSummaryAt = new AtomicLong(System.nanoTime()); // the first failure is summarised at once
    }

    /** Records one failed handshake with {@code peer} (an address, or a description of the transport). */
    void failed(Object peer, Exception error) {
        boolean timeout = error.getCause() instanceof TimeoutException;
        if (log.isLoggable(Level.DEBUG)) {
            log.log(Level.DEBUG, "TLS handshake with " + PeerText.escape(String.valueOf(peer)) + " failed: "
                    + describe(error));
        }
        failuresSinceSummary.incrementAndGet();
        if (timeout) {
            timeoutsSinceSummary.incrementAndGet();
        }
        long now = System.nanoTime();
        long next = nextSummaryAt.get();
        if (now - next >= 0 && nextSummaryAt.compareAndSet(next, now + intervalNanos)) {
            long failures = failuresSinceSummary.getAndSet(0);
            long timeouts = timeoutsSinceSummary.getAndSet(0);
            if (failures > 0 && log.isLoggable(Level.INFO)) {
                log.log(Level.INFO, failures + (failures == 1 ? " TLS handshake" : " TLS handshakes")
                        + " failed since the last summary (" + timeouts + " timed out; at most one summary per "
                        + intervalNanos / 1_000_000_000L + " s); the latest with "
                        + PeerText.escape(String.valueOf(peer)) + ": " + describe(error)
                        + ". Each failure is logged at DEBUG.");
            }
        }
    }

    /** The error's message and its cause's type, escaped and cut. */
    private static String describe(Exception error) {
        Throwable cause = error.getCause();
        return PeerText.escape(error.getMessage())
                + (cause == null ? "" : " [" + cause.getClass().getName() + "]");
    }
}
