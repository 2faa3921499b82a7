package dev.streams.spring.channel;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The validated configuration of one memory channel, bound once from
 * {@code streams.memory.channels.<name>} and handed as one object to {@link MemoryChannels}, which
 * builds the {@link MemoryChannel} from it. Immutable.
 *
 * <pre>{@code
 * new MemoryChannels(List.of(new MemoryChannelSpec("orders", 100, Order.class, true, Duration.ofSeconds(10),
 *         3, Duration.ofSeconds(1), "failed-orders")));
 * }</pre>
 *
 * @param name the channel name, also the bean qualifier
 * @param maxBufferSize the buffer limit, {@code MemoryObjectStream.UNBOUNDED} for none
 * @param itemType the item class; {@code Object.class} when no item-type is configured
 * @param typed whether {@code item-type} was configured (then {@code send} checks the type)
 * @param drainTimeout how long consumers may drain the buffer at shutdown, graces included
 * @param maxAttempts calls of a {@code @ChannelListener} per item in total; 1 = no retry
 * @param backoff wait between two attempts
 * @param deadLetterChannel the channel that gets a {@link dev.streams.spring.DeadLetter} for every
 *     item that failed every attempt, or null to drop it after the error handler saw it
 */
public record MemoryChannelSpec(String name, int maxBufferSize, Class<?> itemType, boolean typed,
        Duration drainTimeout, int maxAttempts, Duration backoff, @Nullable String deadLetterChannel) {

    public MemoryChannelSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        Objects.requireNonNull(backoff, "backoff");
        if (maxBufferSize < 0) {
            throw new IllegalArgumentException("maxBufferSize cannot be negative");
        }
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("drainTimeout cannot be negative");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, but is " + maxAttempts);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff cannot be negative");
        }
        if (name.equals(deadLetterChannel)) {
            throw new IllegalArgumentException("deadLetterChannel cannot be the channel itself ('" + name + "')");
        }
    }

    /** The name of the bean holding both ends of this channel, {@code <name>Stream}. */
    public String streamBeanName() {
        return this.name + "Stream";
    }

    /** The name of this channel's send stream bean, {@code <name>SendStream}. */
    public String sendStreamBeanName() {
        return this.name + "SendStream";
    }

    /** The name of this channel's receive stream bean, {@code <name>ReceiveStream}. */
    public String receiveStreamBeanName() {
        return this.name + "ReceiveStream";
    }

    /** A channel without retries or dead letters. */
    public MemoryChannelSpec(String name, int maxBufferSize, Class<?> itemType, boolean typed, Duration drainTimeout) {
        this(name, maxBufferSize, itemType, typed, drainTimeout, 1, Duration.ZERO, null);
    }
}
