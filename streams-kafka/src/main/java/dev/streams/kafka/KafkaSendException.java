package dev.streams.kafka;

import dev.streams.StreamException;

/**
 * A send on a Kafka channel was not acknowledged by the broker within the channel's send timeout,
 * or the broker refused it or could not be reached. The message names the channel and the topic;
 * the Kafka exception is the cause.
 *
 * <p>After this exception the item may still reach the topic (the broker can acknowledge a record
 * the client already gave up on); receivers de-duplicate by the {@value KafkaChannel#MESSAGE_ID_HEADER}
 * header if that matters.
 *
 * <pre>{@code
 * try {
 *     orders.send(order);
 * } catch (KafkaSendException e) {
 *     log.warn("order not accepted by Kafka: {}", e.getMessage()); // "... channel 'orders' (topic 'orders') ..."
 * }
 * }</pre>
 */
public class KafkaSendException extends StreamException {

    private static final long serialVersionUID = 1L;

    public KafkaSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
