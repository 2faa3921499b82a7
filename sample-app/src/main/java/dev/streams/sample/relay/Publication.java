package dev.streams.sample.relay;

import java.util.Objects;

/**
 * A message accepted from a publisher, on its way through the {@code inbound} memory channel to the
 * fan-out workers. Immutable, so thread-safe.
 *
 * <pre>{@code
 * inbound.send(new Publication("news", "hello world"));
 * }</pre>
 *
 * @param topic the topic it was published on
 * @param message the message text, without line terminator
 */
public record Publication(String topic, String message) {

    public Publication {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(message, "message");
    }
}
