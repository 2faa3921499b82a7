package dev.streams.spring.endpoint;

import dev.streams.memory.MemoryObjectStreamStatistics;
import dev.streams.spring.channel.ExternalChannels;
import dev.streams.spring.channel.MemoryChannel;
import dev.streams.spring.channel.MemoryChannels;
import dev.streams.spring.listener.ManagedListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * Actuator endpoint {@code streams}: every channel with its statistics and every listener with its
 * port, bundle, TLS protocols and connection counts.
 *
 * <pre>{@code
 * GET /actuator/streams
 * {"channels":{"orders":{"currentBufferUsed":0,"maxBufferSize":100,"openSendStreams":1,
 *     "openReceiveStreams":5,"tasksWaitingSend":0,"tasksWaitingReceive":4,
 *     "itemType":"com.example.Order","itemsSent":12,"itemsReceived":12}},
 *  "listeners":{"secure-echo":{"address":"0.0.0.0","port":9443,"tls":true,"bundle":"server",
 *     "protocols":["TLSv1.3","TLSv1.2"],"clientAuth":"none","activeConnections":2,"acceptedConnections":7}}}
 * }</pre>
 *
 * <p>Expose it with {@code management.endpoints.web.exposure.include=streams}. Thread-safe.
 */
@Endpoint(id = "streams")
public class StreamsEndpoint {

    private final Supplier<@Nullable MemoryChannels> channels;

    private final Supplier<? extends List<ManagedListener>> listeners;

    private final Supplier<? extends List<ExternalChannels>> external;

    public StreamsEndpoint(Supplier<@Nullable MemoryChannels> channels,
            Supplier<? extends List<ManagedListener>> listeners) {
        this(channels, listeners, List::of);
    }

    /** With the channels outside memory (Kafka), each reported under its own key. */
    public StreamsEndpoint(Supplier<@Nullable MemoryChannels> channels,
            Supplier<? extends List<ManagedListener>> listeners,
            Supplier<? extends List<ExternalChannels>> external) {
        this.channels = channels;
        this.listeners = listeners;
        this.external = external;
    }

    /** The whole report. */
    @ReadOperation
    public StreamsDescriptor streams() {
        Map<String, ChannelDescriptor> channelMap = new LinkedHashMap<>();
        MemoryChannels memoryChannels = this.channels.get();
        if (memoryChannels != null) {
            for (MemoryChannel<?> channel : memoryChannels.channels().values()) {
                MemoryObjectStreamStatistics s = channel.statistics();
                channelMap.put(channel.name(), new ChannelDescriptor(s.currentBufferUsed(), s.maxBufferSize(),
                        s.openSendStreams(), s.openReceiveStreams(), s.tasksWaitingSend(), s.tasksWaitingReceive(),
                        channel.itemType().getName(), channel.itemsSent(), channel.itemsReceived()));
            }
        }
        Map<String, ListenerDescriptor> listenerMap = new LinkedHashMap<>();
        for (ManagedListener listener : this.listeners.get()) {
            listenerMap.put(listener.name(), new ListenerDescriptor(listener.address(), listener.port(), listener.tls(),
                    listener.bundle(), listener.protocols(),
                    (listener.clientAuth() != null) ? listener.clientAuth().name().toLowerCase(Locale.ROOT) : null,
                    listener.statistics().activeConnections(), listener.statistics().acceptedConnections()));
        }
        Map<String, Map<String, Object>> kafka = new LinkedHashMap<>();
        for (ExternalChannels channels : this.external.get()) {
            if (channels.kind() == ExternalChannels.Kind.KAFKA) {
                kafka.putAll(channels.describe());
            }
        }
        // no "kafka" key without Kafka channels (API.md §6): a null is left out of the JSON
        return new StreamsDescriptor(channelMap, listenerMap, kafka.isEmpty() ? null : kafka);
    }

    /**
     * The endpoint's response.
     *
     * @param channels the channels by name
     * @param listeners the listeners by name
     * @param kafka the Kafka channels by name: topic, group, partitions, bufferUsed, bufferCapacity,
     *     itemsSent, itemsReceived, lag; null when the application has no Kafka channels, and then
     *     left out of the JSON (an {@link OperationResponseBody} goes through actuator's own JSON
     *     mapper, which leaves out null values)
     */
    public record StreamsDescriptor(Map<String, ChannelDescriptor> channels, Map<String, ListenerDescriptor> listeners,
            @Nullable Map<String, Map<String, Object>> kafka) implements OperationResponseBody {
    }

    /**
     * One channel: the fields of {@code MemoryObjectStreamStatistics} plus type and counters.
     *
     * @param currentBufferUsed items buffered now
     * @param maxBufferSize the buffer limit ({@code Integer.MAX_VALUE} when unbounded)
     * @param openSendStreams open send handles
     * @param openReceiveStreams open receive handles
     * @param tasksWaitingSend threads blocked sending
     * @param tasksWaitingReceive threads blocked receiving
     * @param itemType the item class name ({@code java.lang.Object} when untyped)
     * @param itemsSent items sent so far
     * @param itemsReceived items received so far
     */
    public record ChannelDescriptor(int currentBufferUsed, int maxBufferSize, int openSendStreams,
            int openReceiveStreams, int tasksWaitingSend, int tasksWaitingReceive, String itemType, long itemsSent,
            long itemsReceived) {
    }

    /**
     * One listener.
     *
     * @param address the configured bind address
     * @param port the bound port
     * @param tls whether it speaks TLS
     * @param bundle the SSL bundle name, null without TLS
     * @param protocols the accepted TLS protocols, empty without TLS
     * @param clientAuth {@code none}, {@code want} or {@code need}; null without TLS
     * @param activeConnections connections open now
     * @param acceptedConnections TCP accepts so far
     */
    public record ListenerDescriptor(String address, int port, boolean tls, @Nullable String bundle,
            List<String> protocols, @Nullable String clientAuth, int activeConnections, long acceptedConnections) {
    }
}
