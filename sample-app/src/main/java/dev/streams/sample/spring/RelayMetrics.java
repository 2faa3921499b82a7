package dev.streams.sample.spring;

import dev.streams.sample.relay.Relay;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The relay's own meters, next to the starter's {@code streams.*} meters: {@code relay.connections},
 * {@code relay.topics}, {@code relay.subscriptions} (gauges) and {@code relay.messages.published},
 * {@code relay.messages.delivered}, {@code relay.slow.consumers.disconnected} (counters; Prometheus
 * adds {@code _total}). Thread-safe: every value is read from {@link Relay#stats()}.
 */
final class RelayMetrics implements MeterBinder {

    private final Relay relay;

    RelayMetrics(Relay relay) {
        this.relay = relay;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("relay.connections", this.relay, r -> r.stats().connections())
                .description("Open client connections").register(registry);
        Gauge.builder("relay.topics", this.relay, r -> r.stats().topics())
                .description("Topics with at least one subscriber").register(registry);
        Gauge.builder("relay.subscriptions", this.relay, r -> r.stats().subscriptions())
                .description("Subscriptions over all connections").register(registry);
        FunctionCounter.builder("relay.messages.published", this.relay, r -> r.stats().published())
                .description("Messages accepted from publishers").register(registry);
        FunctionCounter.builder("relay.messages.delivered", this.relay, r -> r.stats().delivered())
                .description("Message lines queued to subscribers").register(registry);
        FunctionCounter.builder("relay.slow.consumers.disconnected", this.relay,
                r -> r.stats().slowConsumersDisconnected())
                .description("Connections dropped because they did not read their messages or replies").register(registry);
    }
}
