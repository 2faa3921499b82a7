package dev.streams.spring.channel;

/**
 * Handles an exception thrown by a {@link dev.streams.spring.ChannelListener} method. Define one
 * bean of this type to replace the default, which logs the error at WARN level. Either way the
 * item is not retried.
 *
 * <pre>{@code
 * @Bean
 * ChannelListenerErrorHandler deadLetters(@Qualifier("dead-letters") MemoryObjectSendStream<Object> dlq) {
 *     return (channel, item, error) -> dlq.sendNowait(item);
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
