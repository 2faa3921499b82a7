package dev.streams;

/**
 * The other end is done sending and nothing is left to receive. This is the normal end of a
 * stream, thrown on every read past the end, so it is cheap: it has no stack trace.
 */
public class EndOfStreamException extends StreamException {

    private static final long serialVersionUID = 1L;

    public EndOfStreamException() {
        super("End of stream", false);
    }
}
