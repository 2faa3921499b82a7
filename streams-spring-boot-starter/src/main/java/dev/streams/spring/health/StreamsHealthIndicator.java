package dev.streams.spring.health;

import dev.streams.spring.channel.ExternalChannels;
import dev.streams.spring.channel.MemoryChannel;
import dev.streams.spring.channel.MemoryChannels;
import dev.streams.spring.listener.ManagedListener;
import dev.streams.memory.MemoryObjectStreamStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Health contributor {@code streams}: DOWN when a listener failed to start or stopped serving on
 * its own, OUT_OF_SERVICE when a listener was stopped by the application context (shutdown), UP
 * otherwise. The details list every channel (with {@code status} = {@code open},
 * {@code closed} or {@code broken}: receive side closed while send handles are still open) and
 * every listener (state, port, and the error of a failed one).
 *
 * <pre>{@code
 * {"status":"UP","details":{"channels":{"orders":{"status":"open","bufferUsed":3,...}},
 *                           "listeners":{"secure-echo":{"state":"RUNNING","port":9443,...}}}}
 * }</pre>
 *
 * <p>Thread-safe: reads live statistics.
 */
public class StreamsHealthIndicator extends AbstractHealthIndicator {

    private final Supplier<@Nullable MemoryChannels> channels;

    private final Supplier<? extends List<ManagedListener>> listeners;

    private final Supplier<? extends List<ExternalChannels>> external;

    public StreamsHealthIndicator(Supplier<@Nullable MemoryChannels> channels,
            Supplier<? extends List<ManagedListener>> listeners) {
        this(channels, listeners, List::of);
    }

    /** With the channels outside memory (Kafka): DOWN when one of their consumers stopped unexpectedly. */
    public StreamsHealthIndicator(Supplier<@Nullable MemoryChannels> channels,
            Supplier<? extends List<ManagedListener>> listeners, Supplier<? extends List<ExternalChannels>> external) {
        super("Streams health check failed");
        this.channels = channels;
        this.listeners = listeners;
        this.external = external;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean down = false;
        boolean outOfService = false;
        Map<String, Object> listenerDetails = new LinkedHashMap<>();
        for (ManagedListener listener : this.listeners.get()) {
            Status status = listenerStatus(listener);
            // stopped on purpose (the context is shutting down): not UP, not broken
            outOfService |= status.equals(Status.OUT_OF_SERVICE);
            down |= status.equals(Status.DOWN);
            listenerDetails.put(listener.name(), listenerDetail(listener));
        }
        Map<String, Object> channelDetails = new LinkedHashMap<>();
        MemoryChannels memoryChannels = this.channels.get();
        if (memoryChannels != null) {
            for (MemoryChannel<?> channel : memoryChannels.channels().values()) {
                channelDetails.put(channel.name(), channelDetail(channel));
            }
        }
        for (ExternalChannels external : this.external.get()) {
            if (external.names().isEmpty()) {
                continue; // the Kafka module is present but no Kafka channel is configured
            }
            Map<String, Map<String, Object>> details = new LinkedHashMap<>();
            for (Map.Entry<String, ExternalChannels.ChannelHealth> channel : external.health().entrySet()) {
                details.put(channel.getKey(), channel.getValue().withStatus());
                down |= channel.getValue().down();
            }
            builder.withDetail(external.kind().section(), details);
        }
        (down ? builder.down() : outOfService ? builder.outOfService() : builder.up()).withDetail("channels", channelDetails)
            .withDetail("listeners", listenerDetails);
    }

    /** DOWN when the listener failed, OUT_OF_SERVICE when it is stopping or stopped, else UP. */
    static Status listenerStatus(ManagedListener listener) {
        return switch (listener.state()) {
            case FAILED -> Status.DOWN;
            case STOPPING, STOPPED -> Status.OUT_OF_SERVICE;
            default -> Status.UP;
        };
    }

    /** A listener's details: state, address, port, TLS, active connections, and the error of a failed one. */
    static Map<String, Object> listenerDetail(ManagedListener listener) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("state", listener.state().name());
        detail.put("address", listener.address());
        detail.put("port", listener.port());
        detail.put("tls", listener.tls());
        detail.put("activeConnections", listener.statistics().activeConnections());
        if (listener.state() == ManagedListener.State.FAILED) {
            Throwable failure = listener.failure();
            detail.put("error", (failure != null) ? failure.getClass().getName() + ": " + failure.getMessage()
                    : "stopped unexpectedly");
        }
        return detail;
    }

    /** A memory channel's details: status ({@code open}, {@code closed}, {@code broken}) and its buffer counts. */
    static Map<String, Object> channelDetail(MemoryChannel<?> channel) {
        MemoryObjectStreamStatistics statistics = channel.statistics();
        return channelDetail(ChannelState.of(channel, statistics), statistics);
    }

    /** The same details from one reading of the statistics and the state it gives. */
    static Map<String, Object> channelDetail(ChannelState state, MemoryObjectStreamStatistics statistics) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("status", state.shown());
        detail.put("bufferUsed", statistics.currentBufferUsed());
        detail.put("openSendStreams", statistics.openSendStreams());
        detail.put("openReceiveStreams", statistics.openReceiveStreams());
        detail.put("tasksWaitingSend", statistics.tasksWaitingSend());
        return detail;
    }

    /** The state of a memory channel, shown in lower case as its {@code status} detail. */
    enum ChannelState {
        /** Handles are open on both sides (or the channel is unused). */
        OPEN(Status.UP),
        /** Every handle is closed: the context is shutting down. */
        CLOSED(Status.OUT_OF_SERVICE),
        /** The receive side closed while send handles are still open. */
        BROKEN(Status.DOWN);

        private final Status health;

        ChannelState(Status health) {
            this.health = health;
        }

        /** The health status of a channel in this state. */
        Status health() {
            return this.health;
        }

        /** The {@code status} detail: the name in lower case. */
        String shown() {
            return name().toLowerCase(Locale.ROOT);
        }

        static ChannelState of(MemoryChannel<?> channel, MemoryObjectStreamStatistics statistics) {
            if (channel.broken()) {
                return BROKEN;
            }
            if (statistics.openSendStreams() == 0 && statistics.openReceiveStreams() == 0) {
                return CLOSED;
            }
            return OPEN;
        }
    }
}
