package dev.streams.sample.relay;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who is subscribed to what: for each topic its subscribers, and for each connection its topics
 * ({@link Connection#topics()}), within the caps of {@link RelaySettings}.
 *
 * <h2>Bounded memory</h2>
 * A client chooses its topic names, so every {@code SUB} of a new name would otherwise allocate a
 * topic entry for as long as the connection lives. A connection holds at most
 * {@link RelaySettings#maxTopicsPerConnection()} topics and the relay at most
 * {@link RelaySettings#maxTopics()} topics with a subscriber; a topic's entry is removed when its
 * last subscriber leaves ({@code UNSUB} or disconnect), so it counts against the cap no longer.
 *
 * <h2>Counters</h2>
 * The topic and subscription counts are kept up to date on every change, so {@code STATS} and a
 * Prometheus scrape read two integers instead of walking every subscriber set. A topic entry is
 * created and removed only inside {@code compute} for its key, and the topic count is reserved with
 * a compare-and-set before the entry is created, so the cap holds exactly under concurrent
 * {@code SUB}s of different topics.
 *
 * <pre>{@code
 * Subscriptions subscriptions = new Subscriptions(RelaySettings.DEFAULTS);
 * subscriptions.subscribe(connection, "news");   // SUBSCRIBED
 * subscriptions.subscribersOf("news");            // [connection]
 * subscriptions.unsubscribe(connection, "news");  // true; the topic's entry is gone
 * }</pre>
 *
 * <p>Thread-safe: a connection's reader subscribes and unsubscribes, fan-out workers and
 * disconnecting threads unsubscribe, anyone reads.
 */
final class Subscriptions {

    /** What {@link #subscribe} did. */
    enum Outcome {
        /** The connection is subscribed (now or already was). */
        SUBSCRIBED,
        /** Refused: the connection has {@link RelaySettings#maxTopicsPerConnection()} topics. */
        CONNECTION_FULL,
        /** Refused: the relay has {@link RelaySettings#maxTopics()} topics with a subscriber. */
        RELAY_FULL
    }

    private final int maxTopicsPerConnection;
    private final int maxTopics;
    private final ConcurrentHashMap<String, Set<Connection>> subscribers = new ConcurrentHashMap<>();
    private final AtomicInteger topics = new AtomicInteger();
    private final AtomicInteger subscriptions = new AtomicInteger();

    Subscriptions(RelaySettings settings) {
        this.maxTopicsPerConnection = settings.maxTopicsPerConnection();
        this.maxTopics = settings.maxTopics();
    }

    /**
     * Subscribes {@code connection} to {@code topic} unless a cap is reached. Call it from the
     * connection's reader only: the per-connection check relies on nobody else adding its topics.
     */
    Outcome subscribe(Connection connection, String topic) {
        Set<String> own = connection.topics();
        if (own.contains(topic)) {
            return Outcome.SUBSCRIBED;
        }
        if (own.size() >= this.maxTopicsPerConnection) {
            return Outcome.CONNECTION_FULL;
        }
        Set<Connection> set = this.subscribers.compute(topic, (key, existing) -> {
            Set<Connection> result = existing;
            if (result == null) {
                if (!reserveTopic()) {
                    return null;
                }
                result = ConcurrentHashMap.newKeySet();
            }
            if (result.add(connection)) {
                this.subscriptions.incrementAndGet();
            }
            return result;
        });
        if (set == null) {
            return Outcome.RELAY_FULL;
        }
        own.add(topic);
        if (connection.isEnding()) {
            // Raced with a disconnect whose unsubscribeAll may have run before the add above.
            unsubscribeAll(connection);
        }
        return Outcome.SUBSCRIBED;
    }

    private boolean reserveTopic() {
        while (true) {
            int current = this.topics.get();
            if (current >= this.maxTopics) {
                return false;
            }
            if (this.topics.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /**
     * Removes the subscription, and the topic's entry when this was its last subscriber. Idempotent.
     *
     * @return whether {@code connection} was subscribed to {@code topic}
     */
    boolean unsubscribe(Connection connection, String topic) {
        boolean removed = connection.topics().remove(topic);
        this.subscribers.computeIfPresent(topic, (key, set) -> {
            if (set.remove(connection)) {
                this.subscriptions.decrementAndGet();
            }
            if (set.isEmpty()) {
                this.topics.decrementAndGet();
                return null;
            }
            return set;
        });
        return removed;
    }

    /** Removes every subscription of {@code connection}. */
    void unsubscribeAll(Connection connection) {
        for (String topic : connection.topics()) {
            unsubscribe(connection, topic);
        }
    }

    /** The topic's current subscribers, or null when it has none; iteration is weakly consistent. */
    Set<Connection> subscribersOf(String topic) {
        return this.subscribers.get(topic);
    }

    /** Topics with at least one subscriber. */
    int topics() {
        return this.topics.get();
    }

    /** (connection, topic) pairs. */
    int subscriptions() {
        return this.subscriptions.get();
    }
}
