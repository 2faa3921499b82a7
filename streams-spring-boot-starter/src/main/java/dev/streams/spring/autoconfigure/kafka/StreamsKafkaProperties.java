package dev.streams.spring.autoconfigure.kafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Kafka channels ({@code streams.kafka.*}); the connection itself is Boot's {@code spring.kafka.*}.
 *
 * <pre>{@code
 * spring.kafka.bootstrap-servers: localhost:9092
 * streams:
 *   kafka:
 *     channels:
 *       orders: { item-type: com.example.Order, partitions: 8, max-lag: 10000 }
 * }</pre>
 *
 * <p>The map is also bound early, by the bean registrar, with the same binder; this class is what
 * the configuration processor documents. Not thread-safe: bound once at startup.
 */
@ConfigurationProperties(StreamsKafkaProperties.PREFIX)
public class StreamsKafkaProperties {

    /** {@code streams.kafka}. */
    public static final String PREFIX = "streams.kafka";

    /** {@code streams.kafka.channels}. */
    public static final String CHANNELS_PREFIX = PREFIX + ".channels";

    /** Kafka channels, keyed by channel name (also the bean qualifier). */
    private Map<String, Channel> channels = new LinkedHashMap<>();

    public Map<String, Channel> getChannels() {
        return this.channels;
    }

    public void setChannels(Map<String, Channel> channels) {
        this.channels = channels;
    }

    /** {@code streams.kafka.channels.<name>.*}. */
    public static class Channel {

        /** Topic of the channel. Default: the channel name. */
        private @Nullable String topic;

        /** Fully qualified class name of the items: String travels as UTF-8, byte[] raw, anything else as JSON. */
        private String itemType = String.class.getName();

        /** Consumer group of this application's receivers. Default: spring.application.name, else the channel name. */
        private @Nullable String group;

        /** Partitions of the topic when the starter creates it at startup. */
        private int partitions = 1;

        /** Items that may wait locally per receive stream or listener consumer; the consumer pauses beyond. */
        private int bufferSize = 100;

        /** How long send waits for the broker's acknowledgement before KafkaSendException. */
        private Duration sendTimeout = Duration.ofSeconds(30);

        /** 0 = off; N > 0: send blocks while the group is N or more items behind. */
        private long maxLag;

        private final Retry retry = new Retry();

        /** Topic for records that failed every attempt or cannot be read. Default: <topic>.DLT; empty: log and skip. */
        private @Nullable String deadLetterTopic;

        public @Nullable String getTopic() {
            return this.topic;
        }

        public void setTopic(@Nullable String topic) {
            this.topic = topic;
        }

        public String getItemType() {
            return this.itemType;
        }

        public void setItemType(String itemType) {
            this.itemType = itemType;
        }

        public @Nullable String getGroup() {
            return this.group;
        }

        public void setGroup(@Nullable String group) {
            this.group = group;
        }

        public int getPartitions() {
            return this.partitions;
        }

        public void setPartitions(int partitions) {
            this.partitions = partitions;
        }

        public int getBufferSize() {
            return this.bufferSize;
        }

        public void setBufferSize(int bufferSize) {
            this.bufferSize = bufferSize;
        }

        public Duration getSendTimeout() {
            return this.sendTimeout;
        }

        public void setSendTimeout(Duration sendTimeout) {
            this.sendTimeout = sendTimeout;
        }

        public long getMaxLag() {
            return this.maxLag;
        }

        public void setMaxLag(long maxLag) {
            this.maxLag = maxLag;
        }

        public Retry getRetry() {
            return this.retry;
        }

        public @Nullable String getDeadLetterTopic() {
            return this.deadLetterTopic;
        }

        public void setDeadLetterTopic(@Nullable String deadLetterTopic) {
            this.deadLetterTopic = deadLetterTopic;
        }
    }

    /** {@code streams.kafka.channels.<name>.retry.*}: the one retry layer of a @ChannelListener. */
    public static class Retry {

        /** Calls of a @ChannelListener per item in total (1 = no retry). */
        private int maxAttempts = 3;

        /** Pause between attempts. */
        private Duration backoff = Duration.ofSeconds(1);

        public int getMaxAttempts() {
            return this.maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getBackoff() {
            return this.backoff;
        }

        public void setBackoff(Duration backoff) {
            this.backoff = backoff;
        }
    }
}
