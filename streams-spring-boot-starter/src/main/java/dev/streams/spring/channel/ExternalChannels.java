package dev.streams.spring.channel;

import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** Which kind of channels these are: the section they fill in the endpoint and the health details. */
    Kind kind();

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

    /** Per channel, in configuration order, whether it is down and the details the health shows. */
    Map<String, ChannelHealth> health();

    /** The kinds of channels outside memory. */
    enum Kind {
        /** Kafka channels ({@code streams.kafka.channels}). */
        KAFKA("kafka");

        private final String section;

        Kind(String section) {
            this.section = section;
        }

        /** The key of these channels' section in the {@code streams} endpoint and health details. */
        public String section() {
            return this.section;
        }
    }

    /**
     * One channel's health.
     *
     * @param down whether the channel cannot do its work (its consumer stopped, or its last send failed)
     * @param details what the health shows besides the status, e.g. topic and lag
     */
    record ChannelHealth(boolean down, Map<String, Object> details) {

        public ChannelHealth {
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }

        /** The details as the health shows them: {@code status} ({@code UP} or {@code DOWN}) first. */
        public Map<String, Object> withStatus() {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("status", this.down ? "DOWN" : "UP");
            shown.putAll(this.details);
            return shown;
        }
    }
}
