package dev.streams;

/**
 * This handle was closed by this side. It takes precedence over {@link BrokenResourceException}:
 * a closed handle reports being closed even if its peer is also gone.
 */
public class ClosedResourceException extends StreamException {

    private static final long serialVersionUID = 1L;

    public ClosedResourceException() {
        super("This resource was closed");
    }

    public ClosedResourceException(String message) {
        super(message);
    }
}
