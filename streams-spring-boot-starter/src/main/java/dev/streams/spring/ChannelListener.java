package dev.streams.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.aot.hint.annotation.Reflective;

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
 * <p><b>Error policy:</b> a method that throws is called again, up to
 * {@code streams.memory.channels.<channel>.retry.max-attempts} times in all ({@code retry.backoff}
 * apart; default: once, no retry). An item that failed every attempt is counted in
 * {@code streams.memory.items.failed}, sent as a {@link DeadLetter} to the channel's
 * {@code dead-letter-channel} if it has one, and handed to the error handler: the bean named by
 * {@link #errorHandler()}, else the {@code ChannelListenerErrorHandler} bean (the {@code @Primary}
 * one if there are several), else a WARN log. The receiver then goes on with the next item.
 *
 * <p><b>Kafka channels</b> ({@code streams.kafka.channels.<channel>}): the same annotation runs
 * {@code concurrency} consumers of the channel's group in a spring-kafka listener container; a
 * failing item is retried up to {@code retry.max-attempts} times in all, then goes to the dead-letter
 * topic; each item is committed after the method returned. See {@code docs/kafka-channels.md}.
 *
 * <p><b>Shutdown:</b> the channel's send side closes once every {@code @ChannelListener} that may
 * send into it has drained; the receivers then drain what is buffered for at most
 * {@code streams.memory.channels.<channel>.drain-timeout} (counted from the start of shutdown), then
 * their receive streams close. Items still buffered, and an item a receiver was interrupted on,
 * are counted and logged as undelivered.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Reflective // the starter calls the method reflectively: Spring AOT registers the runtime hint
public @interface ChannelListener {

    /** Name of the channel, the key under {@code streams.memory.channels}. */
    String channel();

    /** Number of concurrent receivers; at least 1. */
    int concurrency() default 1;

    /**
     * Name of the {@code ChannelListenerErrorHandler} bean for this method's failures; empty means
     * the application's default (see the error policy above).
     */
    String errorHandler() default "";
}
