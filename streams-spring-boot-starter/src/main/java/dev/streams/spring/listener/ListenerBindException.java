package dev.streams.spring.listener;

import dev.streams.net.BindFailedException;

/**
 * A configured listener could not bind its address and port. Carries the listener's name, so that
 * the failure analysis can name {@code streams.listeners.<name>.*} without guessing it from a bean
 * name.
 *
 * <pre>{@code
 * throw new ListenerBindException("secure-echo", bindFailure);
 * }</pre>
 *
 * <p>Immutable, so thread-safe.
 */
public class ListenerBindException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String listener;

    public ListenerBindException(String listener, BindFailedException cause) {
        super("Streams listener '" + listener + "': " + cause.getMessage(), cause);
        this.listener = listener;
    }

    /** The listener name, the key under {@code streams.listeners}. */
    public String listener() {
        return this.listener;
    }
}
