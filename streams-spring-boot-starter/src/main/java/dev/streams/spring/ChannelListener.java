package dev.streams.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as a consumer of a memory channel configured under
 * {@code streams.memory.channels.<channel>}.
 *
 * <pre>{@code
 * @Component
 * class OrderProcessor {
 *     @ChannelListener(channel = "orders", concurrency = 4)
 *     void process(Order order) { ... }
 * }
 * }</pre>
 *
 * <p>The starter starts {@code concurrency} receivers when the application context starts, each on
 * its own clone of the channel's receive stream and on its own thread (a virtual thread on JDK 21
 * and later). The method takes exactly one parameter, of the channel's item type (or a supertype).
 *
 * <p><b>Error policy:</b> an exception thrown by the method is handed to the
 * {@code ChannelListenerErrorHandler} bean if there is one, else logged; the item is not retried
 * and the receiver goes on with the next item.
 *
 * <p><b>Kafka channels</b> ({@code streams.kafka.channels.<channel>}): the same annotation runs
 * {@code concurrency} consumers of the channel's group in a spring-kafka listener container; a
 * failing item is retried up to {@code retry.max-attempts} times in all, then goes to the dead-letter
 * topic; each item is committed after the method returned. See {@code docs/kafka-channels.md}.
 *
 * <p><b>Shutdown:</b> the channel's send side closes first, the receivers drain what is buffered
 * for at most {@code streams.memory.channels.<channel>.drain-timeout}, then their receive streams
 * close. Items still buffered then are counted and logged.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ChannelListener {

    /** Name of the channel, the key under {@code streams.memory.channels}. */
    String channel();

    /** Number of concurrent receivers; at least 1. */
    int concurrency() default 1;
}
