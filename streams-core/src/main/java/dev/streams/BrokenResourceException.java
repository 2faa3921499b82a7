package dev.streams;

/**
 * The resource is unusable for an external reason: the peer reset the connection, the TLS session
 * failed, or every receiver of a memory object stream was closed. The original
 * {@link java.io.IOException} or {@link javax.net.ssl.SSLException} is kept as the cause.
 */
public class BrokenResourceException extends StreamException {

    private static final long serialVersionUID = 1L;

    public BrokenResourceException(String message) {
        super(message);
    }

    public BrokenResourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
