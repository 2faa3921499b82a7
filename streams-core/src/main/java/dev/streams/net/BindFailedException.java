package dev.streams.net;

import dev.streams.StreamException;
import java.io.IOException;

/**
 * {@link Tcp#listen(String, int)} could not bind: the port is in use, the address is not local,
 * the host name did not resolve, or the process lacks the permission for a low port. The message
 * names {@code host:port} and the reason ({@code "Could not listen on 127.0.0.1:8080: Address
 * already in use"}); the cause is the {@link java.net.BindException} (or the
 * {@link java.net.UnknownHostException}, or other {@link IOException}).
 *
 * <p>{@link #host()} and {@link #port()} are the arguments as given, so that a caller (for
 * example a Spring Boot failure analyzer) can say which listener failed without parsing the message.
 *
 * <pre>{@code
 * try {
 *     listener = Tcp.listen("0.0.0.0", 8080);
 * } catch (BindFailedException e) {
 *     if (e.getCause() instanceof java.net.BindException) {
 *         System.err.println("port " + e.port() + " is taken");
 *     }
 * }
 * }</pre>
 */
public class BindFailedException extends StreamException {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final int port;

    public BindFailedException(String host, int port, IOException cause) {
        super("Could not listen on " + Tcp.formatHostPort(host, port) + ": " + cause.getMessage(), cause);
        this.host = host;
        this.port = port;
    }

    /** The host the listener was to bind to, as passed to {@code listen}. */
    public String host() {
        return host;
    }

    /** The port the listener was to bind to, as passed to {@code listen} (0: ephemeral). */
    public int port() {
        return port;
    }
}
