package dev.streams.spring.channel;

import java.time.Duration;
import java.util.Objects;

/**
 * The validated configuration of one memory channel, resolved from
 * {@code streams.memory.channels.<name>}. Immutable.
 *
 * <pre>{@code
 * new MemoryChannels(List.of(new MemoryChannelSpec("orders", 100, Order.class, true, Duration.ofSeconds(10))));
 * }</pre>
 *
 * @param name the channel name, also the bean qualifier
 * @param maxBufferSize the buffer limit, {@code MemoryObjectStream.UNBOUNDED} for none
 * @param itemType the item class; {@code Object.class} when no item-type is configured
 * @param typed whether {@code item-type} was configured (then {@code send} checks the type)
 * @param drainTimeout how long consumers may drain the buffer at shutdown
 */
public record MemoryChannelSpec(String name, int maxBufferSize, Class<?> itemType, boolean typed,
        Duration drainTimeout) {

    public MemoryChannelSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        if (maxBufferSize < 0) {
            throw new IllegalArgumentException("maxBufferSize cannot be negative");
        }
    }
}
