package dev.streams.kafka;

/**
 * What a {@link KafkaChannel#listenerContainer listener container} does with each item. An exception
 * makes the container call it again, up to the channel's max attempts, then the record goes to the
 * dead-letter topic.
 *
 * <pre>{@code
 * ItemListener<Order> billing = order -> invoices.create(order);
 * }</pre>
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface ItemListener<T> {

    /** Processes one item; its offset is committed after this returns. */
    void onItem(T item) throws Exception;
}
