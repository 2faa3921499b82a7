package dev.streams.net;

import dev.streams.BrokenResourceException;
import java.time.Duration;

/**
 * A {@code send} made no progress for the connection's write timeout
 * ({@link ConnectionTimeouts#write()}): the peer is not reading, so the connection is broken and
 * was closed. How much of that send went out is unknown. A TLS stream over the socket lets it
 * through unchanged.
 *
 * <pre>{@code
 * try {
 *     stream.send(reply);
 * } catch (WriteTimeoutException e) {
 *     log.info("client stopped reading for " + e.timeout() + "; disconnected");
 * }
 * }</pre>
 */
public final class WriteTimeoutException extends BrokenResourceException {

    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    /** @param timeout the write timeout that passed */
    public WriteTimeoutException(Duration timeout) {
        super("No data could be sent for the write timeout (" + timeout.toMillis()
                + " ms), the peer is not reading; the connection was closed");
        this.timeout = timeout;
    }

    /** The write timeout that passed. */
    public Duration timeout() {
        return timeout;
    }
}
