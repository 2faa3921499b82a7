package dev.streams.sample.relay;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.ClosedResourceException;
import dev.streams.DelimiterNotFoundException;
import dev.streams.ObjectSendStream;
import dev.streams.StreamException;
import dev.streams.buffered.BufferedByteReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStreamStatistics;
import dev.streams.net.SocketAttribute;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A publish/subscribe relay over the {@link LineProtocol}, written against the core stream APIs
 * only: it serves any {@link ByteStream} (TLS in the application, in-memory pipes in unit tests).
 *
 * <pre>{@code
 * MemoryObjectStream<Publication> inbound = MemoryObjectStream.create(1024, Publication.class);
 * Relay relay = new Relay(inbound.sendStream(), RelaySettings.DEFAULTS, Thread::new);
 * // one or more workers:  for (Publication p : inbound.receiveStream()) relay.fanOut(p);
 * listener.serve(relay::serve);
 * }</pre>
 *
 * <h2>Data flow</h2>
 * A connection's reader thread ({@link #serve}) parses commands. {@code PUB} sends a
 * {@link Publication} into the bounded {@code inbound} channel with a blocking {@code send}: when the
 * workers fall behind, publishers wait (backpressure travels back to them over TCP). Workers call
 * {@link #fanOut}, which puts the {@code MSG} line into each subscriber's own bounded outbox with
 * {@code sendNowait}; each connection's writer thread drains its outbox to the socket.
 *
 * <h2>Slow consumers</h2>
 * A fan-out worker never waits for a subscriber. When a subscriber's outbox is full (its client
 * reads slower than messages arrive, for longer than the outbox and the socket buffers absorb),
 * the subscriber is disconnected: its queued lines are dropped, it gets
 * {@value LineProtocol#SLOW_CONSUMER} and the connection closes. Everybody else keeps getting
 * messages at full speed. Replies to a client's own commands go through the same outbox: a client
 * that sends commands and never reads is disconnected the same way once a reply has found no room
 * for {@link RelaySettings#replyTimeout()}, so it cannot park its reader and hold its connection
 * slot forever.
 *
 * <h2>Subscriptions</h2>
 * {@link Subscriptions} caps the topics per connection and in all, frees a topic when its last
 * subscriber leaves, and counts topics and subscriptions as they change, so {@link #stats} is cheap
 * however many there are.
 *
 * <h2>Shutdown</h2>
 * {@link #shutdown} refuses new publications, waits until every accepted one has been fanned out,
 * then lets each connection flush its outbox and say {@value LineProtocol#SHUTTING_DOWN}: a
 * publication acknowledged with {@code OK PUB} reaches every subscriber that was not a slow consumer.
 *
 * <p>Thread-safe: {@code serve} runs once per connection on its own thread, {@code fanOut} on any
 * number of workers, {@code stats} and {@code shutdown} from anywhere.
 */
public final class Relay {

    private static final Logger log = LoggerFactory.getLogger(Relay.class);

    private static final byte[] NEWLINE = {'\n'};

    private final ObjectSendStream<Publication> inbound;
    private final RelaySettings settings;
    private final ThreadFactory writerThreads;

    private final Subscriptions subscriptions;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong connectionIds = new AtomicLong();
    // Accepted into the inbound channel / taken out of it and fanned out. The channel is FIFO, so
    // once fannedOut reaches a value `published` had, the publications accepted by then have been
    // offered to their subscribers (with one worker; a publication that another connection sent at
    // the same instant but had not counted yet can shift this by one).
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong fannedOut = new AtomicLong();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder slowConsumers = new LongAdder();
    // Publications that passed the "closing" check and are not fanned out yet; see publish().
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closing;

    /**
     * @param inbound where {@code PUB} sends publications; its consumers must call {@link #fanOut}
     *     exactly once per item
     * @param settings line, queue and timeout limits
     * @param writerThreads makes each connection's writer thread
     */
    public Relay(ObjectSendStream<Publication> inbound, RelaySettings settings, ThreadFactory writerThreads) {
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.writerThreads = Objects.requireNonNull(writerThreads, "writerThreads");
        this.subscriptions = new Subscriptions(settings);
    }

    /**
     * Serves one client until it quits, disconnects, is dropped as a slow consumer or the relay shuts
     * down. Use it as the listener's {@code StreamHandler}. Never throws for anything the client
     * sends; returns with the interrupt flag set when the thread was interrupted by someone else than
     * the relay (the listener stopping).
     */
    public void serve(ByteStream transport) {
        Connection connection = new Connection(this.connectionIds.incrementAndGet(),
                transport.extra(SocketAttribute.REMOTE_ADDRESS, null), this.settings.subscriberBufferSize());
        Thread writer = this.writerThreads.newThread(() -> {
            connection.writeTo(transport);
            disconnect(connection, null, false);
        });
        connection.readerStarted();
        this.connections.add(connection);
        boolean interruptedByListener = false;
        try {
            writer.start();
            // Checked after joining the set: either shutdown() sees this connection or we see closing.
            if (this.closing) {
                disconnect(connection, LineProtocol.SHUTTING_DOWN, false);
            } else {
                log.debug("{} open", connection);
                if (reply(connection, LineProtocol.GREETING)) {
                    readCommands(connection, new BufferedByteReceiveStream(transport));
                }
            }
        } catch (InterruptedException e) {
            interruptedByListener = !connection.readerInterruptedByEnd();
        } catch (StreamException e) {
            // The client went away (end of stream, broken TLS) or the connection was ended while
            // the reader was queueing a reply.
            log.debug("{} reader stopped: {}", connection, e.toString());
        } finally {
            disconnect(connection, null, false);
            connection.readerFinished();
            if (interruptedByListener) {
                writer.interrupt();
            }
            awaitWriter(writer, interruptedByListener ? Duration.ZERO : this.settings.goodbyeTimeout());
            this.connections.remove(connection);
            log.debug("{} closed", connection);
            if (interruptedByListener) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void readCommands(Connection connection, BufferedByteReceiveStream in) throws InterruptedException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder(); // REPORT on malformed input
        while (true) {
            Command command = readCommand(in, utf8);
            if (command instanceof Command.Quit) {
                awaitFanOut(this.published.get(), this.settings.goodbyeTimeout());
                disconnect(connection, LineProtocol.BYE, false);
                return;
            }
            if (!reply(connection, execute(connection, command))) {
                return;
            }
        }
    }

    // A client whose replies back up is dropped like a subscriber whose messages back up; only the
    // reader may wait a little first, as waiting holds up nobody but this client.
    private boolean reply(Connection connection, String line) throws InterruptedException {
        if (connection.reply(line, this.settings.replyTimeout())) {
            return true;
        }
        disconnectSlowConsumer(connection, "does not read its replies");
        return false;
    }

    private Command readCommand(BufferedByteReceiveStream in, CharsetDecoder utf8) throws InterruptedException {
        int maxLine = this.settings.maxLineBytes();
        byte[] raw;
        try {
            // The '\n' may start at index maxLine + 1, after maxLine bytes and a '\r'.
            raw = in.receiveUntil(NEWLINE, maxLine + 2);
        } catch (DelimiterNotFoundException tooLong) {
            skipRestOfLine(in, maxLine + 2);
            return lineTooLong();
        }
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        if (length > maxLine) {
            return lineTooLong();
        }
        try {
            return LineProtocol.parse(utf8.decode(ByteBuffer.wrap(raw, 0, length)).toString());
        } catch (CharacterCodingException e) {
            return new Command.Invalid("invalid UTF-8");
        }
    }

    private Command lineTooLong() {
        return new Command.Invalid("line too long (max " + this.settings.maxLineBytes() + " bytes)");
    }

    // receiveUntil failed, so the first `chunk` buffered bytes hold no newline and can go. Memory
    // stays bounded by `chunk` however long the line is.
    private static void skipRestOfLine(BufferedByteReceiveStream in, int chunk) throws InterruptedException {
        in.receiveExactly(chunk);
        while (true) {
            try {
                in.receiveUntil(NEWLINE, chunk);
                return;
            } catch (DelimiterNotFoundException stillNoNewline) {
                in.receiveExactly(chunk);
            }
        }
    }

    private String execute(Connection connection, Command command) throws InterruptedException {
        if (command instanceof Command.Subscribe subscribe) {
            return subscribe(connection, subscribe.topic());
        }
        if (command instanceof Command.Unsubscribe unsubscribe) {
            return this.subscriptions.unsubscribe(connection, unsubscribe.topic())
                    ? "OK UNSUB " + unsubscribe.topic()
                    : LineProtocol.error("not subscribed to " + unsubscribe.topic());
        }
        if (command instanceof Command.Publish publish) {
            return publish(publish);
        }
        if (command instanceof Command.Stats) {
            return stats().toLine();
        }
        if (command instanceof Command.Invalid invalid) {
            return LineProtocol.error(invalid.error());
        }
        throw new IllegalStateException("Unexpected command: " + command);
    }

    private String publish(Command.Publish publish) throws InterruptedException {
        // Incremented before the closing check, so that shutdown(), which sets closing and then
        // waits for inFlight to reach 0, cannot miss a publication that got past the check.
        this.inFlight.incrementAndGet();
        boolean accepted = false;
        try {
            if (this.closing) {
                return LineProtocol.error("server shutting down");
            }
            this.inbound.send(new Publication(publish.topic(), publish.message()));
            accepted = true;
            this.published.incrementAndGet();
            return "OK PUB " + publish.topic();
        } catch (ClosedResourceException | BrokenResourceException channelClosed) {
            return LineProtocol.error("server shutting down");
        } finally {
            if (!accepted) {
                this.inFlight.decrementAndGet();
            }
        }
    }

    private String subscribe(Connection connection, String topic) {
        switch (this.subscriptions.subscribe(connection, topic)) {
            case SUBSCRIBED:
                return "OK SUB " + topic;
            case CONNECTION_FULL:
                return LineProtocol.error("too many topics on this connection (max "
                        + this.settings.maxTopicsPerConnection() + ")");
            case RELAY_FULL:
                return LineProtocol.error("too many topics on the relay (max " + this.settings.maxTopics() + ")");
            default:
                throw new IllegalStateException("Unexpected outcome for SUB " + topic);
        }
    }

    /**
     * Delivers a publication to the current subscribers of its topic without ever blocking; call it
     * exactly once for every item taken from the inbound channel. A subscriber whose outbox is full
     * is disconnected as a slow consumer.
     */
    public void fanOut(Publication publication) {
        try {
            Set<Connection> targets = this.subscriptions.subscribersOf(publication.topic());
            if (targets == null) {
                return;
            }
            String line = LineProtocol.message(publication.topic(), publication.message());
            for (Connection target : targets) {
                // Counted before the offer, so a client that has read the line sees it in STATS.
                this.delivered.increment();
                Connection.Offer offer = target.offer(line);
                if (offer != Connection.Offer.QUEUED) {
                    this.delivered.decrement();
                }
                if (offer == Connection.Offer.FULL) {
                    disconnectSlowConsumer(target, "does not read its messages fast enough");
                } else if (offer == Connection.Offer.CLOSED) {
                    this.subscriptions.unsubscribe(target, publication.topic());
                }
            }
        } finally {
            this.fannedOut.incrementAndGet();
            this.inFlight.decrementAndGet();
        }
    }

    // QUIT promises that what the client published before it is relayed, its own subscriptions
    // included; polling is fine for a once-per-connection wait.
    private void awaitFanOut(long target, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (this.fannedOut.get() < target && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(1);
        }
    }

    private void disconnectSlowConsumer(Connection connection, String why) {
        if (disconnect(connection, LineProtocol.SLOW_CONSUMER, true)) {
            this.slowConsumers.increment();
            log.info("{} disconnected: slow consumer, {} (its {} queued lines were dropped)", connection, why,
                    this.settings.subscriberBufferSize());
        }
    }

    private boolean disconnect(Connection connection, String farewell, boolean discardQueued) {
        if (!connection.end(farewell, discardQueued)) {
            return false;
        }
        this.subscriptions.unsubscribeAll(connection);
        return true;
    }

    private static void awaitWriter(Thread writer, Duration patience) {
        try {
            writer.join(Math.max(1, patience.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            // The client stopped reading: give up on the goodbye. The transport is closed after the
            // handler returns, which also unblocks a writer stuck in send.
            writer.interrupt();
        }
    }

    /**
     * A snapshot of the relay's counters. Its cost does not depend on the number of topics or
     * subscriptions: they are counted as they change.
     */
    public RelayStats stats() {
        // A memory channel reports its buffer; a channel shared over Kafka (cluster profile) has none here.
        int buffered = 0;
        int capacity = 0;
        if (this.inbound instanceof MemoryObjectSendStream<Publication> memory) {
            MemoryObjectStreamStatistics channel = memory.statistics();
            buffered = channel.currentBufferUsed();
            capacity = channel.maxBufferSize();
        }
        return new RelayStats(this.connections.size(), this.subscriptions.topics(),
                this.subscriptions.subscriptions(),
                this.published.get(), this.delivered.sum(), this.slowConsumers.sum(), buffered, capacity);
    }

    /**
     * Stops the relay gracefully: further {@code PUB}s are refused, accepted publications are fanned
     * out, then every connection flushes its outbox, gets {@value LineProtocol#SHUTTING_DOWN} and
     * closes. The inbound channel's workers must keep running until this returns.
     *
     * @return whether everything was delivered and every connection closed within {@code timeout}
     */
    public boolean shutdown(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        this.closing = true;
        // Polling keeps the hot paths free of shutdown signalling; this runs once, for a moment.
        while (this.inFlight.get() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        int undelivered = this.inFlight.get();
        for (Connection connection : this.connections) {
            disconnect(connection, LineProtocol.SHUTTING_DOWN, false);
        }
        while (!this.connections.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        if (undelivered > 0 || !this.connections.isEmpty()) {
            log.warn("Relay shutdown timed out after {}: {} publications not fanned out, {} connections open",
                    timeout, undelivered, this.connections.size());
            return false;
        }
        return true;
    }
}
