package dev.streams.kafka;

import java.time.Duration;
import java.util.Map;

/**
 * The resolved settings of a {@link KafkaChannel}, bound and validated once by its builder.
 *
 * @param name the channel name (also the client id prefix)
 * @param topic the topic
 * @param group the consumer group of receive streams
 * @param serde how items become record values and back
 * @param bufferSize items that may wait in one receive stream
 * @param sendTimeout how long a send waits for the acknowledgement
 * @param maxLag 0 = off, else the lag at which sends wait
 * @param maxAttempts calls of a listener per item in all (1 = no retry)
 * @param backoff the pause between a listener's attempts
 * @param deadLetterTopic where records go that cannot be read or processed; empty = log and skip
 * @param producerProperties the complete producer configuration (without serializers)
 * @param consumerProperties the complete consumer configuration (without deserializers)
 * @param adminProperties the complete admin client configuration
 * @param <T> the item type
 */
public record KafkaChannelSettings<T>(
        String name, String topic, String group, ItemSerde<T> serde, int bufferSize, Duration sendTimeout,
        long maxLag, int maxAttempts, Duration backoff, String deadLetterTopic, Map<String, Object> producerProperties,
        Map<String, Object> consumerProperties, Map<String, Object> adminProperties) {

    public KafkaChannelSettings {
        producerProperties = Map.copyOf(producerProperties);
        consumerProperties = Map.copyOf(consumerProperties);
        adminProperties = Map.copyOf(adminProperties);
    }

    /** The item type. */
    public Class<T> itemType() {
        return serde.type();
    }

    /** "channel 'orders' (topic 'orders')", for messages. */
    String describe() {
        return "channel '" + name + "' (topic '" + topic + "')";
    }
}
