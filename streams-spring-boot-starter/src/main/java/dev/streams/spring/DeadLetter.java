package dev.streams.spring;

import java.util.Objects;

/**
 * An item that a {@link ChannelListener} failed on in every attempt, as sent to the channel's
 * {@code dead-letter-channel}.
 *
 * <pre>{@code
 * streams.memory.channels.orders.dead-letter-channel: failed-orders
 *
 * @ChannelListener(channel = "failed-orders")
 * void park(DeadLetter<?> letter) {
 *     log.warn("order failed {} times on channel {}", letter.attempts(), letter.channel(), letter.exception());
 * }
 * }</pre>
 *
 * @param channel the channel the item was received from
 * @param item the item
 * @param exception what the last attempt threw
 * @param attempts how many times the listener was called with the item
 * @param <T> the item type
 */
public record DeadLetter<T>(String channel, T item, Throwable exception, int attempts) {

    public DeadLetter {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(exception, "exception");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, but is " + attempts);
        }
    }
}
