package dev.streams;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.Objects;

/**
 * The receiving end of a stream of bytes: a socket, a TLS stream, a file.
 *
 * <p>{@link #receive(int)} returns whatever is available, 1 to {@code maxBytes} bytes, never an
 * empty array; the end of the stream is {@link EndOfStreamException}, not an empty result. For
 * framing (exact counts, delimiters) wrap the stream in a
 * {@link dev.streams.buffered.BufferedByteReceiveStream}.
 *
 * <pre>{@code
 * for (byte[] chunk : stream) {        // ends at end of stream
 *     out.write(chunk);
 * }
 * }</pre>
 *
 * <h2>Coming from java.io</h2>
 * There is no {@code -1}: the end of the stream is an exception, and a read never returns zero
 * bytes. Blocking calls are interruptible.
 */
public interface ByteReceiveStream extends StreamResource, TypedAttributeProvider, Iterable<byte[]> {

    /** The {@code maxBytes} of {@link #receive()}. */
    int DEFAULT_MAX_BYTES = 65536;

    /**
     * Receives 1 to {@code maxBytes} bytes, blocking until at least one is available.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     * @throws EndOfStreamException when the peer is done sending
     * @throws ClosedResourceException if this stream was closed
     * @throws BrokenResourceException if the transport failed
     * @throws InterruptedException if the thread was interrupted while waiting
     */
    byte[] receive(int maxBytes) throws InterruptedException;

    /** Receives up to {@value #DEFAULT_MAX_BYTES} bytes; see {@link #receive(int)}. */
    default byte[] receive() throws InterruptedException {
        return receive(DEFAULT_MAX_BYTES);
    }

    /**
     * Receives 1 to {@code dst.remaining()} bytes into {@code dst}, advancing its position.
     *
     * @return the number of bytes received, at least 1
     * @throws IllegalArgumentException if {@code dst} has no room
     */
    default int receive(ByteBuffer dst) throws InterruptedException {
        // (internal.Checks.requireRoom's check, spelled out: the base package depends on no other)
        if (!Objects.requireNonNull(dst, "dst").hasRemaining()) {
            throw new IllegalArgumentException("maxBytes must be a positive integer (the buffer has no room)");
        }
        byte[] data = receive(dst.remaining());
        dst.put(data);
        return data.length;
    }

    /** An iterator over the received chunks; see {@link ObjectReceiveStream} for its contract. */
    @Override
    default Iterator<byte[]> iterator() {
        return new ReceivingIterator<>(new ObjectReceiveStream<>() {
            @Override
            public byte[] receive() throws InterruptedException {
                return ByteReceiveStream.this.receive();
            }

            @Override
            public void close() {
                ByteReceiveStream.this.close();
            }
        });
    }
}
