package dev.streams.spring.kafka;

import dev.streams.spring.autoconfigure.InvalidStreamsPropertyException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The startup failures of {@code streams.kafka.channels.*}, each naming the property path and the
 * fix. Free of Kafka types: the missing-dependency check runs without Kafka on the classpath.
 *
 * <pre>{@code
 * throw KafkaPropertyFailures.notPositive("orders", "partitions", 0);
 * // streams.kafka.channels.orders.partitions is 0, but it must be at least 1.
 * }</pre>
 */
public final class KafkaPropertyFailures {

    /** {@code streams.kafka.channels}. */
    public static final String CHANNELS_PREFIX = "streams.kafka.channels";

    private KafkaPropertyFailures() {
    }

    static String property(String channel, String key) {
        return CHANNELS_PREFIX + "." + channel + "." + key;
    }

    /** A channel name configured both as a memory and as a Kafka channel. */
    public static InvalidStreamsPropertyException nameClash(String channel) {
        String property = CHANNELS_PREFIX + "." + channel;
        return new InvalidStreamsPropertyException(property, channel,
                "Channel '" + channel + "' is configured both as streams.memory.channels." + channel + " and as "
                        + property + "; a channel name must be unique.",
                "Remove one of streams.memory.channels." + channel + " and " + property
                        + ", or rename one of them.");
    }

    public static InvalidStreamsPropertyException unknownItemType(String channel, String itemType,
            @Nullable Throwable cause) {
        String property = property(channel, "item-type");
        return new InvalidStreamsPropertyException(property, itemType,
                property + " is '" + itemType + "', but no such class could be loaded.",
                "Set " + property + " to the fully qualified name of a class on the classpath (nested classes use '$'),"
                        + " or remove it to carry UTF-8 strings.",
                cause);
    }

    /** buffer-size, partitions or retry.max-attempts below 1. */
    public static InvalidStreamsPropertyException notPositive(String channel, String key, long value) {
        String property = property(channel, key);
        return new InvalidStreamsPropertyException(property, value,
                property + " is " + value + ", but it must be at least 1.",
                "Set " + property + " to 1 or more, or remove it for the default.");
    }

    public static InvalidStreamsPropertyException negative(String channel, String key, Object value) {
        String property = property(channel, key);
        return new InvalidStreamsPropertyException(property, value,
                property + " is " + value + ", but it cannot be negative.",
                "Set " + property + " to 0 or more, or remove it for the default.");
    }

    public static InvalidStreamsPropertyException fewerPartitionsThanConcurrency(String channel, int partitions,
            int concurrency, String listener) {
        String property = property(channel, "partitions");
        return new InvalidStreamsPropertyException(property, partitions,
                property + " is " + partitions + ", but @ChannelListener " + listener + " asks for concurrency "
                        + concurrency + ": consumers beyond the partition count would stay idle.",
                "Set " + property + " to at least " + concurrency + " (an existing topic also needs that many"
                        + " partitions), or lower the listener's concurrency.");
    }

    /** streams.kafka.channels is set but a library it needs is not on the classpath. */
    public static InvalidStreamsPropertyException missingDependency(List<String> channels, String dependency) {
        return new InvalidStreamsPropertyException(CHANNELS_PREFIX, channels,
                CHANNELS_PREFIX + " configures " + channels + ", but " + dependency
                        + " is not on the classpath.",
                "Add the dependency " + dependency + " (Kafka channels need dev.streams:streams-kafka and"
                        + " org.springframework.boot:spring-boot-starter-kafka), or remove " + CHANNELS_PREFIX + ".");
    }
}
