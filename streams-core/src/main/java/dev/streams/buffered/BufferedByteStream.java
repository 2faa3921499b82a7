package dev.streams.buffered;

import dev.streams.ByteStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A two-way byte stream whose receiving side is buffered: {@link #receiveExactly} and
 * {@link #receiveUntil} on the way in, plain {@link #send} on the way out.
 *
 * <p>A line protocol over TCP:
 *
 * <pre>{@code
 * try (BufferedByteStream stream = new BufferedByteStream(Tcp.connect("127.0.0.1", port))) {
 *     stream.send("PING\r\n".getBytes(StandardCharsets.US_ASCII));
 *     byte[] reply = stream.receiveUntil("\r\n".getBytes(StandardCharsets.US_ASCII), 1024);
 * }
 * }</pre>
 *
 * <p>Thread-safety: one reader and one writer at a time; the receiving side is as in
 * {@link BufferedByteReceiveStream}, sending goes straight to the wrapped stream, with its rules.
 * {@link #close()} closes the wrapped stream.
 */
public final class BufferedByteStream extends BufferedByteReceiveStream implements ByteStream {

    private final ByteStream stream;

    /**
     * Buffers the receiving side of {@code source}.
     *
     * @throws NullPointerException if {@code source} is null
     */
    public BufferedByteStream(ByteStream source) {
        this(source, DEFAULT_MAX_EXACT_BYTES);
    }

    /**
     * Buffers the receiving side of {@code source}; {@link #receiveExactly} accepts at most
     * {@code maxExactBytes}.
     *
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if {@code maxExactBytes} is negative
     */
    public BufferedByteStream(ByteStream source, int maxExactBytes) {
        super(source, maxExactBytes);
        this.stream = source;
    }

    /** Sends through the wrapped stream, unbuffered. */
    @Override
    public void send(byte[] data) throws InterruptedException {
        stream.send(Objects.requireNonNull(data, "data"));
    }

    /** Sends through the wrapped stream, unbuffered. */
    @Override
    public void send(ByteBuffer src) throws InterruptedException {
        stream.send(Objects.requireNonNull(src, "src"));
    }

    /** Half-closes the wrapped stream; bytes can still be received. */
    @Override
    public void sendEof() throws InterruptedException {
        stream.sendEof();
    }
}
