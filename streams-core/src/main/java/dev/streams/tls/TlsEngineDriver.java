package dev.streams.tls;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.StreamException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLProtocolException;

/**
 * Drives one {@link SSLEngine} over one {@link ByteStream} transport.
 *
 * <h2>General theory of operation</h2>
 *
 * <p>An {@code SSLEngine} does no I/O. It is a state machine with two doors: {@code wrap} turns
 * plaintext (or nothing, during a handshake) into TLS records for the wire, {@code unwrap} turns
 * records from the wire into plaintext. After each call it tells us what it wants next through its
 * {@link HandshakeStatus}: {@code NEED_WRAP} (it has records to send), {@code NEED_UNWRAP} (it waits
 * for the peer's records), {@code NEED_TASK} (it has CPU work, such as checking a certificate chain,
 * that it wants someone to run), or {@code NOT_HANDSHAKING}/{@code FINISHED}. And through the
 * result's {@link SSLEngineResult.Status}: {@code BUFFER_UNDERFLOW} (the input holds less than one
 * whole record), {@code BUFFER_OVERFLOW} (the output buffer is too small for the next record),
 * {@code CLOSED} (that direction is shut). The handshake is a conversation of wraps and unwraps;
 * after it, TLS 1.3 still sends messages (NewSessionTicket, KeyUpdate) that an unwrap must consume
 * and that may make the engine ask for a wrap while another thread is writing.
 *
 * <p>Everything here is one loop, {@link #drive}, that repeats three steps (trio's {@code _retry}):
 * <ol>
 *   <li>Call the engine under {@link #engineLock}, with no I/O inside. The step wraps or unwraps,
 *       runs delegated tasks inline, and appends every record the engine produced to
 *       {@link #outgoing}. The engine is never called outside this lock, so no thread ever sees it
 *       half-updated, and no thread holds the lock while blocked on the transport.</li>
 *   <li>Make exactly one blocking transport call that moves things forward: if records are queued,
 *       send them; otherwise, if the engine is starving, receive.</li>
 *   <li>Loop, or return if the step said it was finished.</li>
 * </ol>
 *
 * <p><b>Why sending comes first, and the send lock.</b> Records must reach the wire in the order the
 * engine produced them: each carries an implicit sequence number, and TLS 1.3 changes keys between
 * records (a KeyUpdate reply sent after data encrypted with the new key would be fatal). Records are
 * queued under the engine lock in production order, and whoever holds {@link #sendLock} (fair, like
 * trio's StrictFIFOLock) drains the queue from its head. A writer takes the send lock before it
 * wraps and keeps it until its records are on the wire, so its records are never queued unowned. A reader that produced records (a KeyUpdate
 * reply) only <em>tries</em> the lock: if a writer holds it, the writer sends the reader's records
 * too. That is what makes full duplex safe: if both peers' writers block because nobody reads, the
 * readers must keep reading, not wait for the send lock. A holder looks at the queue once more after
 * unlocking, because a reader may have queued records just after the holder's last look.
 *
 * <p><b>Who receives.</b> Only the thread doing the handshake, the reader (one at a time, enforced by
 * {@link TlsStream}'s "already reading from" guard) and {@code unwrap()} (which holds both guards) ever
 * call {@code transport.receive}. A writer never needs input: after the handshake a wrap only needs
 * input during a renegotiation, and renegotiation is refused. So there is no receive lock.
 *
 * <p><b>States.</b> {@link State#OPEN}, {@link State#BROKEN}, {@link State#CLOSED};
 * {@link #checkOpen()} maps the last two to {@link BrokenResourceException} and
 * {@link ClosedResourceException} (closed wins, as everywhere in this library). Any
 * {@code SSLException}, and any transport failure in the middle of a record, moves the stream to
 * BROKEN: some unknown part of a record went out or came in, the sequence numbers no longer agree,
 * and this stream is doomed. An interrupt while <em>receiving</em> from the transport is harmless:
 * the transport promises to consume nothing when it throws {@code InterruptedException}, and the
 * engine has not been touched. An interrupt while <em>sending</em> records is not: part of a record
 * may be out, so the stream becomes BROKEN.
 *
 * <p><b>Closing.</b> Like trio (and unlike AnyIO), {@code close()} sends close_notify but does not
 * wait for the peer's: the peer may never answer, and a close must not hang on it. {@code unwrap()}
 * is the one operation that waits for the peer's close_notify, because it needs to know where the
 * TLS bytes end and the plaintext begins (RFC 8446 section 6.1; RFC 5246 section 7.2.1).
 *
 * <p><b>Memory.</b> Buffers exist only while they hold bytes: a fully consumed input buffer, a
 * drained plaintext buffer and every sent record are dropped, so an idle connection holds the
 * engine and a few objects, not 2 x 16 KiB of packet buffers as the classic SSLEngine recipe does.
 *
 * <p>Thread-safe for one reader, one writer and any number of closers at a time.
 */
