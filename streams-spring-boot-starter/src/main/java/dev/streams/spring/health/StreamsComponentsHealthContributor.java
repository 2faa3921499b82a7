package dev.streams.spring.health;

import dev.streams.memory.MemoryObjectStreamStatistics;
import dev.streams.spring.channel.ExternalChannels;
import dev.streams.spring.channel.MemoryChannel;
import dev.streams.spring.channel.MemoryChannels;
import dev.streams.spring.listener.ManagedListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health contributor {@code streamsComponents}: one indicator per listener
 * ({@code streamsComponents/listeners/<name>}) and per channel, memory or Kafka
 * ({@code streamsComponents/channels/<name>}), so that a health group can watch one of them. The
 * {@code streams} indicator stays as it is, with every channel and listener in its details; this
 * composite shows the same details one component each.
 *
 * <pre>{@code
 * management.endpoint.health.group.relay.include: streamsComponents/listeners/relay
 * // GET /actuator/health/relay -> DOWN when listener "relay" failed, whatever the others do
 * }</pre>
 *
 * <p>A listener is DOWN when it failed, OUT_OF_SERVICE while stopping or stopped, else UP; a
 * memory channel is DOWN when broken, OUT_OF_SERVICE when closed, else UP; a Kafka channel DOWN
 * when its consumer stopped unexpectedly. The children are looked up live, so the contributor can
 * be created before the listeners and channels. Thread-safe.
 */
public final class StreamsComponentsHealthContributor implements CompositeHealthContributor {

    private final CompositeHealthContributor listeners;

    private final CompositeHealthContributor channels;

    public StreamsComponentsHealthContributor(Supplier<@Nullable MemoryChannels> memory,
            Supplier<? extends List<ManagedListener>> listeners, Supplier<? extends List<ExternalChannels>> external) {
        this.listeners = new Live(() -> {
            List<Entry> entries = new ArrayList<>();
            for (ManagedListener listener : listeners.get()) {
                entries.add(new Entry(listener.name(), (HealthIndicator) () -> Health
                    .status(StreamsHealthIndicator.listenerStatus(listener))
                    .withDetails(StreamsHealthIndicator.listenerDetail(listener))
                    .build()));
            }
            return entries;
        });
        this.channels = new Live(() -> {
            List<Entry> entries = new ArrayList<>();
            MemoryChannels channels = memory.get();
            if (channels != null) {
                for (MemoryChannel<?> channel : channels.channels().values()) {
                    entries.add(new Entry(channel.name(), (HealthIndicator) () -> memoryChannelHealth(channel)));
                }
            }
            for (ExternalChannels kind : external.get()) {
                for (String name : kind.names()) {
                    entries.add(new Entry(name, (HealthIndicator) () -> externalChannelHealth(kind, name)));
                }
            }
            return entries;
        });
    }

    @Override
    public @Nullable HealthContributor getContributor(String name) {
        return switch (name) {
            case "listeners" -> this.listeners;
            case "channels" -> this.channels;
            default -> null;
        };
    }

    @Override
    public Stream<Entry> stream() {
        return Stream.of(new Entry("listeners", this.listeners), new Entry("channels", this.channels));
    }

    private static Health memoryChannelHealth(MemoryChannel<?> channel) {
        MemoryObjectStreamStatistics statistics = channel.statistics();
        StreamsHealthIndicator.ChannelState state = StreamsHealthIndicator.ChannelState.of(channel, statistics);
        return Health.status(state.health()).withDetails(StreamsHealthIndicator.channelDetail(state, statistics)).build();
    }

    private static Health externalChannelHealth(ExternalChannels kind, String name) {
        ExternalChannels.ChannelHealth health = kind.health().get(name);
        if (health == null) {
            return Health.unknown().build();
        }
        return Health.status(health.down() ? Status.DOWN : Status.UP).withDetails(health.withStatus()).build();
    }

    /** A composite whose members are listed anew on every call. */
    private record Live(Supplier<List<Entry>> entries) implements CompositeHealthContributor {

        @Override
        public @Nullable HealthContributor getContributor(String name) {
            return this.entries.get().stream().filter(entry -> entry.name().equals(name)).map(Entry::contributor)
                .findFirst().orElse(null);
        }

        @Override
        public Stream<Entry> stream() {
            return this.entries.get().stream();
        }
    }
}
