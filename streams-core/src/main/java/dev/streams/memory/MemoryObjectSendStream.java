package dev.streams.memory;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.ObjectSendStream;
import dev.streams.WouldBlockException;
import dev.streams.internal.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The sending handle of a {@link MemoryObjectStream}. Items go to the oldest waiting receiver, else
 * into the buffer, else the sender blocks (FIFO behind earlier senders) until a receiver takes its
 * item.
 *
 * <pre>{@code
 * MemoryObjectStream<String> stream = MemoryObjectStream.create(16);
 * try (MemoryObjectSendStream<String> send = stream.sendStream()) {
 *     send.send("hello");                                    // blocks while the buffer is full
 *     if (!send.send("maybe", Duration.ofMillis(50))) { ... } // not sent: timed out
 *     send.sendNowait("now");                                // WouldBlockException if full
 * }                                                          // last send handle closed: receivers
 *                                                            // see the end once the buffer drains
 * }</pre>
 *
 * <h2>Clones</h2>
 * {@link #clone()} works like {@code dup(2)}: another handle on the same stream, closed on its own.
 * The receivers see the end of the stream only once every send handle, the original included, is
 * closed. Give each producer thread its own clone and let it close it when done.
 *
 * <h2>Guarantees</h2>
 * A {@code send} that returns normally (or {@code true}) delivered its item: it is in the buffer or
 * with exactly one receiver. A {@code send} that throws or returns {@code false} sent nothing, even
 * when it was interrupted or timed out while blocked. Blocking forms check for interruption first:
 * on an already interrupted thread they throw {@link InterruptedException} without sending.
 * {@link #sendNowait} ignores the interrupt flag and leaves it set.
 *
 * <p>Thread-safe: any number of threads may send through one handle or its clones at once
 * (memory streams never throw {@code BusyResourceException}).
 *
 * @param <T> the type of the items
 */
public final class MemoryObjectSendStream<T> implements ObjectSendStream<T> {

    private final MemoryObjectStreamState state;
    private final Handle handle;

    MemoryObjectSendStream(MemoryObjectStreamState state, Handle handle) {
        this.state = state;
        this.handle = handle;
    }

    /**
     * Sends {@code item}, blocking until a receiver or the buffer takes it.
     *
     * @throws NullPointerException if {@code item} is null
     * @throws ClassCastException if the stream was created with an item type {@code item} is not of
     * @throws ClosedResourceException if this handle is closed, also while blocked
     * @throws BrokenResourceException if every receive handle is closed, also while blocked
     * @throws InterruptedException if the thread is interrupted before or while blocking; the item
     *     was then not sent
     */
    @Override
    public void send(T item) throws InterruptedException {
        checkItem(item);
        if (Thread.interrupted()) {
            throw new InterruptedException(); // checkpoint first, even when the send could complete
        }
        state.send(handle, item, MemoryObjectStreamState.UNTIMED);
    }

    /**
     * Sends {@code item}, waiting at most {@code timeout} for a receiver or room in the buffer. A zero
     * or negative timeout sends only if that is possible at once.
     *
     * @return true if the item was sent; false if the timeout elapsed, and then it was not sent
     * @throws NullPointerException if {@code item} or {@code timeout} is null
     * @throws ClassCastException if {@code item} is not of the stream's item type
     * @throws ClosedResourceException if this handle is closed (never reported as {@code false})
     * @throws BrokenResourceException if every receive handle is closed
     * @throws InterruptedException if the thread is interrupted before or while waiting; not sent
     */
    public boolean send(T item, Duration timeout) throws InterruptedException {
        checkItem(item);
        Objects.requireNonNull(timeout, "timeout");
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return state.send(handle, item, MemoryObjectStreamState.timedMode(Durations.saturatedNanos(timeout)));
    }

    /**
     * Sends {@code item} if that is possible without blocking: to a waiting receiver that is not
     * interrupted, else into the buffer. Ignores the thread's interrupt flag and leaves it set.
     *
     * @throws WouldBlockException if no receiver waits and the buffer is full (always the case for
     *     a rendezvous stream with no waiting receiver)
     * @throws NullPointerException if {@code item} is null
     * @throws ClassCastException if {@code item} is not of the stream's item type
     * @throws ClosedResourceException if this handle is closed
     * @throws BrokenResourceException if every receive handle is closed, even if the buffer has room
     */
    public void sendNowait(T item) {
        checkItem(item);
        try {
            if (!state.send(handle, item, MemoryObjectStreamState.NOWAIT)) {
                throw new WouldBlockException();
            }
        } catch (InterruptedException e) {
            throw new AssertionError("a non-blocking send never waits", e);
        }
    }

    /**
     * Opens another send handle on the same stream; see "Clones" above.
     *
     * @throws ClosedResourceException if this handle is closed
     */
    @Override
    public MemoryObjectSendStream<T> clone() {
        return new MemoryObjectSendStream<>(state, state.cloneHandle(handle, true));
    }

    /**
     * Closes this handle. Threads blocked in {@code send} on this handle throw
     * {@link ClosedResourceException}; their items were not sent. When this was the last open send
     * handle, receivers get the buffered items and then {@link dev.streams.EndOfStreamException}.
     * Idempotent.
     */
    @Override
    public void close() {
        state.closeHandle(handle, true);
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
        return "MemoryObjectSendStream[" + state.describe(handle) + "]";
    }

    private void checkItem(T item) {
        Objects.requireNonNull(item, "item");
        state.checkType(item);
    }
}
