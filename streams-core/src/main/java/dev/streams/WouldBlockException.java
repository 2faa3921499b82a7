package dev.streams;

/**
 * A {@code *Nowait} call could not complete without blocking. It is control flow on hot paths, so
 * it is cheap: it has no stack trace.
 */
public class WouldBlockException extends StreamException {

    private static final long serialVersionUID = 1L;

    public WouldBlockException() {
        super("The operation would block", false);
    }
}
