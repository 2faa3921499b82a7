package dev.streams.spring.kafka;

import dev.streams.kafka.KafkaChannel;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The meters of the Kafka channels, tag {@code channel}: gauges {@code streams.kafka.buffer.used},
 * {@code streams.kafka.buffer.capacity} and {@code streams.kafka.consumer.lag}; counters
 * {@code streams.kafka.items.sent}, {@code streams.kafka.items.received} and
 * {@code streams.kafka.items.dead.lettered}. All read the channel's live statistics.
 *
 * <pre>{@code
 * registry.get("streams.kafka.consumer.lag").tag("channel", "orders").gauge().value();
 * }</pre>
 */
public final class KafkaChannelMetrics implements MeterBinder {

    private final Supplier<@Nullable KafkaChannels> channels;

    public KafkaChannelMetrics(Supplier<@Nullable KafkaChannels> channels) {
        this.channels = channels;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        KafkaChannels all = this.channels.get();
        if (all == null) {
            return;
        }
        all.channels().forEach((name, channel) -> {
            gauge(registry, "streams.kafka.buffer.used", "Items waiting in this process's local receive buffers",
                    name, channel, c -> c.statistics().bufferUsed());
            gauge(registry, "streams.kafka.buffer.capacity", "Capacity of this process's local receive buffers",
                    name, channel, c -> c.statistics().bufferCapacity());
            gauge(registry, "streams.kafka.consumer.lag",
                    "End offset minus committed offset over the partitions this process holds", name, channel,
                    c -> c.statistics().lag());
            counter(registry, "streams.kafka.items.sent", "Items the broker acknowledged", name, channel,
                    c -> c.statistics().itemsSent());
            counter(registry, "streams.kafka.items.received", "Items handed to receivers and listeners", name,
                    channel, c -> c.statistics().itemsReceived());
            counter(registry, "streams.kafka.items.dead.lettered", "Records sent to the dead-letter topic or skipped",
                    name, channel, c -> c.statistics().itemsDeadLettered());
        });
    }

    private static void gauge(MeterRegistry registry, String meter, String description, String name,
            KafkaChannel<?> channel, ToDoubleFunction<KafkaChannel<?>> value) {
        Gauge.builder(meter, channel, value).description(description).tag("channel", name).register(registry);
    }

    private static void counter(MeterRegistry registry, String meter, String description, String name,
            KafkaChannel<?> channel, ToDoubleFunction<KafkaChannel<?>> value) {
        FunctionCounter.builder(meter, channel, value).description(description).tag("channel", name)
            .register(registry);
    }
}
