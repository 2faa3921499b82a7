package dev.streams.sample.relay;

/**
 * A snapshot of a {@link Relay}'s counters, as answered to {@code STATS}. Immutable, so thread-safe.
 *
 * <pre>{@code
 * RelayStats stats = relay.stats();
 * stats.toLine();   // "STATS connections=2 topics=1 subscriptions=2 published=10 delivered=20 ..."
 * }</pre>
 *
 * @param connections open client connections
 * @param topics topics with at least one subscriber
 * @param subscriptions (connection, topic) pairs
 * @param published messages accepted into the inbound channel since start
 * @param delivered message lines queued to subscribers since start
 * @param slowConsumersDisconnected connections dropped because their queue stayed full (messages
 *     they did not read fast enough, or replies to their own commands they did not read)
 * @param inboundBuffered messages waiting in the inbound channel
 * @param inboundCapacity the inbound channel's buffer size ({@code Integer.MAX_VALUE}: unbounded)
 */
public record RelayStats(int connections, int topics, int subscriptions, long published, long delivered,
        long slowConsumersDisconnected, int inboundBuffered, int inboundCapacity) {

    /** The {@code STATS} reply line. */
    public String toLine() {
        String capacity = inboundCapacity == Integer.MAX_VALUE ? "unbounded" : Integer.toString(inboundCapacity);
        return "STATS connections=" + connections + " topics=" + topics + " subscriptions=" + subscriptions
                + " published=" + published + " delivered=" + delivered
                + " slow_consumers_disconnected=" + slowConsumersDisconnected
                + " inbound_buffered=" + inboundBuffered + "/" + capacity;
    }
}
