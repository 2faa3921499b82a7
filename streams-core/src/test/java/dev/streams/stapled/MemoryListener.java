package dev.streams.stapled;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.Listener;
import dev.streams.StreamResource;
import dev.streams.TypedAttribute;
import dev.streams.memory.MemoryObjectStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A real in-memory listener for the MultiListener tests: {@link #connect} queues a connection,
 * {@link #accept} hands it out. It records every connection it handed out, so a test can check that
 * each one was either delivered or closed. {@link #failNextAccept} makes the next accept throw.
 */
final class MemoryListener implements Listener<MemoryListener.Connection> {

    static final TypedAttribute<String> NAME = TypedAttribute.of("name", String.class);

    /** A connection that only knows whether it was closed. */
    static final class Connection implements StreamResource {
        final String name;
        volatile boolean closed;

        Connection(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String name;
    private final MemoryObjectStream<Object> pending = MemoryObjectStream.unbounded();
    final List<Connection> handedOut = new CopyOnWriteArrayList<>();

    MemoryListener(String name) {
        this.name = name;
    }

    Connection connect(String connectionName) {
        Connection connection = new Connection(connectionName);
        pending.sendStream().sendNowait(connection);
        return connection;
    }

    void failNextAccept(RuntimeException error) {
        pending.sendStream().sendNowait(error);
    }

    @Override
    public Connection accept() throws InterruptedException {
        Object next;
        try {
            next = pending.receiveStream().receive();
        } catch (EndOfStreamException e) {
            throw new ClosedResourceException();
        }
        if (next instanceof RuntimeException error) {
            throw error;
        }
        Connection connection = (Connection) next;
        handedOut.add(connection);
        return connection;
    }

    /** Threads blocked in {@link #accept()} right now. */
    int acceptsWaiting() {
        return pending.receiveStream().statistics().tasksWaitingReceive();
    }

    boolean isClosed() {
        return pending.receiveStream().isClosed();
    }

    @Override
    public void close() {
        pending.receiveStream().close(); // wakes a blocked accept() with ClosedResourceException
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return Map.of(NAME, () -> name);
    }
}
