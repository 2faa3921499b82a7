package dev.streams;

/**
 * The stream ended before {@code receiveExactly} or {@code receiveUntil} could complete. The bytes
 * received so far stay in the buffered stream. The cause is the {@link EndOfStreamException}.
 */
public class IncompleteReadException extends StreamException {

    private static final long serialVersionUID = 1L;

    public IncompleteReadException(Throwable cause) {
        super("The stream was closed before the read operation could be completed", cause);
    }
}
