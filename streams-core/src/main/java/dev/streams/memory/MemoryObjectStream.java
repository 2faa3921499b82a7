package dev.streams.memory;

import dev.streams.internal.Checks;
import java.util.Objects;

/**
 * A channel of objects between threads: a send handle and a receive handle on one shared buffer.
 * Data flows from left to right, {@code sendStream} to {@code receiveStream}.
 *
 * <pre>{@code
 * MemoryObjectStream<String> stream = MemoryObjectStream.create(0);   // 0: rendezvous. If in doubt, use 0.
 * Thread producer = Thread.startVirtualThread(() -> {     // JDK 21+; any thread will do
 *     try (var send = stream.sendStream()) {
 *         send.send("hello");
 *         send.send("world");
 *     } catch (InterruptedException e) {
 *         Thread.currentThread().interrupt();
 *     }
 * });
 * try (var receive = stream.receiveStream()) {
 *     for (String item : receive) {            // "hello", "world", then the loop ends
 *         System.out.println(item);
 *     }
 * }
 * }</pre>
 *
 * <p>The buffer size decides when {@code send} blocks: {@code 0} hands each item directly to a
 * receiver (rendezvous), {@code n} buffers up to {@code n} items, {@link #UNBOUNDED} never blocks.
 * Items and waiting threads are served in strict FIFO order. See the package documentation for
 * closing, clones, interruption and the design.
 *
 * <p>Thread-safe; the record itself holds no state beyond its two handles.
 *
 * @param sendStream    the original send handle
 * @param receiveStream the original receive handle
 * @param <T>           the type of the items
 */
public record MemoryObjectStream<T>(MemoryObjectSendStream<T> sendStream,
        MemoryObjectReceiveStream<T> receiveStream) implements AutoCloseable {

    /** The {@code maxBufferSize} meaning "no limit": {@code send} never blocks. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * @throws NullPointerException if either handle is null
     */
    public MemoryObjectStream {
        Objects.requireNonNull(sendStream, "sendStream");
        Objects.requireNonNull(receiveStream, "receiveStream");
    }

    /**
     * Creates a stream whose buffer holds up to {@code maxBufferSize} items.
     *
     * @param maxBufferSize 0 for a rendezvous, {@link #UNBOUNDED} for no limit
     * @throws IllegalArgumentException "maxBufferSize cannot be negative"
     */
    public static <T> MemoryObjectStream<T> create(int maxBufferSize) {
        return open(maxBufferSize, null);
    }

    /**
     * Creates a stream that also checks each sent item's type, so a wrong item fails at the sender
     * rather than far away at a receiver. A primitive type checks its wrapper ({@code int.class}
     * accepts {@code Integer}).
     *
     * @throws IllegalArgumentException "maxBufferSize cannot be negative"
     * @throws NullPointerException if {@code itemType} is null
     */
    public static <T> MemoryObjectStream<T> create(int maxBufferSize, Class<T> itemType) {
        return open(maxBufferSize, Objects.requireNonNull(itemType, "itemType"));
    }

    /** Creates a stream whose {@code send} never blocks. Mind the memory: nothing slows producers down. */
    public static <T> MemoryObjectStream<T> unbounded() {
        return open(UNBOUNDED, null);
    }

    private static <T> MemoryObjectStream<T> open(int maxBufferSize, Class<T> itemType) {
        Checks.requireNonNegative(maxBufferSize, "maxBufferSize");
        MemoryObjectStreamState state = new MemoryObjectStreamState(maxBufferSize, itemType);
        return new MemoryObjectStream<>(new MemoryObjectSendStream<>(state, new Handle()),
                new MemoryObjectReceiveStream<>(state, new Handle()));
    }

    /** Closes both original handles (clones stay open). Idempotent. */
    @Override
    public void close() {
        try {
            sendStream.close();
        } finally {
            receiveStream.close();
        }
    }
}
