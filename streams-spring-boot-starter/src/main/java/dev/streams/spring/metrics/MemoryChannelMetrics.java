package dev.streams.spring.metrics;

import dev.streams.spring.channel.MemoryChannel;
import dev.streams.spring.channel.MemoryChannels;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Meters of the memory channels, tag {@code channel}: gauges {@code streams.memory.buffer.used},
 * {@code streams.memory.buffer.capacity} ({@code +Inf} for an unbounded channel),
 * {@code streams.memory.tasks.waiting} and {@code streams.memory.streams.open} (both with tag
 * {@code side} = {@code send} | {@code receive}); counters {@code streams.memory.items.sent} and
 * {@code streams.memory.items.received} and {@code streams.memory.items.failed} (items a
 * {@code @ChannelListener} failed on in every attempt). None has a base unit.
 *
 * <pre>{@code
 * new MemoryChannelMetrics(context.getBean(MemoryChannels.class)).bindTo(registry);
 * registry.get("streams.memory.buffer.used").tag("channel", "orders").gauge().value();
 * }</pre>
 *
 * <p>One set of meters per channel, read from the channel's shared statistics, so clones never
 * register duplicates. Gauges hold strong references: the channels live as long as the context.
 * Thread-safe.
 */
public class MemoryChannelMetrics implements MeterBinder {

    private final Supplier<? extends Collection<? extends MemoryChannel<?>>> channels;

    /** Binds the channels of {@code channels}. */
    public MemoryChannelMetrics(MemoryChannels channels) {
        this(() -> channels.channels().values());
    }

    /** Binds the channels the supplier returns when {@link #bindTo} is called (after startup). */
    public MemoryChannelMetrics(Supplier<? extends Collection<? extends MemoryChannel<?>>> channels) {
        this.channels = channels;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MemoryChannel<?> channel : this.channels.get()) {
            bind(registry, channel);
        }
    }

    private static void bind(MeterRegistry registry, MemoryChannel<?> channel) {
        Tags tags = Tags.of("channel", channel.name());
        Gauge.builder("streams.memory.buffer.used", channel, c -> c.statistics().currentBufferUsed())
            .description("Items currently buffered in the memory channel")
            .tags(tags)
            .strongReference(true)
            .register(registry);
        Gauge.builder("streams.memory.buffer.capacity", channel,
                c -> c.unbounded() ? Double.POSITIVE_INFINITY : c.maxBufferSize())
            .description("Maximum number of items the memory channel buffers")
            .tags(tags)
            .strongReference(true)
            .register(registry);
        Gauge.builder("streams.memory.tasks.waiting", channel, c -> c.statistics().tasksWaitingSend())
            .description("Threads blocked on the memory channel")
            .tags(tags.and("side", "send"))
            .strongReference(true)
            .register(registry);
        Gauge.builder("streams.memory.tasks.waiting", channel, c -> c.statistics().tasksWaitingReceive())
            .description("Threads blocked on the memory channel")
            .tags(tags.and("side", "receive"))
            .strongReference(true)
            .register(registry);
        Gauge.builder("streams.memory.streams.open", channel, c -> c.statistics().openSendStreams())
            .description("Open handles (including clones) of the memory channel")
            .tags(tags.and("side", "send"))
            .strongReference(true)
            .register(registry);
        Gauge.builder("streams.memory.streams.open", channel, c -> c.statistics().openReceiveStreams())
            .description("Open handles (including clones) of the memory channel")
            .tags(tags.and("side", "receive"))
            .strongReference(true)
            .register(registry);
        FunctionCounter.builder("streams.memory.items.sent", channel, MemoryChannel::itemsSent)
            .description("Items sent into the memory channel")
            .tags(tags)
            .register(registry);
        FunctionCounter.builder("streams.memory.items.received", channel, MemoryChannel::itemsReceived)
            .description("Items received from the memory channel")
            .tags(tags)
            .register(registry);
        FunctionCounter.builder("streams.memory.items.failed", channel, MemoryChannel::itemsFailed)
            .description("Items a @ChannelListener failed on in every attempt (dead-lettered or dropped)")
            .tags(tags)
            .register(registry);
    }
}
