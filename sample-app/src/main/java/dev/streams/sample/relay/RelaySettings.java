package dev.streams.sample.relay;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of a {@link Relay}. Immutable, so thread-safe.
 *
 * <pre>{@code
 * new RelaySettings(1024, 256, Duration.ofSeconds(5))
 * }</pre>
 *
 * @param maxLineBytes longest accepted client line in bytes, not counting {@code \r\n}; a longer
 *     line is discarded and answered with {@code ERR line too long}
 * @param subscriberBufferSize lines queued for one connection before it counts as a slow consumer
 * @param goodbyeTimeout how long a closing connection may take to flush its queue and farewell line
 *     to the client before the transport is closed anyway
 */
public record RelaySettings(int maxLineBytes, int subscriberBufferSize, Duration goodbyeTimeout) {

    /** Defaults: 1024-byte lines, 256 queued lines per subscriber, 5 s to say goodbye. */
    public static final RelaySettings DEFAULTS = new RelaySettings(1024, 256, Duration.ofSeconds(5));

    public RelaySettings {
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("maxLineBytes must be a positive integer, was " + maxLineBytes);
        }
        if (subscriberBufferSize <= 0) {
            throw new IllegalArgumentException(
                    "subscriberBufferSize must be a positive integer, was " + subscriberBufferSize);
        }
        Objects.requireNonNull(goodbyeTimeout, "goodbyeTimeout");
        if (goodbyeTimeout.isNegative()) {
            throw new IllegalArgumentException("goodbyeTimeout cannot be negative, was " + goodbyeTimeout);
        }
    }
}
