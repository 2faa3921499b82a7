package dev.streams.tls;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.StreamException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Puts a TLS stream's records on the wire: the queued records nobody owns ({@link OutgoingRecords})
 * and a writer's own buffer, each sent by whoever holds the send lock. {@link TlsEngineDriver}'s
 * writer loop and its reader steps send through here; the engine itself is never touched here.
 *
 * <p><b>The send lock.</b> A writer takes the send lock before its first wrap and keeps it until its
 * records are on the wire. A reader whose step produced records (a KeyUpdate reply) only
 * <em>tries</em> the lock ({@link #flush flush(false)}): if a writer holds it, the writer sends the
 * reader's records ahead of its next ones. That is what makes full duplex safe: if both peers'
 * writers block because nobody reads, the readers must keep reading, not wait for the send lock. A
 * holder looks at the queue once more after unlocking, because a reader may have queued records
 * just after its last look.
 *
 * <p><b>Courtesy sends</b> (close_notify, an alert after a failure) must never hang a close: they
 * wait a bounded time for the send lock, and a bounded send closes the transport when it takes
 * longer than {@value #COURTESY_SEND_MILLIS} ms (a peer that stopped reading has a full window).
 *
 * <p>Thread-safe: the queue is read under the driver's engine lock, the transport written under the
 * send lock.
 */
final class RecordSender {

    /** How long a courtesy close_notify or alert may take to send before the transport is closed. */
    static final long COURTESY_SEND_MILLIS = 1000;

    /** What a failed send does to the stream's state (the driver's {@link SessionState} mapping). */
    interface Failures {
        /** Breaks the stream with {@code e} (part of a record may be out) and returns it. */
        BrokenResourceException markBroken(BrokenResourceException e);

        /** Maps a transport failure (see {@link SessionState#transportFailed}). */
        StreamException transportFailed(RuntimeException e);
    }

    private final ByteStream transport;
    private final ReentrantLock engineLock;
    private final OutgoingRecords outgoing;
    private final Failures failures;

    RecordSender(ByteStream transport, ReentrantLock engineLock, OutgoingRecords outgoing, Failures failures) {
        this.transport = transport;
        this.engineLock = engineLock;
        this.outgoing = outgoing;
        this.failures = failures;
    }

    /** The send lock (see the class comment); a writer holds it around its whole loop. */
    ReentrantLock sendLock() {
        return outgoing.sendLock;
    }

    boolean hasOutgoing() {
        engineLock.lock(); // (no lambda here: this runs on every send)
        try {
            return !outgoing.isEmpty();
        } finally {
            engineLock.unlock();
        }
    }

    /**
     * Sends queued records in order. With {@code wait} false, gives up at once if another thread
     * holds the send lock (that thread sends our records too). Returns whether we sent anything.
     */
    boolean flush(boolean wait) throws InterruptedException {
        if (wait) {
            outgoing.sendLock.lock(); // not interruptible: our records are already queued and must not be orphaned
        } else if (!outgoing.sendLock.tryLock()) {
            return false;
        }
        boolean sent = false;
        do {
            try {
                sent |= sendQueued();
            } finally {
                outgoing.sendLock.unlock();
            }
            // A reader may have queued records and failed its tryLock after our last look: look again.
        } while (hasOutgoing() && outgoing.sendLock.tryLock());
        return sent;
    }

    /** With the send lock held: sends everything queued. Returns whether there was anything. */
    boolean sendQueued() throws InterruptedException {
        boolean sent = false;
        for (ByteBuffer batch; (batch = takeOutgoing()) != null; ) {
            send(batch);
            sent = true;
        }
        return sent;
    }

    /** With the send lock held: sends {@code batch} (whole records); an interrupt dooms the stream. */
    void send(ByteBuffer batch) throws InterruptedException {
        try {
            transport.send(batch);
        } catch (InterruptedException e) {
            // Some unknown part of a record may be out: the peer's view of the sequence is unknowable.
            failures.markBroken(new BrokenResourceException("interrupted while sending TLS records; this stream is doomed", e));
            throw e;
        } catch (RuntimeException e) {
            throw failures.transportFailed(e);
        }
    }

    private @Nullable ByteBuffer takeOutgoing() {
        engineLock.lock();
        try {
            return outgoing.takeAll();
        } finally {
            engineLock.unlock();
        }
    }

    /**
     * Sends the queued records (close_notify, an alert) without letting a failure break the stream:
     * the peer may be gone, and then the record was a courtesy. Waits at most {@code lockWaitNanos}
     * for the send lock; when {@code bounded}, closes the transport if the send itself takes longer
     * than {@value #COURTESY_SEND_MILLIS} ms. Returns the failure, if any. Keeps the interrupt flag.
     */
    @Nullable RuntimeException sendCourtesy(long lockWaitNanos, boolean bounded) {
        try {
            if (!outgoing.sendLock.tryLock(lockWaitNanos, TimeUnit.NANOSECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // not interruptible here; keep the request
            return null;
        }
        HandshakeTimer.Deadline deadline = bounded
                ? HandshakeTimer.closeAt(transport, Duration.ofMillis(COURTESY_SEND_MILLIS), () -> { })
                : null;
        try {
            for (ByteBuffer batch; (batch = takeOutgoing()) != null; ) {
                transport.send(batch);
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (RuntimeException e) {
            return e;
        } finally {
            if (deadline != null) {
                deadline.settle();
            }
            outgoing.sendLock.unlock();
        }
    }
}
