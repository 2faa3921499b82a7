package dev.streams.spring.kafka;

import java.time.Duration;

/**
 * One {@code streams.kafka.channels.<name>} entry, bound and validated once at startup.
 *
 * @param name the channel name (bean qualifier)
 * @param topic the topic
 * @param itemType the item class
 * @param group the consumer group
 * @param partitions partitions of the topic when it is created
 * @param bufferSize local buffer per receive stream or listener consumer
 * @param sendTimeout acknowledgement wait of a send
 * @param maxLag 0 = off, else the group lag at which sends wait
 * @param maxAttempts listener calls per item in all
 * @param backoff pause between attempts
 * @param deadLetterTopic the dead-letter topic; empty = log and skip
 */
public record KafkaChannelSpec(String name, String topic, Class<?> itemType, String group, int partitions,
        int bufferSize, Duration sendTimeout, long maxLag, int maxAttempts, Duration backoff, String deadLetterTopic) {
}
