package dev.streams.net;

import dev.streams.internal.Durations;
import java.time.Duration;

/**
 * The idle (receive) and write timeouts of a connection; {@link Duration#ZERO} means never.
 * Immutable.
 *
 * <ul>
 *   <li>{@code idle}: a {@code receive} that waits this long with no data closes the connection
 *       and throws {@link IdleTimeoutException}. The clock runs only while a {@code receive} waits:
 *       a handler that is busy, not reading, is not idle.</li>
 *   <li>{@code write}: a {@code send} that makes no progress for this long (the peer does not read
 *       and the socket's buffers are full) closes the connection and throws
 *       {@link WriteTimeoutException}. The clock restarts whenever any byte goes out.</li>
 * </ul>
 *
 * <pre>{@code
 * ConnectionTimeouts timeouts = new ConnectionTimeouts(Duration.ofMinutes(5), Duration.ofSeconds(30));
 * try (SocketListener listener = Tcp.listen("127.0.0.1", 7000, timeouts)) {
 *     listener.serve(stream -> { ... });        // every accepted stream has these timeouts
 * }
 * client.timeouts(timeouts);                    // or set them on any open stream
 * }</pre>
 *
 * @param idle how long a {@code receive} may wait for data; {@code ZERO}: forever
 * @param write how long a {@code send} may make no progress; {@code ZERO}: forever
 */
public record ConnectionTimeouts(Duration idle, Duration write) {

    /** No timeouts: receives and sends wait as long as it takes. */
    public static final ConnectionTimeouts NONE = new ConnectionTimeouts(Duration.ZERO, Duration.ZERO);

    /**
     * @throws IllegalArgumentException if {@code idle} or {@code write} is null or negative; the
     *         message names it
     */
    public ConnectionTimeouts {
        check(idle, "idle");
        check(write, "write");
    }

    private static void check(Duration timeout, String name) {
        if (timeout == null) {
            throw new IllegalArgumentException(name + " must not be null (Duration.ZERO means no timeout)");
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative (was " + timeout + ")");
        }
    }

    /** The idle timeout in nanoseconds, saturated; 0 means never. */
    long idleNanos() {
        return Durations.saturatedNanos(idle);
    }

    /** The write timeout in nanoseconds, saturated; 0 means never. */
    long writeNanos() {
        return Durations.saturatedNanos(write);
    }
}
