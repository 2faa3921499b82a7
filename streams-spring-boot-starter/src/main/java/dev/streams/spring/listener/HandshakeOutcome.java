package dev.streams.spring.listener;

import java.util.Locale;

/**
 * How a TLS handshake (or a connection refused at the limit) ended: the {@code outcome} tag of
 * {@code streams.listener.handshakes}.
 *
 * <pre>{@code
 * registry.get("streams.listener.handshakes").tag("outcome", HandshakeOutcome.TIMEOUT.tagValue()).timer();
 * }</pre>
 */
public enum HandshakeOutcome {
    /** The handshake completed. */
    SUCCESS,
    /** The handshake failed (bad certificate, protocol mismatch, peer gone...). */
    FAILURE,
    /** The handshake did not complete within {@code handshake-timeout}. */
    TIMEOUT,
    /** The connection was closed at once because the listener was at {@code max-connections}. */
    REJECTED;

    /** The tag value: the lower-case name. */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
