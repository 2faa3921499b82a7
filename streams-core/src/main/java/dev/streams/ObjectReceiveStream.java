package dev.streams;

import java.util.Iterator;

/**
 * The receiving end of a stream of objects.
 *
 * <p>Iteration is the idiomatic way to consume a stream until its end:
 *
 * <pre>{@code
 * for (Order order : receiveStream) {   // blocks in hasNext(); ends at end of stream
 *     process(order);
 * }
 * }</pre>
 *
 * <p>The iterator's {@code hasNext()} blocks until an item arrives and returns {@code false} at end
 * of stream. It throws {@link ClosedResourceException} if this handle is closed, and
 * {@link java.util.concurrent.CancellationException} with the thread's interrupt flag set if the
 * thread is interrupted while waiting (an iterator cannot throw {@code InterruptedException}).
 *
 * <h2>Coming from AnyIO</h2>
 * {@code receive()} is {@code await receive()}; {@code EndOfStream} is
 * {@link EndOfStreamException}; cancellation is {@link Thread#interrupt()}.
 *
 * @param <T> the type of the items
 */
public interface ObjectReceiveStream<T> extends StreamResource, TypedAttributeProvider, Iterable<T> {

    /**
     * Receives the next item, blocking until one is available.
     *
     * @throws EndOfStreamException when the sending side is done and nothing is left
     * @throws ClosedResourceException if this stream was closed
     * @throws BrokenResourceException if the stream broke for an external reason
     * @throws InterruptedException if the thread was interrupted while waiting
     */
    T receive() throws InterruptedException;

    /**
     * An iterator that receives items until the end of the stream. See the class documentation for
     * how it reports closing and interruption.
     */
    @Override
    default Iterator<T> iterator() {
        return new ReceivingIterator<>(this);
    }
}
