package dev.streams.sample.relay;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of a {@link Relay}. Immutable, so thread-safe.
 *
 * <pre>{@code
 * new RelaySettings(1024, 256, Duration.ofSeconds(5), Duration.ofSeconds(5), 100, 10_000)
 * }</pre>
 *
 * @param maxLineBytes longest accepted client line in bytes, not counting {@code \r\n}; a longer
 *     line is discarded and answered with {@code ERR line too long}
 * @param subscriberBufferSize lines (messages and replies) queued for one connection before it
 *     counts as a slow consumer
 * @param goodbyeTimeout how long a closing connection may take to flush its queue and farewell line
 *     to the client before the transport is closed anyway
 * @param replyTimeout how long a reply to the client's own command may wait for room in its full
 *     queue before the client is disconnected as a slow consumer (it sends commands but does not
 *     read the replies); zero disconnects at once, like a subscriber whose queue is full
 * @param maxTopicsPerConnection topics one connection may be subscribed to; a {@code SUB} of one more
 *     is answered with {@code ERR too many topics on this connection}
 * @param maxTopics topics with at least one subscriber, over all connections; a {@code SUB} that
 *     would create one more is answered with {@code ERR too many topics on the relay}
 */
public record RelaySettings(int maxLineBytes, int subscriberBufferSize, Duration goodbyeTimeout,
        Duration replyTimeout, int maxTopicsPerConnection, int maxTopics) {

    private static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(5);
    private static final int DEFAULT_MAX_TOPICS_PER_CONNECTION = 100;
    private static final int DEFAULT_MAX_TOPICS = 10_000;

    /**
     * Defaults: 1024-byte lines, 256 queued lines per connection, 5 s to say goodbye, 5 s for a
     * reply to find room, 100 topics per connection, 10 000 topics in all.
     */
    public static final RelaySettings DEFAULTS = new RelaySettings(1024, 256, Duration.ofSeconds(5));

    public RelaySettings {
        positive("maxLineBytes", maxLineBytes);
        positive("subscriberBufferSize", subscriberBufferSize);
        notNegative("goodbyeTimeout", goodbyeTimeout);
        notNegative("replyTimeout", replyTimeout);
        positive("maxTopicsPerConnection", maxTopicsPerConnection);
        positive("maxTopics", maxTopics);
    }

    /** The given line, queue and goodbye limits with the default reply timeout and topic caps. */
    public RelaySettings(int maxLineBytes, int subscriberBufferSize, Duration goodbyeTimeout) {
        this(maxLineBytes, subscriberBufferSize, goodbyeTimeout, DEFAULT_REPLY_TIMEOUT,
                DEFAULT_MAX_TOPICS_PER_CONNECTION, DEFAULT_MAX_TOPICS);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be a positive integer, was " + value);
        }
    }

    private static void notNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative, was " + value);
        }
    }
}
