package dev.streams.spring.metrics;

import dev.streams.spring.listener.HandshakeOutcome;
import dev.streams.spring.listener.ListenerStatistics;
import dev.streams.spring.listener.ManagedListener;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Meters of the configured listeners, tag {@code listener}: gauge
 * {@code streams.listener.connections.active}; counters {@code streams.listener.connections.accepted}
 * (TCP accepts, including rejected ones) and {@code streams.listener.bytes.received} /
 * {@code streams.listener.bytes.sent} (application bytes, plaintext under TLS, base unit
 * {@code bytes}); timer {@code streams.listener.handshakes} with tag {@code outcome} =
 * {@code success} | {@code failure} | {@code timeout} | {@code rejected}; counter
 * {@code streams.listener.connections.closed} with tag {@code reason} = {@code idle} (the peer sent
 * nothing for {@code idle-timeout}) | {@code write-timeout} (a send made no progress for
 * {@code write-timeout}).
 *
 * <pre>{@code
 * new ListenerMetrics(() -> List.of(managedListener)).bindTo(registry);
 * registry.get("streams.listener.bytes.received").tag("listener", "echo").functionCounter().count();
 * }</pre>
 *
 * <p>Never tagged with client addresses or ports (unbounded cardinality). Thread-safe.
 */
public class ListenerMetrics implements MeterBinder {

    private final Supplier<? extends List<ManagedListener>> listeners;

    /** Binds the listeners the supplier returns when {@link #bindTo} is called (after startup). */
    public ListenerMetrics(Supplier<? extends List<ManagedListener>> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ManagedListener listener : this.listeners.get()) {
            bind(registry, listener);
        }
    }

    private static void bind(MeterRegistry registry, ManagedListener listener) {
        Tags tags = Tags.of("listener", listener.name());
        ListenerStatistics statistics = listener.statistics();
        Gauge.builder("streams.listener.connections.active", statistics, ListenerStatistics::activeConnections)
            .description("Connections open on the listener, from accept to close")
            .tags(tags)
            .strongReference(true)
            .register(registry);
        FunctionCounter.builder("streams.listener.connections.accepted", statistics, ListenerStatistics::acceptedConnections)
            .description("TCP connections accepted by the listener")
            .tags(tags)
            .register(registry);
        FunctionCounter.builder("streams.listener.bytes.received", statistics, ListenerStatistics::bytesReceived)
            .description("Application bytes received by the listener's connections")
            .baseUnit(BaseUnits.BYTES)
            .tags(tags)
            .register(registry);
        FunctionCounter.builder("streams.listener.bytes.sent", statistics, ListenerStatistics::bytesSent)
            .description("Application bytes sent by the listener's connections")
            .baseUnit(BaseUnits.BYTES)
            .tags(tags)
            .register(registry);
        FunctionCounter.builder("streams.listener.connections.closed", statistics, ListenerStatistics::idleCloses)
            .description("Connections the listener closed because of a timeout")
            .tags(tags.and("reason", "idle"))
            .register(registry);
        FunctionCounter.builder("streams.listener.connections.closed", statistics, ListenerStatistics::writeTimeoutCloses)
            .description("Connections the listener closed because of a timeout")
            .tags(tags.and("reason", "write-timeout"))
            .register(registry);
        Map<HandshakeOutcome, Timer> timers = new EnumMap<>(HandshakeOutcome.class);
        for (HandshakeOutcome outcome : HandshakeOutcome.values()) {
            timers.put(outcome, Timer.builder("streams.listener.handshakes")
                .description("TLS handshakes of the listener, and connections rejected at max-connections")
                .tags(tags.and("outcome", outcome.tagValue()))
                .register(registry));
        }
        statistics.onHandshake((outcome, elapsed) -> timers.get(outcome).record(elapsed));
    }
}
