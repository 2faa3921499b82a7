package dev.streams.memory;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.ObjectReceiveStream;
import dev.streams.WouldBlockException;
import dev.streams.internal.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The receiving handle of a {@link MemoryObjectStream}. Receivers take buffered items first, then
 * items of blocked senders, in FIFO order; with nothing available they block, FIFO behind earlier
 * receivers. Each item goes to exactly one receiver (clones share the items; nothing is broadcast).
 *
 * <pre>{@code
 * try (MemoryObjectReceiveStream<Order> orders = stream.receiveStream()) {
 *     for (Order order : orders) {          // ends when every send handle is closed and
 *         process(order);                   // the buffer is drained
 *     }
 * }
 * Optional<Order> next = orders.receive(Duration.ofSeconds(1));   // empty: timed out
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * An interrupted receiver is never handed an item: once {@link Thread#interrupt()} has returned,
 * senders skip that receiver (the item goes to the next receiver or the buffer). If the interrupt
 * comes after an item was handed over, {@code receive} returns the item and leaves the interrupt
 * flag set, so nothing is lost. The same holds for timeouts: an empty result means nothing was
 * taken. Blocking forms check for interruption first; {@link #receiveNowait} ignores the flag.
 *
 * <p>Thread-safe: any number of threads may receive through one handle or its clones at once.
 *
 * @param <T> the type of the items
 */
public final class MemoryObjectReceiveStream<T> implements ObjectReceiveStream<T> {

    private final MemoryObjectStreamState state;
    private final Handle handle;

    MemoryObjectReceiveStream(MemoryObjectStreamState state, Handle handle) {
        this.state = state;
        this.handle = handle;
    }

    /**
     * Receives the next item, blocking until one is available.
     *
     * @throws EndOfStreamException when every send handle is closed and the buffer is empty
     * @throws ClosedResourceException if this handle is closed (even with items buffered), also
     *     while blocked
     * @throws InterruptedException if the thread is interrupted before or while blocking; nothing
     *     was then taken
     */
    @Override
    @SuppressWarnings("unchecked")
    public T receive() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException(); // checkpoint first, even when an item is available
        }
        return (T) state.receive(handle, MemoryObjectStreamState.UNTIMED);
    }

    /**
     * Receives the next item, waiting at most {@code timeout}. A zero or negative timeout receives
     * only what is available at once.
     *
     * @return the item, or empty if the timeout elapsed (and then nothing was taken)
     * @throws NullPointerException if {@code timeout} is null
     * @throws EndOfStreamException at the end of the stream (never reported as empty)
     * @throws ClosedResourceException if this handle is closed
     * @throws InterruptedException if the thread is interrupted before or while waiting
     */
    @SuppressWarnings("unchecked")
    public Optional<T> receive(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Object item = state.receive(handle,
                MemoryObjectStreamState.timedMode(Durations.saturatedNanos(timeout)));
        return item == MemoryObjectStreamState.NOTHING ? Optional.empty() : Optional.of((T) item);
    }

    /**
     * Receives an item if one is available without blocking: from the buffer, else from the oldest
     * blocked sender (which then returns). Ignores the interrupt flag and leaves it set.
     *
     * @throws WouldBlockException if nothing is available and the stream has not ended
     * @throws EndOfStreamException when every send handle is closed and nothing is left
     * @throws ClosedResourceException if this handle is closed
     */
    @SuppressWarnings("unchecked")
    public T receiveNowait() {
        Object item;
        try {
            item = state.receive(handle, MemoryObjectStreamState.NOWAIT);
        } catch (InterruptedException e) {
            throw new AssertionError("a non-blocking receive never waits", e);
        }
        if (item == MemoryObjectStreamState.NOTHING) {
            throw new WouldBlockException();
        }
        return (T) item;
    }

    /**
     * Opens another receive handle on the same stream, like {@code dup(2)}: closed on its own, and
     * senders see the stream as broken only once every receive handle is closed.
     *
     * @throws ClosedResourceException if this handle is closed
     */
    @Override
    public MemoryObjectReceiveStream<T> clone() {
        return new MemoryObjectReceiveStream<>(state, state.cloneHandle(handle, false));
    }

    /**
     * Closes this handle. Threads blocked in {@code receive} on this handle throw
     * {@link ClosedResourceException}. When this was the last open receive handle, blocked and
     * future senders get {@link dev.streams.BrokenResourceException}, and buffered items are
     * abandoned. Idempotent.
     */
    @Override
    public void close() {
        state.closeHandle(handle, false);
    }

    /** Whether this handle (not the stream) is closed. */
    public boolean isClosed() {
        return handle.closed;
    }

    /** A snapshot of the whole stream, the same from every handle; works after close. */
    public MemoryObjectStreamStatistics statistics() {
        return state.statistics();
    }

    /** Items sent through any send handle of this stream so far (buffered or handed over). */
    public long itemsSent() {
        return state.itemsSent();
    }

    /** Items received through any receive handle of this stream so far. */
    public long itemsReceived() {
        return state.itemsReceived();
    }

    /** The item type given to {@link MemoryObjectStream#create(int, Class)}, if any. */
    @SuppressWarnings("unchecked")
    public Optional<Class<T>> itemType() {
        return Optional.ofNullable((Class<T>) state.itemType);
    }

    @Override
    public String toString() {
        return "MemoryObjectReceiveStream[" + state.describe(handle) + "]";
    }
}
