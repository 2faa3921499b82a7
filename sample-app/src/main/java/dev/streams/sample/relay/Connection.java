package dev.streams.sample.relay;

import dev.streams.ByteSendStream;
import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.StreamException;
import dev.streams.WouldBlockException;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One client connection: its subscriptions and its outbox, a bounded memory object stream of lines
 * that a writer thread drains to the socket.
 *
 * <p>Three kinds of thread touch a connection: its reader (the listener's handler thread, which
 * parses commands and queues replies with {@link #reply}, waiting a bounded time for room), its
 * writer ({@link #writeTo}),
 * and the fan-out workers ({@link #offer}, which never blocks). Any of them may {@link #end} it; the
 * first call wins and decides the farewell line. Thread-safe.
 */
final class Connection {

    /** What {@link #offer} did with a line. */
    enum Offer {
        /** The line is in the outbox. */
        QUEUED,
        /** The outbox is full: the client is not reading fast enough. */
        FULL,
        /** The connection is ending; the line was dropped. */
        CLOSED
    }

    // A batch is what the writer hands to one TLS send: fewer, larger records when lines queue up.
    private static final int BATCH_CHARS = 16 * 1024;

    private record Ending(String farewell, boolean discardQueued) {
    }

    private final long id;
    private final Object peer;
    private final MemoryObjectSendStream<String> outbox;
    private final MemoryObjectReceiveStream<String> outboxReader;
    private final Set<String> topics = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Ending> ending = new AtomicReference<>();

    private final ReentrantLock readerLock = new ReentrantLock();
    private Thread reader;              // guarded by readerLock; null once the reader has finished
    private boolean readerInterrupted;  // guarded by readerLock: end() interrupted the reader

    /**
     * @param peer the client's address, for logs ({@code null} when the transport has none)
     */
    Connection(long id, Object peer, int outboxSize) {
        this.id = id;
        this.peer = peer;
        MemoryObjectStream<String> stream = MemoryObjectStream.create(outboxSize, String.class);
        this.outbox = stream.sendStream();
        this.outboxReader = stream.receiveStream();
    }

    long id() {
        return this.id;
    }

    Set<String> topics() {
        return this.topics;
    }

    boolean isEnding() {
        return this.ending.get() != null;
    }

    /**
     * Queues a reply from the reader, waiting at most {@code patience} while the outbox is full: the
     * wait slows down only this client's own command processing, and absorbs a writer that is
     * briefly not scheduled. A client that sends commands and never reads keeps the outbox full.
     *
     * @return false if the outbox stayed full for {@code patience}; the line was not queued
     * @throws ClosedResourceException if the connection is ending
     */
    boolean reply(String line, Duration patience) throws InterruptedException {
        return this.outbox.send(line, patience);
    }

    /** Queues a message line for the writer without ever blocking the caller (a fan-out worker). */
    Offer offer(String line) {
        try {
            this.outbox.sendNowait(line);
            return Offer.QUEUED;
        } catch (WouldBlockException full) {
            return Offer.FULL;
        } catch (ClosedResourceException | BrokenResourceException ending) {
            return Offer.CLOSED;
        }
    }

    /**
     * Ends the connection: no more lines are accepted, the writer flushes the outbox (unless
     * {@code discardQueued}), writes {@code farewell} (when not null) and stops, and the reader is
     * interrupted unless it is the caller.
     *
     * @return whether this call ended the connection (false: it was already ending)
     */
    boolean end(String farewell, boolean discardQueued) {
        if (!this.ending.compareAndSet(null, new Ending(farewell, discardQueued))) {
            return false;
        }
        // Wakes a reader blocked in reply() and makes every later offer() return CLOSED; the writer
        // still drains what is buffered, then sees the end of the stream.
        this.outbox.close();
        this.readerLock.lock();
        try {
            if (this.reader != null && this.reader != Thread.currentThread()) {
                this.readerInterrupted = true;
                this.reader.interrupt();
            }
        } finally {
            this.readerLock.unlock();
        }
        return true;
    }

    /** Registers the calling thread as the reader, the thread {@link #end} interrupts. */
    void readerStarted() {
        this.readerLock.lock();
        try {
            this.reader = Thread.currentThread();
        } finally {
            this.readerLock.unlock();
        }
    }

    /**
     * Unregisters the reader. After this no {@link #end} interrupts it, and an interrupt that
     * {@code end} sent and the reader has not consumed yet is cleared here, so that the reader can
     * wait for the writer to say goodbye.
     */
    void readerFinished() {
        this.readerLock.lock();
        try {
            this.reader = null;
            if (this.readerInterrupted) {
                // Ours: end() interrupted a blocking read to stop it. (Should the listener have
                // interrupted the thread at the same moment, that interrupt is folded into ours.)
                Thread.interrupted();
            }
        } finally {
            this.readerLock.unlock();
        }
    }

    /** Whether {@link #end} interrupted the reader (so an {@code InterruptedException} was ours). */
    boolean readerInterruptedByEnd() {
        this.readerLock.lock();
        try {
            return this.readerInterrupted;
        } finally {
            this.readerLock.unlock();
        }
    }

    /**
     * The writer loop: sends outbox lines to {@code out} until the connection ends, then the
     * farewell line. Returns normally when done, when the peer is gone or when interrupted; the
     * caller then ends the connection (a no-op if it already ended).
     */
    void writeTo(ByteSendStream out) {
        StringBuilder batch = new StringBuilder();
        try {
            while (true) {
                String line;
                try {
                    line = this.outboxReader.receive();
                } catch (EndOfStreamException done) {
                    break;
                }
                Ending end = this.ending.get();
                if (end != null && end.discardQueued()) {
                    break;
                }
                batch.setLength(0);
                batch.append(line).append('\n');
                while (batch.length() < BATCH_CHARS) {
                    try {
                        batch.append(this.outboxReader.receiveNowait()).append('\n');
                    } catch (WouldBlockException | EndOfStreamException drained) {
                        break;
                    }
                }
                out.send(batch.toString().getBytes(StandardCharsets.UTF_8));
            }
            Ending end = this.ending.get();
            if (end != null && end.farewell() != null) {
                out.send((end.farewell() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (InterruptedException giveUp) {
            // The reader stopped waiting for the goodbye (goodbye timeout or listener shutdown):
            // this thread ends here and the transport is closed by the reader's side.
        } catch (StreamException peerGone) {
            // Broken or closed transport: nothing more can be written.
        } finally {
            // Later offers fail fast (CLOSED) instead of filling a queue nobody drains.
            this.outboxReader.close();
        }
    }

    @Override
    public String toString() {
        return this.peer == null ? "connection #" + this.id : "connection #" + this.id + " from " + this.peer;
    }
}
