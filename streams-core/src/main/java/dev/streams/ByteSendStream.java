package dev.streams;

import java.nio.ByteBuffer;

/**
 * The sending end of a stream of bytes.
 *
 * <pre>{@code
 * stream.send("hello\n".getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public interface ByteSendStream extends StreamResource, TypedAttributeProvider {

    /**
     * Sends all of {@code data}, blocking until the transport took it. An empty array is a no-op.
     *
     * @throws NullPointerException if {@code data} is null
     * @throws ClosedResourceException if this stream was closed
     * @throws BrokenResourceException if the transport failed; how much was sent is then unknown
     * @throws InterruptedException if the thread was interrupted
     */
    void send(byte[] data) throws InterruptedException;

    /** Sends the buffer's remaining bytes and advances its position to its limit. */
    default void send(ByteBuffer src) throws InterruptedException {
        byte[] data = new byte[src.remaining()];
        src.get(data);
        send(data);
    }
}
