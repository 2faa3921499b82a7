package dev.streams.net;

import dev.streams.StreamException;

/**
 * {@link Tcp#connect(String, int)} could not connect to any address of the host. Each attempt's
 * {@link java.io.IOException} (a {@link java.net.ConnectException} per refused address, or the
 * {@link java.net.UnknownHostException} when the name did not resolve) is attached as a suppressed
 * exception, in the order the attempts were made.
 *
 * <pre>{@code
 * try {
 *     stream = Tcp.connect("db.internal", 5432);
 * } catch (ConnectFailedException e) {
 *     for (Throwable attempt : e.getSuppressed()) {
 *         log.info("attempt failed: " + attempt);
 *     }
 * }
 * }</pre>
 */
public class ConnectFailedException extends StreamException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; add each attempt's failure with {@link #addSuppressed(Throwable)}. */
    public ConnectFailedException() {
        super("All connection attempts failed");
    }
}
