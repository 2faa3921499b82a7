package dev.streams.spring.listener;

import org.jspecify.annotations.Nullable;

/**
 * Observes the TLS handshakes of a listener from their start, on the connection's handler thread,
 * to their outcome (the starter's Micrometer Observation {@code streams.listener.handshake} is one).
 *
 * <pre>{@code
 * managedListener.setHandshakeObserver(listener -> {
 *     long start = System.nanoTime();
 *     return (outcome, error) -> log.debug("handshake {} after {} ns", outcome, System.nanoTime() - start);
 * });
 * }</pre>
 *
 * <p>Implementations must be thread-safe: handshakes run concurrently, one per handler thread.
 */
@FunctionalInterface
public interface HandshakeObserver {

    /** A handshake of listener {@code listener} starts; the result is told how it ended, once. */
    Handshake start(String listener);

    /** One observed handshake. */
    @FunctionalInterface
    interface Handshake {

        /** The handshake ended with {@code outcome}; {@code error} is null on success. */
        void end(HandshakeOutcome outcome, @Nullable Throwable error);
    }
}
