package dev.streams;

/**
 * The base of every stream error. Stream errors are unchecked: they describe the state of a
 * resource, not a contract the caller forgot, and most code lets them propagate to the place that
 * owns the connection.
 */
public class StreamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StreamException(String message) {
        super(message);
    }

    public StreamException(String message, Throwable cause) {
        super(message, cause);
    }

    /** For control-flow exceptions that must be cheap: no stack trace, no suppression. */
    protected StreamException(String message, boolean writableStackTrace) {
        super(message, null, writableStackTrace, writableStackTrace);
    }
}
