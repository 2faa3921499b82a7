package dev.streams.spring.channel;

/**
 * Handles an item a {@link dev.streams.spring.ChannelListener} method failed on in every attempt
 * ({@code retry.max-attempts}), after it was counted and sent to the channel's
 * {@code dead-letter-channel}, if any. A bean of this type replaces the default, which logs at WARN
 * level; of several, the {@code @Primary} one is the default (several without one fail startup), and
 * {@code @ChannelListener(errorHandler = "beanName")} picks one per listener.
 *
 * <pre>{@code
 * @Bean
 * ChannelListenerErrorHandler alerting(Alerts alerts) {
 *     return (channel, item, error) -> alerts.raise("channel " + channel + " dropped an item", error);
 * }
 * }</pre>
 *
 * <p>Called on the consumer's thread; implementations must be thread-safe when a channel has
 * several consumers.
 */
@FunctionalInterface
public interface ChannelListenerErrorHandler {

    /**
     * Handles a failed delivery.
     *
     * @param channel the channel name
     * @param item the item the listener method failed on
     * @param error what the method threw
     */
    void handleError(String channel, Object item, Throwable error);
}
