package dev.streams.spring.listener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;

/**
 * Live counters of one listener, free of any metrics library: the Micrometer binder reads them and
 * subscribes to handshake events. Thread-safe (atomics and a copy-on-write observer list).
 *
 * <pre>{@code
 * ListenerStatistics stats = context.getBean("echoListenerLifecycle", ManagedListener.class).statistics();
 * stats.onHandshake((outcome, elapsed) -> log.debug("handshake {} in {}", outcome, elapsed));
 * long plaintextIn = stats.bytesReceived();
 * }</pre>
 */
public final class ListenerStatistics {

    private final AtomicInteger activeConnections = new AtomicInteger();

    private final LongAdder acceptedConnections = new LongAdder();

    private final LongAdder bytesReceived = new LongAdder();

    private final LongAdder bytesSent = new LongAdder();

    private final LongAdder idleCloses = new LongAdder();

    private final LongAdder writeTimeoutCloses = new LongAdder();

    private final List<BiConsumer<HandshakeOutcome, Duration>> handshakeObservers = new CopyOnWriteArrayList<>();

    /** Connections from accept to close, including ones still handshaking. */
    public int activeConnections() {
        return this.activeConnections.get();
    }

    /** TCP accepts so far, including the connections rejected at the limit. */
    public long acceptedConnections() {
        return this.acceptedConnections.sum();
    }

    /** Application bytes (plaintext under TLS) received from clients so far. */
    public long bytesReceived() {
        return this.bytesReceived.sum();
    }

    /** Application bytes (plaintext under TLS) sent to clients so far. */
    public long bytesSent() {
        return this.bytesSent.sum();
    }

    /** Connections closed because the peer sent nothing for {@code idle-timeout}. */
    public long idleCloses() {
        return this.idleCloses.sum();
    }

    /** Connections closed because a send made no progress for {@code write-timeout}. */
    public long writeTimeoutCloses() {
        return this.writeTimeoutCloses.sum();
    }

    /** Calls {@code observer} with the outcome and duration of every later handshake. */
    public void onHandshake(BiConsumer<HandshakeOutcome, Duration> observer) {
        this.handshakeObservers.add(observer);
    }

    void accepted() {
        this.acceptedConnections.increment();
    }

    /** Counts an opened connection unless {@code max} are open; returns whether it was counted. */
    boolean tryOpen(int max) {
        while (true) {
            int current = this.activeConnections.get();
            if (current >= max) {
                return false;
            }
            if (this.activeConnections.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    void closed() {
        this.activeConnections.decrementAndGet();
    }

    void closedByTimeout(boolean idle) {
        (idle ? this.idleCloses : this.writeTimeoutCloses).increment();
    }

    void received(long bytes) {
        this.bytesReceived.add(bytes);
    }

    void sent(long bytes) {
        this.bytesSent.add(bytes);
    }

    void handshake(HandshakeOutcome outcome, Duration elapsed) {
        for (BiConsumer<HandshakeOutcome, Duration> observer : this.handshakeObservers) {
            observer.accept(outcome, elapsed);
        }
    }
}
