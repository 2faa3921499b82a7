package dev.streams.net;

import dev.streams.BrokenResourceException;
import java.time.Duration;

/**
 * A {@code receive} waited longer than the connection's idle timeout
 * ({@link ConnectionTimeouts#idle()}) with no data: the connection is broken and was closed.
 * A TLS stream over the socket lets it through unchanged, so callers can tell idle clients apart
 * by type.
 *
 * <pre>{@code
 * try {
 *     request = stream.receive();
 * } catch (IdleTimeoutException e) {
 *     log.info("client idle for " + e.timeout() + "; disconnected");
 * }
 * }</pre>
 */
public final class IdleTimeoutException extends BrokenResourceException {

    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    /** @param timeout the idle timeout that passed */
    public IdleTimeoutException(Duration timeout) {
        super("No data received for the idle timeout (" + timeout.toMillis() + " ms); the connection was closed");
        this.timeout = timeout;
    }

    /** The idle timeout that passed. */
    public Duration timeout() {
        return timeout;
    }
}
