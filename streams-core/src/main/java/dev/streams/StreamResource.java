package dev.streams;

/**
 * Something that holds a resource until it is closed: a stream, a listener, a handle of a memory
 * object stream.
 *
 * <p>{@link #close()} is idempotent and never throws a checked exception, so try-with-resources is
 * the Java spelling of AnyIO's {@code async with}:
 *
 * <pre>{@code
 * try (SocketStream stream = Tcp.connect("127.0.0.1", port)) {
 *     stream.send("ping".getBytes(StandardCharsets.US_ASCII));
 * }
 * }</pre>
 */
public interface StreamResource extends AutoCloseable {

    /**
     * Closes this resource. Calling it again has no effect. Threads blocked on this resource are
     * woken with {@link ClosedResourceException} where the implementation says so.
     */
    @Override
    void close();
}
