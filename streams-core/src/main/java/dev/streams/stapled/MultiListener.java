package dev.streams.stapled;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.Listener;
import dev.streams.StreamResource;
import dev.streams.TaskThreads;
import dev.streams.TypedAttribute;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Combines several listeners into one, for example an IPv4 and an IPv6 listener on the same port:
 * {@link #accept()} returns the next connection from any of them.
 *
 * <pre>{@code
 * try (var both = new MultiListener<>(List.of(Tcp.listen("127.0.0.1", 8080), Tcp.listen("::1", 8080)))) {
 *     both.serve(stream -> stream.send(stream.receive()));
 * }
 * }</pre>
 *
 * <h2>How it works</h2>
 * On the first {@code accept()} (or {@code serve}) one thread per child (virtual on JDK 21+) starts
 * accepting from that child and hands each connection over a rendezvous
 * {@link MemoryObjectStream}. A pump holds at most one accepted connection at a time, so nothing
 * piles up while nobody accepts; the memory stream's exactly-once hand-off means a connection
 * reaches exactly one {@code accept()} caller or is closed by its pump, never leaked: closing this
 * listener breaks the hand-off and the pumps close what they hold. A child's accept failure (other
 * than being closed) is rethrown by the {@code accept()} that receives it, like a single listener's.
 * When every child has been closed, {@code accept()} throws {@link ClosedResourceException}.
 *
 * <p>{@link #serve} is the inherited loop over {@link #accept()}. {@link #close()} closes every
 * child (and wakes blocked {@code accept()} callers with {@link ClosedResourceException}). The
 * extra attributes are the children's, merged in order, later children winning on conflicts.
 *
 * <p>Thread-safe: any number of threads may call {@code accept()} at once; connections go to them
 * in FIFO order.
 *
 * @param <T> the type of stream accepted
 */
public final class MultiListener<T extends StreamResource> implements Listener<T> {

    private static final System.Logger LOG = System.getLogger(MultiListener.class.getName());

    private final List<Listener<? extends T>> listeners;
    /** Carries T (a connection) or Failure (a child's accept exception), pump to accepter. */
    private final MemoryObjectStream<Object> accepted = MemoryObjectStream.create(0);
    private final ReentrantLock startLock = new ReentrantLock();
    private boolean started; // guarded by startLock
    private boolean closed; // guarded by startLock

    /**
     * @param listeners the children; this listener owns them from now on and closes them on close
     * @throws NullPointerException if the list or one of its elements is null
     * @throws IllegalArgumentException if the list is empty
     */
    public MultiListener(List<? extends Listener<? extends T>> listeners) {
        Objects.requireNonNull(listeners, "listeners");
        if (listeners.isEmpty()) {
            throw new IllegalArgumentException("listeners must not be empty");
        }
        List<Listener<? extends T>> copy = new ArrayList<>(listeners.size());
        for (Listener<? extends T> listener : listeners) {
            copy.add(Objects.requireNonNull(listener, "listeners"));
        }
        this.listeners = List.copyOf(copy);
    }

    /** The children, in the order given. */
    public List<Listener<? extends T>> listeners() {
        return listeners;
    }

    /**
     * Returns the next connection accepted by any child.
     *
     * @throws ClosedResourceException if this listener was closed (also while blocked), or every
     *     child was closed
     * @throws InterruptedException if the thread was interrupted while waiting; no connection was
     *     taken (a connection handed over just before the interrupt is returned, flag set)
     */
    @Override
    @SuppressWarnings("unchecked")
    public T accept() throws InterruptedException {
        startPumps();
        Object next;
        try {
            next = accepted.receiveStream().receive();
        } catch (EndOfStreamException e) {
            throw new ClosedResourceException("Every child listener is closed");
        }
        if (next instanceof Failure failure) {
            throw failure.error();
        }
        return (T) next;
    }

    /** Closes every child, continuing past failures (the first is rethrown, the others suppressed). */
    @Override
    public void close() {
        startLock.lock();
        try {
            closed = true;
        } finally {
            startLock.unlock();
        }
        // First break the hand-off: pumps then close what they hold instead of handing it over.
        accepted.receiveStream().close();
        RuntimeException failure = null;
        for (Listener<? extends T> listener : listeners) {
            try {
                listener.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        accepted.sendStream().close();
        if (failure != null) {
            throw failure;
        }
    }

    /** The children's attributes merged in order; later children win on conflicts. */
    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        Map<TypedAttribute<?>, Supplier<?>> merged = new HashMap<>();
        for (Listener<? extends T> listener : listeners) {
            merged.putAll(listener.extraAttributes());
        }
        return Map.copyOf(merged);
    }

    @Override
    public String toString() {
        return "MultiListener" + listeners;
    }

    private void startPumps() {
        startLock.lock();
        try {
            if (started || closed) {
                return; // when closed, receive() throws ClosedResourceException
            }
            started = true;
            MemoryObjectSendStream<Object> original = accepted.sendStream();
            for (int i = 0; i < listeners.size(); i++) {
                Listener<? extends T> child = listeners.get(i);
                MemoryObjectSendStream<Object> out = original.clone();
                TaskThreads.start("streams-multi-listener-" + i, () -> pump(child, out));
            }
            // Only the pumps' clones keep the hand-off open: when all of them end, accept() sees the end.
            original.close();
        } finally {
            startLock.unlock();
        }
    }

    private static void pump(Listener<?> child, MemoryObjectSendStream<Object> out) {
        try (out) {
            while (true) {
                Object next;
                try {
                    next = child.accept();
                } catch (ClosedResourceException e) {
                    return; // this child is done
                } catch (InterruptedException e) {
                    return; // nobody interrupts pumps but an application shutting threads down: stop
                } catch (RuntimeException e) {
                    next = new Failure(e); // the accept() caller decides; it also paces our retries
                }
                try {
                    out.send(next);
                } catch (RuntimeException | InterruptedException e) {
                    // Closed or broken: the connection never reached anybody, so it is ours to close.
                    if (next instanceof StreamResource connection) {
                        connection.close();
                    }
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "accept thread of " + child + " failed", e);
        }
    }

    /** A child's accept failure, carried to the thread that called {@link #accept()}. */
    private record Failure(RuntimeException error) {
    }
}
