package dev.streams;

/**
 * {@code receiveUntil} did not find the delimiter starting within the first {@link #maxBytes()}
 * bytes. The bytes stay in the buffered stream.
 */
public class DelimiterNotFoundException extends StreamException {

    private static final long serialVersionUID = 1L;

    private final int maxBytes;

    public DelimiterNotFoundException(int maxBytes) {
        super("The delimiter was not found among the first " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /** The limit that was exceeded. */
    public int maxBytes() {
        return maxBytes;
    }
}
