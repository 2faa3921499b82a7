package dev.streams.spring.listener;

import dev.streams.ByteStream;
import dev.streams.Listener;
import dev.streams.TypedAttribute;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Wraps the transport listener: counts every TCP accept, enforces {@code max-connections} and
 * tracks the open connections.
 *
 * <p>At the limit a new connection is accepted and closed at once (counted as a
 * {@link HandshakeOutcome#REJECTED} handshake), never queued: a client sees a prompt close rather
 * than a hang, and the kernel backlog does not fill with doomed connections. Each connection it
 * lets through is counted active until it closes, whoever closes it (the handler's stream, the TLS
 * listener after a failed handshake, or {@link #closeConnections()} at shutdown).
 *
 * <p>Thread-safe: accept is called by the serving thread only; counting and tracking are concurrent.
 */
final class ConnectionGate implements Listener<ByteStream> {

    private static final Log logger = LogFactory.getLog(ConnectionGate.class);

    private final Listener<? extends ByteStream> transport;

    private final int maxConnections;

    private final ListenerStatistics statistics;

    private final Set<ByteStream> open = ConcurrentHashMap.newKeySet();

    ConnectionGate(Listener<? extends ByteStream> transport, int maxConnections, ListenerStatistics statistics) {
        this.transport = transport;
        this.maxConnections = maxConnections;
        this.statistics = statistics;
    }

    @Override
    public ByteStream accept() throws InterruptedException {
        while (true) {
            ByteStream connection = this.transport.accept();
            this.statistics.accepted();
            if (!this.statistics.tryOpen(this.maxConnections)) {
                connection.close();
                this.statistics.handshake(HandshakeOutcome.REJECTED, Duration.ZERO);
                if (logger.isDebugEnabled()) {
                    logger.debug("Connection rejected: " + this.maxConnections + " connections are open");
                }
                continue;
            }
            InstrumentedByteStream[] self = new InstrumentedByteStream[1];
            self[0] = InstrumentedByteStream.onClose(connection, () -> {
                this.open.remove(self[0]);
                this.statistics.closed();
            });
            this.open.add(self[0]);
            return self[0];
        }
    }

    /** Closes every connection still open: the last step of a shutdown whose handlers overran. */
    int closeConnections() {
        int count = 0;
        for (ByteStream connection : this.open) {
            connection.close();
            count++;
        }
        return count;
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return this.transport.extraAttributes();
    }

    @Override
    public <T> T extra(TypedAttribute<T> attribute) {
        return this.transport.extra(attribute);
    }

    @Override
    public <T> @Nullable T extra(TypedAttribute<T> attribute, @Nullable T defaultValue) {
        return this.transport.extra(attribute, defaultValue);
    }

    @Override
    public void close() {
        this.transport.close();
    }
}
