package dev.streams;

/**
 * The sending end of a stream of objects.
 *
 * <pre>{@code
 * try (sendStream) {
 *     sendStream.send(order);   // blocks until a receiver or the buffer takes it
 * }                            // closing the last send handle ends the receivers' iteration
 * }</pre>
 *
 * @param <T> the type of the items
 */
public interface ObjectSendStream<T> extends StreamResource, TypedAttributeProvider {

    /**
     * Sends an item, blocking until the stream accepts it.
     *
     * @throws NullPointerException if {@code item} is null
     * @throws ClosedResourceException if this stream was closed
     * @throws BrokenResourceException if the receiving side is gone
     * @throws InterruptedException if the thread was interrupted; the item was then not sent
     */
    void send(T item) throws InterruptedException;
}