final class TlsEngineDriver {

    /** The lifecycle of a stream: trio's {@code _State}. */
    enum State {
        /** Usable (though the peer may have sent close_notify, or the transport may have ended). */
        OPEN,
        /** Failed beyond repair; every operation throws {@link BrokenResourceException}. */
        BROKEN,
        /** Closed by this side; every operation throws {@link ClosedResourceException}. */
        CLOSED
    }

    /** What an engine step needs before it can go on. */
    private enum Step {
        /** The operation is complete (after the queued records are sent). */
        FINISHED,
        /** The engine is starving: it needs bytes from the transport. */
        NEED_INPUT
    }

    @FunctionalInterface
    private interface EngineStep {
        /** Runs under the engine lock, with no I/O. */
        Step run() throws SSLException;
    }

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);
    /** The most we ask the transport for at once: four full records. */
    private static final int RECEIVE_SIZE = 65536;
    /** The most plaintext wrapped into one transport send. */
    private static final int SEND_BATCH = 65536;

    private final SSLEngine engine;
    private final ByteStream transport;
    private final boolean standardCompatible;
    private final ReentrantLock engineLock = new ReentrantLock();
    private final ReentrantLock sendLock = new ReentrantLock(true);

    // Guarded by engineLock.
    private State state = State.OPEN;
    private String brokenMessage;
    private Throwable brokenCause;
    /** Bytes received from the transport and not yet unwrapped (read mode); null when none. */
    private ByteBuffer netIn;
    /** Plaintext unwrapped and not yet returned (write mode: position = count); null when none. */
    private ByteBuffer appIn;
    /** Records wrapped and not yet sent, in production order (read mode). */
    private final ArrayDeque<ByteBuffer> outgoing = new ArrayDeque<>(1);
    /** Counts records ever queued, so a step can tell whether it produced any. */
    private long recordsQueued;
    private boolean handshakeComplete;
    /*
     * Scratch buffers reused for the length of the initial handshake only (dropped when it completes,
     * so idle connections still hold none). Without them every handshake message cost a fresh
     * packet-sized wrap buffer, a fresh application-sized unwrap buffer and a fresh 64 KiB receive
     * array: about a third of a handshake's allocation.
     */
    private ByteBuffer handshakeOut;
    private ByteBuffer spareAppIn;
    /** The handshake's receive buffer; only the handshaking thread touches it, and only in {@link #handshake}. */
    private ByteBuffer handshakeIn;
    private boolean transportEof;
    /** An alert record queued by a failure, to be sent best-effort outside the engine lock. */
    private boolean sendAlertLater;

    /** Set (before closing the transport) by the handshake timer. */
    private volatile Duration timedOutAfter;

    TlsEngineDriver(SSLEngine engine, ByteStream transport, boolean standardCompatible) {
        this.engine = engine;
        this.transport = transport;
        this.standardCompatible = standardCompatible;
    }

    SSLEngine engine() {
        return engine;
    }

    // ---------------------------------------------------------------- handshake

    /**
     * Runs the initial handshake, closing the transport if it takes longer than {@code timeout}.
     * On failure the stream is BROKEN (the transport is left open, except after a timeout).
     */
    void handshake(Duration timeout) throws InterruptedException {
        AtomicBoolean settled = new AtomicBoolean();
        ScheduledFuture<?> timer = HandshakeTimer.schedule(() -> {
            if (settled.compareAndSet(false, true)) {
                timedOutAfter = timeout; // read by transportFailed() in the handshaking thread
                transport.close();
            }
        }, timeout);
        try {
            StreamException failure = null;
            engineLock.lock();
            try {
                engine.beginHandshake();
            } catch (SSLException e) {
                failure = failLocked(e);
            } finally {
                engineLock.unlock();
            }
            if (failure != null) {
                sendPendingAlert();
                throw failure;
            }
            handshakeIn = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
            drive(this::handshakeStep, true);
        } finally {
            handshakeIn = null;
            timer.cancel(false);
        }
        if (!settled.compareAndSet(false, true)) {
            // The deadline passed just as we finished, and the transport is (being) closed.
            throw markBroken(timeoutException(timeout));
        }
    }

    private Step handshakeStep() throws SSLException {
        while (true) {
            HandshakeStatus status = engine.getHandshakeStatus();
            if (status == HandshakeStatus.FINISHED || status == HandshakeStatus.NOT_HANDSHAKING) {
                handshakeComplete = true;
                handshakeOut = null;
                spareAppIn = null;
                return Step.FINISHED;
            }
            if (!advance(status)) {
                if (transportEof) {
                    throw new HandshakeEof();
                }
                return Step.NEED_INPUT;
            }
        }
    }

    /** The peer ended the transport in the middle of the handshake. */
    private static final class HandshakeEof extends SSLHandshakeException {
        private static final long serialVersionUID = 1L;

        HandshakeEof() {
            super("the peer closed the connection during the TLS handshake");
        }
    }

    // ---------------------------------------------------------------- the one switch

    /**
     * Does what the engine asks for. Returns false when it cannot go on without transport bytes.
     * Called under the engine lock.
     */
    private boolean advance(HandshakeStatus status) throws SSLException {
        switch (status) {
            case NEED_TASK:
                // The engine has CPU work (certificate path validation, key agreement) to do before it can
                // continue. Run it inline: we are on a thread that may block anyway, and under the engine
                // lock no other call can observe the engine between the task and its result.
                for (Runnable task; (task = engine.getDelegatedTask()) != null; ) {
                    task.run();
                }
                return true;
            case NEED_WRAP:
                // The engine has records to send: handshake messages, a KeyUpdate reply, an alert. Queue
                // them now, ahead of anything wrapped later, so they reach the wire in order.
                wrap(EMPTY);
                return true;
            case NEED_UNWRAP:
            case NEED_UNWRAP_AGAIN: // (DTLS only: unwrap again from already received data)
                // The engine waits for the peer's records: feed it what we have, or starve.
                return unwrapOnce();
            case FINISHED:
            case NOT_HANDSHAKING:
                // Nothing to do for the handshake; the caller moves application data.
                return true;
            default:
                throw new IllegalStateException("Unknown handshake status: " + status);
        }
    }

    /** One {@code engine.unwrap}; returns false when the engine needs more transport bytes. */
    private boolean unwrapOnce() throws SSLException {
        if (netIn == null) {
            return false;
        }
        if (appIn == null) {
            if (spareAppIn != null) {
                appIn = spareAppIn;
                spareAppIn = null;
            } else {
                appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
            }
        }
        SSLEngineResult result = engine.unwrap(netIn, appIn);
        switch (result.getStatus()) {
            case OK:
                // A record was consumed; it may have been a handshake message that produced no plaintext.
                break;
            case BUFFER_UNDERFLOW:
                // netIn holds less than one whole record: the engine is starving. Keep the partial record
                // in a buffer of its own size so a 64 KiB receive buffer is not pinned by a few bytes.
                compactNetIn();
                dropEmptyAppIn();
                return false;
            case BUFFER_OVERFLOW:
                // The record's plaintext does not fit in what is left of appIn: grow it and retry.
                ByteBuffer larger = ByteBuffer.allocate(appIn.position()
                        + Math.max(engine.getSession().getApplicationBufferSize(), appIn.capacity()));
                appIn.flip();
                larger.put(appIn);
                appIn = larger;
                break;
            case CLOSED:
                // The peer's close_notify arrived (engine.isInboundDone() is now true), or the engine shut
                // down after an alert. Bytes after the close_notify stay in netIn for unwrap().
                break;
            default:
                throw new IllegalStateException("Unknown engine result status: " + result.getStatus());
        }
        if (!netIn.hasRemaining()) {
            netIn = null;
        }
        dropEmptyAppIn();
        return true;
    }

    /** Wraps all of {@code src} (or one handshake flight when it is empty), queueing the records. */
    private void wrap(ByteBuffer src) throws SSLException {
        if (!handshakeComplete && !src.hasRemaining() && !engine.isOutboundDone()) {
            wrapHandshakeFlight();
            return;
        }
        wrapRecords(src);
    }

    private void wrapRecords(ByteBuffer src) throws SSLException {
        int packetSize = engine.getSession().getPacketBufferSize();
        int records = Math.max(1, (Math.min(src.remaining(), SEND_BATCH) + 16383) / 16384);
        ByteBuffer out = ByteBuffer.allocate(records * packetSize);
        do {
            SSLEngineResult result = engine.wrap(src, out);
            switch (result.getStatus()) {
                case OK:
                    // Records were produced (or, rarely, nothing yet: the engine then asks for a task).
                    break;
                case BUFFER_OVERFLOW:
                    // The next record does not fit in what is left of out: queue what we have, start a new buffer.
                    if (out.position() > 0) {
                        enqueue(out);
                    }
                    out = ByteBuffer.allocate(Math.max(packetSize, out.position() == 0 ? out.capacity() * 2 : 0));
                    continue;
                case BUFFER_UNDERFLOW:
                    // wrap consumes what it is given and never needs more input.
                    throw new IllegalStateException("SSLEngine.wrap reported BUFFER_UNDERFLOW");
                case CLOSED:
                    // Outbound is shut (close_notify or an alert was the last record): nothing more can go out.
                    enqueue(out);
                    if (src.hasRemaining()) {
                        throw new SessionClosedForSending();
                    }
                    return;
                default:
                    throw new IllegalStateException("Unknown engine result status: " + result.getStatus());
            }
            if (result.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
                advance(HandshakeStatus.NEED_TASK);
            }
            if (result.bytesProduced() == 0 && result.bytesConsumed() == 0 && src.hasRemaining()
                    && engine.getHandshakeStatus() == HandshakeStatus.NEED_UNWRAP) {
                // Application data cannot go out until the peer speaks: only a renegotiation does that.
                throw new SSLProtocolException("renegotiation is not supported");
            }
        } while (src.hasRemaining());
        enqueue(out);
    }

    /**
     * During the initial handshake: wraps every record the engine wants to send now (the engine
     * produces a flight one message per wrap) into one reused scratch buffer, and queues them as one
     * exact-size buffer, so a flight costs one small array and goes out in one transport send.
     * Falls back to {@link #wrapRecords} for anything unusual (a record that does not fit, outbound
     * closing) after queueing what it has, so the order of records is kept.
     */
    private void wrapHandshakeFlight() throws SSLException {
        int packetSize = engine.getSession().getPacketBufferSize();
        ByteBuffer out = handshakeOut;
        if (out == null || out.capacity() < packetSize) {
            out = ByteBuffer.allocate(packetSize);
            handshakeOut = out;
        }
        out.clear();
        try {
            while (true) {
                SSLEngineResult result = engine.wrap(EMPTY, out);
                SSLEngineResult.Status status = result.getStatus();
                if (status == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                    if (out.position() == 0) {
                        throw new IllegalStateException("SSLEngine.wrap overflowed a packet-sized buffer");
                    }
                    enqueueCopy(out); // the next record does not fit behind the others: send those first
                    continue;
                }
                if (status == SSLEngineResult.Status.CLOSED) {
                    return; // outbound is shut: an alert or close_notify was the last record
                }
                if (status != SSLEngineResult.Status.OK) {
                    throw new IllegalStateException("Unexpected engine result status: " + status);
                }
                HandshakeStatus next = result.getHandshakeStatus();
                if (next == HandshakeStatus.NEED_TASK) {
                    advance(HandshakeStatus.NEED_TASK);
                    next = engine.getHandshakeStatus();
                }
                if (next != HandshakeStatus.NEED_WRAP || result.bytesProduced() == 0) {
                    return;
                }
            }
        } finally {
            enqueueCopy(out);
        }
    }

    /** Queues an exact-size copy of what {@code scratch} holds (write mode) and clears it. */
    private void enqueueCopy(ByteBuffer scratch) {
        if (scratch.position() > 0) {
            scratch.flip();
            outgoing.addLast(ByteBuffer.allocate(scratch.remaining()).put(scratch).flip());
            recordsQueued++;
        }
        scratch.clear();
    }

    /** Thrown by wrap when outbound is closed (for example after the peer's TLS 1.2 close_notify). */
    private static final class SessionClosedForSending extends SSLException {
        private static final long serialVersionUID = 1L;

        SessionClosedForSending() {
            super("the TLS session is closed for sending");
        }
    }

    /** After closeOutbound: wraps the close_notify record (one wrap; a few more never hurt). */
    private void wrapCloseNotify() throws SSLException {
        for (int i = 0; i < 4 && !engine.isOutboundDone(); i++) {
            wrap(EMPTY);
        }
    }

    private void compactNetIn() {
        if (netIn.position() > 0) {
            netIn = ByteBuffer.allocate(netIn.remaining()).put(netIn).flip();
        }
    }

    private void dropEmptyAppIn() {
        if (appIn != null && appIn.position() == 0) {
            if (!handshakeComplete) {
                spareAppIn = appIn.clear(); // handshake messages yield no plaintext: the next unwrap reuses it
            }
            appIn = null;
        }
    }

    private void enqueue(ByteBuffer out) {
        if (out.position() > 0) {
            out.flip();
            outgoing.addLast(out);
            recordsQueued++;
        }
    }

    // ---------------------------------------------------------------- the loop

    /**
     * Repeats: engine step under the engine lock; one transport call; loop or return. See the
     * class comment. {@code waitToSend}: whether this thread must see its records on the wire
     * before returning (true for all but the reader).
     */
    private void drive(EngineStep step, boolean waitToSend) throws InterruptedException {
        while (true) {
            Step next;
            StreamException failure = null;
            boolean produced;
            engineLock.lock();
            try {
                checkOpen();
                long queuedBefore = recordsQueued;
                next = step.run();
                produced = recordsQueued != queuedBefore;
            } catch (SSLException e) {
                failure = failLocked(e);
                next = null;
                produced = false;
            } finally {
                engineLock.unlock();
            }
            if (failure != null) {
                sendPendingAlert();
                throw failure;
            }
            // A reader sends only what its own step produced (see the class comment).
            boolean sent = (waitToSend || produced) && hasOutgoing() && flush(waitToSend);
            if (next == Step.FINISHED) {
                return;
            }
            if (!sent) {
                receiveFromTransport();
            }
        }
    }

    private boolean hasOutgoing() {
        engineLock.lock();
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
    private boolean flush(boolean wait) throws InterruptedException {
        if (wait) {
            sendLock.lock(); // not interruptible: our records are already queued and must not be orphaned
        } else if (!sendLock.tryLock()) {
            return false;
        }
        boolean sent = false;
        do {
            try {
                for (ByteBuffer batch; (batch = takeOutgoing()) != null; ) {
                    sendToTransport(batch);
                    sent = true;
                }
            } finally {
                sendLock.unlock();
            }
            // A reader may have queued records and failed its tryLock after our last look: look again.
        } while (hasOutgoing() && sendLock.tryLock());
        return sent;
    }

    /** Everything queued, as one buffer (one transport send per flight). */
    private ByteBuffer takeOutgoing() {
        engineLock.lock();
        try {
            if (outgoing.size() <= 1) {
                return outgoing.pollFirst();
            }
            int total = 0;
            for (ByteBuffer buffer : outgoing) {
                total += buffer.remaining();
            }
            ByteBuffer batch = ByteBuffer.allocate(total);
            for (ByteBuffer buffer; (buffer = outgoing.pollFirst()) != null; ) {
                batch.put(buffer);
            }
            return batch.flip();
        } finally {
            engineLock.unlock();
        }
    }

    private void sendToTransport(ByteBuffer batch) throws InterruptedException {
        try {
            transport.send(batch);
        } catch (InterruptedException e) {
            // Some unknown part of a record may be out: the peer's view of the sequence is unknowable.
            markBroken(new BrokenResourceException(
                    "interrupted while sending TLS records; this stream is doomed", e));
            throw e;
        } catch (RuntimeException e) {
            throw transportFailed(e);
        }
    }

    private void receiveFromTransport() throws InterruptedException {
        byte[] data;
        try {
            ByteBuffer scratch = handshakeIn;
            if (scratch != null) {
                // A handshake flight is a few KiB: receive into the reused buffer, keep an exact copy.
                scratch.clear();
                data = Arrays.copyOf(scratch.array(), transport.receive(scratch));
            } else {
                data = transport.receive(RECEIVE_SIZE);
            }
        } catch (EndOfStreamException e) {
            engineLock.lock();
            try {
                transportEof = true;
            } finally {
                engineLock.unlock();
            }
            return;
        } catch (RuntimeException e) {
            // (InterruptedException passes through: nothing was consumed, the session is intact.)
            throw transportFailed(e);
        }
        engineLock.lock();
        try {
            if (netIn == null) {
                netIn = ByteBuffer.wrap(data);
            } else {
                ByteBuffer joined = ByteBuffer.allocate(netIn.remaining() + data.length);
                joined.put(netIn).put(data).flip();
                netIn = joined;
            }
        } finally {
            engineLock.unlock();
        }
    }

    // ---------------------------------------------------------------- application data

    /** Receives 1 to {@code maxBytes} bytes of plaintext. */
    byte[] receive(int maxBytes) throws InterruptedException {
        drive(() -> receiveStep(maxBytes), false);
        engineLock.lock();
        try {
            checkOpen();
            if (appIn != null) {
                return takePlaintext(maxBytes);
            }
            if (engine.isInboundDone()) {
                throw new EndOfStreamException(); // the peer's close_notify: a clean end
            }
            // transportEof without close_notify: a ragged EOF
            if (standardCompatible) {
                throw markBrokenLocked(new BrokenResourceException("the peer closed the transport without "
                        + "sending TLS close_notify (ragged EOF; the data may have been truncated)",
                        new SSLException("Connection closed by peer without close_notify")));
            }
            throw new EndOfStreamException();
        } finally {
            engineLock.unlock();
        }
    }

    private Step receiveStep(int wanted) throws SSLException {
        while (true) {
            int available = appIn == null ? 0 : appIn.position();
            if (available >= wanted || engine.isInboundDone()) {
                return Step.FINISHED;
            }
            HandshakeStatus status = engine.getHandshakeStatus();
            if (status != HandshakeStatus.NOT_HANDSHAKING && status != HandshakeStatus.FINISHED) {
                refuseRenegotiation();
            }
            boolean progressed = status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED
                    ? unwrapOnce()
                    : advance(status);
            if (!progressed) {
                // Starving: return what we have rather than wait for more.
                return available > 0 || transportEof ? Step.FINISHED : Step.NEED_INPUT;
            }
        }
    }

    /**
     * Refuses a TLS 1.2 renegotiation: a handshake after the first one. It has a history of attacks
     * (CVE-2009-3555, RFC 5746) and breaks the one-writer/one-reader model, since a writer would have
     * to wait for the peer. TLS 1.3 has no renegotiation; its post-handshake messages are allowed.
     */
    private void refuseRenegotiation() throws SSLException {
        if (handshakeComplete && !"TLSv1.3".equals(engine.getSession().getProtocol())) {
            throw new SSLProtocolException("the peer started a TLS 1.2 renegotiation, which is refused");
        }
    }

    private byte[] takePlaintext(int maxBytes) {
        appIn.flip();
        byte[] data = new byte[Math.min(maxBytes, appIn.remaining())];
        appIn.get(data);
        if (appIn.hasRemaining()) {
            appIn.compact();
        } else {
            appIn = null; // idle connections hold no buffers
        }
        return data;
    }

    /** Sends all of {@code data}; returns when the transport took the last record. */
    void send(ByteBuffer data) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException(); // before anything is wrapped, an interrupt is clean
        }
        // The writer holds the send lock from before its first wrap until its last record is out, so
        // a writer's records never sit in the queue unowned: a reader's tryLock then fails whenever
        // they are there, and a reader never blocks sending a writer's data (which, with both peers'
        // transports full, would deadlock: nobody would be reading).
        sendLock.lock();
        try {
            while (data.hasRemaining()) {
                int end = data.position() + Math.min(data.remaining(), SEND_BATCH);
                ByteBuffer batch = data.duplicate().limit(end);
                drive(() -> sendStep(batch), true);
                data.position(end);
            }
        } finally {
            sendLock.unlock();
        }
        if (hasOutgoing()) {
            flush(false); // a reader queued records after our last drain and trusted us to send them
        }
    }

    private Step sendStep(ByteBuffer src) throws SSLException {
        if (engine.isOutboundDone()) {
            throw new SessionClosedForSending();
        }
        HandshakeStatus status = engine.getHandshakeStatus();
        if (status == HandshakeStatus.NEED_TASK || status == HandshakeStatus.NEED_WRAP) {
            advance(status); // e.g. a KeyUpdate reply the reader left for us; it goes out before our data
        }
        wrap(src);
        return Step.FINISHED;
    }

    // ---------------------------------------------------------------- closing

    /**
     * Sends close_notify, waits for the peer's, and returns the bytes received after it. The
     * stream is CLOSED afterwards; the transport is left open.
     */
    byte[] unwrap() throws InterruptedException {
        StreamException failure = null;
        engineLock.lock();
        try {
            checkOpen();
            engine.closeOutbound();
            wrapCloseNotify();
        } catch (SSLException e) {
            failure = failLocked(e);
        } finally {
            engineLock.unlock();
        }
        if (failure != null) {
            sendPendingAlert();
            throw failure;
        }
        // If the peer already sent its close_notify and hung up, sending ours fails, yet the exchange
        // is complete: read on and let the peer's close_notify (or its absence) decide.
        RuntimeException sendFailure = sendQueuedCourtesy(Long.MAX_VALUE);
        try {
            drive(this::unwrapStep, true);
        } catch (RuntimeException e) {
            if (sendFailure != null) {
                e.addSuppressed(sendFailure);
            }
            throw e;
        }
        engineLock.lock();
        try {
            checkOpen();
            if (!engine.isInboundDone() && standardCompatible) {
                throw markBrokenLocked(new BrokenResourceException("the peer closed the transport without "
                        + "sending TLS close_notify (ragged EOF)", new SSLException("Connection closed by peer "
                        + "without close_notify")));
            }
            byte[] remaining = new byte[netIn == null ? 0 : netIn.remaining()];
            if (netIn != null) {
                netIn.get(remaining);
            }
            netIn = null;
            appIn = null;
            state = State.CLOSED;
            return remaining;
        } finally {
            engineLock.unlock();
        }
    }

    private Step unwrapStep() throws SSLException {
        while (!engine.isInboundDone()) {
            // Plaintext that arrives before the peer's close_notify is discarded, as OpenSSL's
            // SSL_shutdown does: the caller asked to leave TLS, not to read more of it.
            appIn = null;
            if (!unwrapOnce()) {
                return transportEof ? Step.FINISHED : Step.NEED_INPUT;
            }
        }
        appIn = null;
        return Step.FINISHED;
    }

    /**
     * Closes: sends close_notify when standard-compatible and the session is healthy (without
     * waiting for the reply, and without waiting long for a busy writer), then closes the transport.
     * Never throws.
     */
    void close() {
        boolean notify;
        engineLock.lock();
        try {
            if (state == State.CLOSED) {
                return;
            }
            notify = standardCompatible && state == State.OPEN && handshakeComplete && !engine.isOutboundDone();
            state = State.CLOSED;
            engine.closeOutbound();
            if (notify) {
                try {
                    wrapCloseNotify();
                } catch (SSLException | RuntimeException e) {
                    notify = false;
                }
            }
        } finally {
            engineLock.unlock();
        }
        try {
            // A writer blocked on a full transport holds the send lock; then close_notify cannot go out
            // (it would interleave with a half-sent record) and closing the transport is all we can do.
            if (notify) {
                sendQueuedCourtesy(TimeUnit.MILLISECONDS.toNanos(200));
            }
        } finally {
            transport.close();
            engineLock.lock();
            try {
                netIn = null;
                appIn = null;
                outgoing.clear();
            } finally {
                engineLock.unlock();
            }
        }
    }

    // ---------------------------------------------------------------- states and failures

    /** Capacity of the buffers held right now (zero when idle); for tests. */
    int bufferedBytes() {
        engineLock.lock();
        try {
            int total = (netIn == null ? 0 : netIn.capacity()) + (appIn == null ? 0 : appIn.capacity());
            for (ByteBuffer buffer : outgoing) {
                total += buffer.capacity();
            }
            return total;
        } finally {
            engineLock.unlock();
        }
    }

    State state() {
        engineLock.lock();
        try {
            return state;
        } finally {
            engineLock.unlock();
        }
    }

    /** Under the engine lock: throws unless OPEN. */
    private void checkOpen() {
        switch (state) {
            case OPEN:
                return;
            case CLOSED:
                throw new ClosedResourceException();
            case BROKEN:
                throw new BrokenResourceException(brokenMessage, brokenCause);
            default:
                throw new IllegalStateException("Unknown state: " + state);
        }
    }

    /**
     * Under the engine lock: an SSLException makes the stream BROKEN. The engine's alert, if any, is
     * queued and sent best-effort by the thread that sees the returned exception.
     */
    private StreamException failLocked(SSLException e) {
        if (e instanceof SessionClosedForSending) {
            // Not a failure of the session: the peer closed its side (TLS 1.2 closes both directions).
            return new BrokenResourceException("the TLS session is closed for sending (the peer sent close_notify)", e);
        }
        if (e instanceof HandshakeEof) {
            markBrokenLocked(new BrokenResourceException(e.getMessage(), e));
            return standardCompatible ? new BrokenResourceException(e.getMessage(), e) : new EndOfStreamException();
        }
        BrokenResourceException broken = new BrokenResourceException(TlsErrors.describe(e, !handshakeComplete), e);
        if (state == State.OPEN) {
            markBrokenLocked(broken);
            // The engine turns its failure into an alert record (bad_certificate, handshake_failure...);
            // tell the peer why, as a courtesy.
            try {
                engine.closeOutbound();
                wrap(EMPTY);
            } catch (SSLException | RuntimeException ignored) {
                outgoing.clear(); // the alert could not be produced; the peer will see the transport close
            }
            sendAlertLater = true;
        }
        return broken;
    }

    private StreamException transportFailed(RuntimeException e) {
        engineLock.lock();
        try {
            if (state == State.CLOSED) {
                return e instanceof ClosedResourceException ? (ClosedResourceException) e : new ClosedResourceException();
            }
            Duration timeout = timedOutAfter;
            if (timeout != null && !handshakeComplete) {
                return markBrokenLocked(timeoutException(timeout));
            }
            if (e instanceof StreamException && !(e instanceof BrokenResourceException
                    || e instanceof ClosedResourceException || e instanceof EndOfStreamException)) {
                return (StreamException) e; // e.g. BusyResourceException: a caller's bug, not the session's
            }
            String what = e instanceof ClosedResourceException ? "the transport was closed" : "the transport failed";
            return markBrokenLocked(new BrokenResourceException(what + " in the middle of the TLS session"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e));
        } finally {
            engineLock.unlock();
        }
    }

    private static BrokenResourceException timeoutException(Duration timeout) {
        String message = "TLS handshake timed out after " + format(timeout);
        return new BrokenResourceException(message, new TimeoutException(message));
    }

    private static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    private BrokenResourceException markBroken(BrokenResourceException e) {
        engineLock.lock();
        try {
            return markBrokenLocked(e);
        } finally {
            engineLock.unlock();
        }
    }

    private BrokenResourceException markBrokenLocked(BrokenResourceException e) {
        if (state == State.OPEN) {
            state = State.BROKEN;
            brokenMessage = e.getMessage();
            brokenCause = e.getCause();
            netIn = null;
            appIn = null;
        }
        return e;
    }

    /**
     * Sends the queued records (close_notify) without letting a failure break the stream: the peer
     * may be gone, and then the record was a courtesy. Waits at most {@code waitNanos} for the send
     * lock. Returns the failure, if any. Keeps the interrupt flag.
     */
    private RuntimeException sendQueuedCourtesy(long waitNanos) {
        try {
            if (!sendLock.tryLock(waitNanos, TimeUnit.NANOSECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // not interruptible here; keep the request
            return null;
        }
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
            sendLock.unlock();
        }
    }

    /** Best-effort: sends an alert queued by a failure. Never throws. */
    void sendPendingAlert() {
        boolean pending;
        engineLock.lock();
        try {
            pending = sendAlertLater && !outgoing.isEmpty();
            sendAlertLater = false;
        } finally {
            engineLock.unlock();
        }
        if (pending) {
            sendQueuedCourtesy(0);
        }
        engineLock.lock();
        try {
            outgoing.clear();
        } finally {
            engineLock.unlock();
        }
    }
}
