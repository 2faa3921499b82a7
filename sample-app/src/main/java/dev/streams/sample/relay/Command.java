package dev.streams.sample.relay;

/**
 * One client line, parsed by {@link LineProtocol#parse(String)}. Immutable, so thread-safe.
 *
 * <pre>{@code
 * Command command = LineProtocol.parse("PUB news hello world");
 * if (command instanceof Command.Publish publish) {
 *     relay.publish(publish.topic(), publish.message());   // topic "news", message "hello world"
 * }
 * }</pre>
 */
public sealed interface Command
        permits Command.Subscribe, Command.Unsubscribe, Command.Publish, Command.Stats, Command.Quit,
        Command.Invalid {

    /** {@code SUB <topic>}: receive every later message published on the topic. */
    record Subscribe(String topic) implements Command {
    }

    /** {@code UNSUB <topic>}: stop receiving the topic's messages. */
    record Unsubscribe(String topic) implements Command {
    }

    /** {@code PUB <topic> <message>}: relay the message to the topic's subscribers. */
    record Publish(String topic, String message) implements Command {
    }

    /** {@code STATS}: one line of relay counters. */
    record Stats() implements Command {
    }

    /** {@code QUIT}: the server flushes what it queued for this client, says {@code BYE} and closes. */
    record Quit() implements Command {
    }

    /** A line that is not a valid command; {@code error} is what follows {@code ERR } in the reply. */
    record Invalid(String error) implements Command {
    }
}
