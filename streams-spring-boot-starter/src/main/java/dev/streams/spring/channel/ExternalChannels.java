package dev.streams.spring.channel;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Channels that live outside {@link MemoryChannels} (Kafka channels) and take
 * {@link dev.streams.spring.ChannelListener} consumers, report to the {@code streams} endpoint and
 * health. Kept free of any broker type so the listener post-processor, the endpoint and the health
 * indicator load without the broker's client on the classpath.
 *
 * <pre>{@code
 * ExternalChannels kafka = ...;                 // the starter's KafkaChannels bean
 * if (kafka.itemType("orders") != null) {
 *     kafka.addConsumers("orders", 2, "Billing.on", item -> billing.on((Order) item));
 * }
 * }</pre>
 */
public interface ExternalChannels {

    /** The section key in the endpoint and health, e.g. {@code kafka}. */
    String kind();

    /** The names of these channels, in configuration order (listed when a listener names none). */
    Set<String> names();

    /** The item type of {@code channel}, or null if it is not one of these channels. */
    @Nullable Class<?> itemType(String channel);

    /**
     * Runs {@code handler} on {@code concurrency} consumers of {@code channel}.
     *
     * @throws RuntimeException naming the property to fix when the channel cannot run them
     */
    void addConsumers(String channel, int concurrency, String id, MemoryChannels.ItemHandler handler);

    /** Per channel, the fields the {@code streams} endpoint shows. */
    Map<String, Map<String, Object>> describe();

    /** Per channel, the health details; a channel whose details hold {@code "status": "DOWN"} is down. */
    Map<String, Map<String, Object>> health();
}
