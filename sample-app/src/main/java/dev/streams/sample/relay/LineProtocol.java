package dev.streams.sample.relay;

import java.util.Locale;

/**
 * The relay's line protocol: UTF-8 lines ending in {@code \n} (a {@code \r} before it is ignored),
 * one command per line, words separated by single spaces. Commands are case-insensitive; topics and
 * messages are not.
 *
 * <pre>
 * client: SUB news                  server: OK SUB news
 * client: PUB news hello world      server: OK PUB news
 *                                   server: MSG news hello world      (to every subscriber of news)
 * client: STATS                     server: STATS connections=1 topics=1 ...
 * client: FOO                       server: ERR unknown command 'FOO'; expected SUB, UNSUB, PUB, STATS or QUIT
 * client: QUIT                      server: BYE
 * </pre>
 *
 * <p>A topic is 1 to {@value #MAX_TOPIC_LENGTH} characters without whitespace or control characters.
 * A message is the rest of the line after the topic and its space: at least one character, no
 * control characters except tab. Stateless, so thread-safe.
 */
public final class LineProtocol {

    /** Longest accepted topic, in characters. */
    public static final int MAX_TOPIC_LENGTH = 128;

    /** First line the server sends on every connection. */
    public static final String GREETING = "HELLO streams-relay; commands: SUB <topic>, UNSUB <topic>, "
            + "PUB <topic> <message>, STATS, QUIT";

    /** Last line to a client that could not keep up with its subscriptions. */
    public static final String SLOW_CONSUMER = "ERR slow consumer, disconnecting";

    /** Last line to every client when the server stops. */
    public static final String SHUTTING_DOWN = "BYE server shutting down";

    /** Reply to {@code QUIT}. */
    public static final String BYE = "BYE";

    private static final String EXPECTED = "expected SUB, UNSUB, PUB, STATS or QUIT";

    private LineProtocol() {
    }

    /**
     * Parses one line, without its line terminator. Never throws for any input: a malformed line
     * becomes {@link Command.Invalid}.
     */
    public static Command parse(String line) {
        if (line.isBlank()) {
            return new Command.Invalid("empty line; " + EXPECTED);
        }
        int space = line.indexOf(' ');
        String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
        String rest = space < 0 ? null : line.substring(space + 1);
        switch (verb) {
            case "SUB":
            case "UNSUB": {
                if (rest == null || rest.indexOf(' ') >= 0) {
                    return new Command.Invalid("usage: " + verb + " <topic>");
                }
                String problem = topicProblem(rest);
                if (problem != null) {
                    return new Command.Invalid(problem);
                }
                return verb.equals("SUB") ? new Command.Subscribe(rest) : new Command.Unsubscribe(rest);
            }
            case "PUB": {
                int split = rest == null ? -1 : rest.indexOf(' ');
                if (split < 0 || split == rest.length() - 1) {
                    return new Command.Invalid("usage: PUB <topic> <message>");
                }
                String topic = rest.substring(0, split);
                String message = rest.substring(split + 1);
                String problem = topicProblem(topic);
                if (problem != null) {
                    return new Command.Invalid(problem);
                }
                if (message.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
                    return new Command.Invalid("message contains a control character");
                }
                return new Command.Publish(topic, message);
            }
            case "STATS":
                return rest == null ? new Command.Stats() : new Command.Invalid("usage: STATS");
            case "QUIT":
                return rest == null ? new Command.Quit() : new Command.Invalid("usage: QUIT");
            default:
                return new Command.Invalid("unknown command '" + printable(verb) + "'; " + EXPECTED);
        }
    }

    /** The line a subscriber of {@code topic} receives for a message. */
    public static String message(String topic, String message) {
        return "MSG " + topic + " " + message;
    }

    /** The error reply for a malformed line. */
    public static String error(String error) {
        return "ERR " + error;
    }

    private static String topicProblem(String topic) {
        if (topic.isEmpty()) {
            return "empty topic";
        }
        if (topic.length() > MAX_TOPIC_LENGTH) {
            return "topic longer than " + MAX_TOPIC_LENGTH + " characters";
        }
        if (topic.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return "topic contains whitespace or a control character";
        }
        return null;
    }

    // An unknown verb is echoed back; keep the echo short and free of control characters.
    private static String printable(String verb) {
        String shortened = verb.length() > 32 ? verb.substring(0, 32) + "..." : verb;
        StringBuilder out = new StringBuilder(shortened.length());
        shortened.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
