package dev.streams.kafka;

import org.jspecify.annotations.Nullable;

/**
 * One item received from a Kafka channel with where it came from, for receivers that de-duplicate.
 *
 * <pre>{@code
 * KafkaDelivery<Order> delivery = receive.receiveDelivery();
 * if (seen.add(delivery.messageId())) {
 *     process(delivery.item());
 * }
 * }</pre>
 *
 * @param item the item
 * @param messageId the sender's unique {@value KafkaChannel#MESSAGE_ID_HEADER}; null for a record
 *     written by another producer without it
 * @param partition the record's partition
 * @param offset the record's offset
 * @param <T> the item type
 */
public record KafkaDelivery<T>(T item, @Nullable String messageId, int partition, long offset) {
}
