package dev.streams.tls;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.EndOfStreamException;
import dev.streams.StreamException;
import dev.streams.tls.EngineSteps.HandshakeEof;
import dev.streams.tls.EngineSteps.SessionClosedForSending;
import dev.streams.tls.EngineSteps.Step;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;

/**
 * Drives one {@link SSLEngine} over one {@link ByteStream} transport: the drive loop and the
 * stream's operations. The rest lives in layers a newcomer can read one at a time:
 * <ul>
 *   <li>{@link EngineSteps}: every engine call, with no I/O (and what the engine's statuses mean);</li>
 *   <li>{@link InboundBytes}: the net-in buffer, filled here, consumed by the steps;</li>
 *   <li>{@link OutgoingRecords}: records waiting for the wire, their order, their bound, and the
 *       send lock;</li>
 *   <li>{@link RecordSender}: who puts records on the wire, under the send lock, and the bounded
 *       courtesy sends (close_notify, alerts);</li>
 *   <li>{@link SessionState}: OPEN, BROKEN, CLOSED, and how failures map to exceptions;</li>
 *   <li>{@link HandshakeTimer}: the deadlines (handshake timeout, courtesy sends).</li>
 * </ul>
 *
 * <h2>The drive loop</h2>
 * Every reader-side operation (handshake, receive, unwrap) is one loop, {@link #drive}, that
 * repeats three steps (trio's {@code _retry}):
 * <ol>
 *   <li>Run an engine step under {@link #engineLock}, with no I/O inside. The engine is never
 *       called outside this lock, so no thread ever sees it half-updated, and no thread holds the
 *       lock while blocked on the transport.</li>
 *   <li>Make exactly one blocking transport call that moves things forward: if the step queued
 *       records, send them; otherwise, if the engine is starving, receive.</li>
 *   <li>Loop, or return if the step said it was finished.</li>
 * </ol>
 * A writer needs no input (after the handshake a wrap needs input only for a renegotiation, which
 * is refused), so {@link #send} is a simpler loop: wrap into its own buffer, send it, repeat.
 *
 * <p><b>The send lock</b> ({@link RecordSender}): a writer holds it from before its first wrap until
 * its records are on the wire; a reader whose step produced records only <em>tries</em> it, so full
 * duplex cannot deadlock.
 *
 * <p><b>Who receives.</b> Only the thread in the reader role: the one doing the handshake, the one
 * receiver ({@link TlsStream}'s "already reading from" guard), or {@code unwrap()} (which holds both
 * guards). So there is no receive lock, and the net-in buffer has a single owner.
 *
 * <p><b>Interrupts.</b> An interrupt while <em>receiving</em> from the transport is harmless: the
 * transport consumes nothing when it throws {@code InterruptedException}, and the engine has not
 * been touched. An interrupt while <em>sending</em> records is not: part of a record may be out,
 * so the stream becomes BROKEN.
 *
 * <p><b>Closing.</b> Like trio (and unlike AnyIO), {@code close()} sends close_notify but does not
 * wait for the peer's: the peer may never answer, and a close must not hang on it. The courtesy
 * send of close_notify or an alert is bounded twice: at most {@value #CLOSE_LOCK_WAIT_MILLIS} ms
 * waiting for a busy writer's lock, at most {@value RecordSender#COURTESY_SEND_MILLIS} ms in
 * {@code transport.send} (a peer that stopped reading has a full window), after which the
 * transport is closed. {@code unwrap()} is the one operation that waits for the peer's
 * close_notify, because it needs to know where the TLS bytes end and the plaintext begins (RFC 8446
 * section 6.1; RFC 5246 section 7.2.1).
 *
 * <p><b>Memory.</b> Buffers are lent from a pool ({@link RecordBuffers}) for one operation: an idle
 * connection holds none, only the bytes still pending (but a reader in bulk: see {@link InboundBytes}).
 *
 * <p>Thread-safe for one reader, one writer and any number of closers at a time.
 */
final class TlsEngineDriver {

    /** How long {@code close()} waits for a busy writer before closing without close_notify. */
    static final long CLOSE_LOCK_WAIT_MILLIS = 200;

    @FunctionalInterface
    private interface EngineStep {
        /** Runs under the engine lock, with no I/O. */
        Step run() throws SSLException;
    }

    @FunctionalInterface
    private interface EngineAction {
        /** Runs under the engine lock, with no I/O. */
        void run() throws SSLException;
    }

    private final ByteStream transport;
    private final ReentrantLock engineLock = new ReentrantLock();
    private final EngineSteps steps; // guarded by engineLock (but its net-in buffer: see InboundBytes)
    private final OutgoingRecords outgoing;
    private final RecordSender sender;
    private final SessionState state;
    private final EngineStep receiveStep; // made once: a receive allocates no lambda
    /** An alert queued by a failure, to be sent best-effort outside the engine lock. */
    private boolean sendAlertLater;

    TlsEngineDriver(SSLEngine engine, ByteStream transport, boolean standardCompatible) {
        this.transport = transport;
        this.steps = new EngineSteps(engine);
        this.outgoing = steps.outgoing();
        this.state = new SessionState(standardCompatible);
        this.sender = new RecordSender(transport, engineLock, outgoing, new RecordSender.Failures() {
            @Override
            public BrokenResourceException markBroken(BrokenResourceException e) {
                return TlsEngineDriver.this.markBroken(e);
            }

            @Override
            public StreamException transportFailed(RuntimeException e) {
                return TlsEngineDriver.this.transportFailed(e);
            }
        });
        this.receiveStep = steps::receiveStep;
    }

    SSLEngine engine() {
        return steps.engine();
    }

    // ---------------------------------------------------------------- handshake

    /** Runs the initial handshake; the transport is closed if it takes longer than {@code timeout}. */
    void handshake(Duration timeout) throws InterruptedException {
        HandshakeTimer.Deadline deadline = HandshakeTimer.closeAt(transport, timeout, () -> state.timedOut(timeout));
        boolean settled;
        try {
            underEngineLock(steps::beginHandshake);
            drive(steps::handshakeStep, true);
        } finally {
            park();
            settled = deadline.settle();
        }
        if (!settled) {
            // The deadline passed just as we finished, and the transport is (being) closed.
            throw markBroken(SessionState.timeout(timeout));
        }
    }

    // ---------------------------------------------------------------- application data

    /** Receives 1 to {@code maxBytes} bytes of plaintext. */
    byte[] receive(int maxBytes) throws InterruptedException {
        // Wait for input before borrowing a buffer: a reader parked on an idle connection holds none.
        drive(steps::inputStep, false);
        ByteBuffer buffer = RecordBuffers.take();
        try {
            buffer.limit(Math.min(maxBytes, buffer.capacity()));
            int n = receive(buffer);
            return Arrays.copyOf(buffer.array(), n);
        } finally {
            RecordBuffers.giveBack(buffer);
        }
    }

    /** Receives 1 to {@code dst.remaining()} bytes of plaintext into {@code dst}. */
    int receive(ByteBuffer dst) throws InterruptedException {
        int start = dst.position();
        steps.receiveInto(dst); // (the reader role's own, like the net-in buffer)
        try {
            drive(receiveStep, false);
        } finally {
            park();
        }
        engineLock.lock();
        try {
            state.checkOpen();
            if (dst.position() > start) {
                return dst.position() - start;
            }
            if (steps.engine().isInboundDone()) {
                throw new EndOfStreamException(); // the peer's close_notify: a clean end
            }
            // The transport ended without close_notify: a ragged EOF.
            if (state.standardCompatible()) {
                steps.dropReceived();
                throw state.raggedEof();
            }
            throw new EndOfStreamException();
        } finally {
            engineLock.unlock();
        }
    }

    /** Sends all of {@code data}; returns when the transport took the last record. */
    void send(ByteBuffer data) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException(); // before anything is wrapped, an interrupt is clean
        }
        // The writer holds the send lock from before its first wrap until its last record is out, so
        // a reader's tryLock fails while it writes, and a reader never blocks sending a writer's
        // data (which, with both peers' transports full, would deadlock: nobody would be reading).
        sender.sendLock().lock();
        ByteBuffer out = RecordBuffers.take(); // the writer's net-out buffer, for this call only
        try {
            do {
                underEngineLock(() -> {
                    state.checkOpen();
                    steps.sendStep(data, out.clear());
                });
                out.flip();
                if (out.hasRemaining()) {
                    sender.send(out);
                }
            } while (data.hasRemaining());
            sender.sendQueued(); // a reader's records queued while we sent
        } finally {
            RecordBuffers.giveBack(out);
            sender.sendLock().unlock();
        }
        if (sender.hasOutgoing()) {
            sender.flush(false); // a reader queued records after our last look and trusted us to send them
        }
    }

    // ---------------------------------------------------------------- closing

    /**
     * Sends close_notify, waits for the peer's, and returns the bytes received after it. The
     * stream is CLOSED afterwards; the transport is left open.
     */
    byte[] unwrap() throws InterruptedException {
        underEngineLock(() -> {
            state.checkOpen();
            steps.closeOutbound();
        });
        // If the peer already sent its close_notify and hung up, sending ours fails, yet the exchange
        // is complete: read on and let the peer's close_notify (or its absence) decide. (The caller
        // keeps the transport, so this send is not bounded by closing it.)
        RuntimeException sendFailure = sender.sendCourtesy(Long.MAX_VALUE, false);
        try {
            drive(steps::unwrapStep, true);
        } catch (RuntimeException e) {
            if (sendFailure != null) {
                e.addSuppressed(sendFailure);
            }
            throw e;
        } finally {
            park();
        }
        engineLock.lock();
        try {
            state.checkOpen();
            if (!steps.engine().isInboundDone() && state.standardCompatible()) {
                throw state.raggedEof();
            }
            byte[] remaining = steps.inbound().takeAll(); // (we are the reader role here)
            steps.dropReceived();
            state.close();
            return remaining;
        } finally {
            engineLock.unlock();
        }
    }

    /**
     * Closes: sends close_notify when standard-compatible and the session is healthy (without
     * waiting for the reply, and bounded: see the class comment), then closes the transport.
     * Never throws, never blocks for long.
     */
    void close() {
        boolean notify;
        engineLock.lock();
        try {
            notify = state.standardCompatible() && state.isOpen() && steps.handshakeComplete()
                    && !steps.engine().isOutboundDone();
            if (state.close()) {
                return;
            }
            try {
                if (notify) {
                    steps.closeOutbound();
                } else {
                    steps.engine().closeOutbound();
                }
            } catch (SSLException | RuntimeException e) {
                notify = false;
            }
        } finally {
            engineLock.unlock();
        }
        try {
            // A writer blocked on a full transport holds the send lock; then close_notify cannot go out
            // (it would interleave with a half-sent record) and closing the transport is all we can do.
            if (notify) {
                sender.sendCourtesy(TimeUnit.MILLISECONDS.toNanos(CLOSE_LOCK_WAIT_MILLIS), true);
            }
        } finally {
            transport.close();
            engineLock.lock();
            try {
                outgoing.clear();
            } finally {
                engineLock.unlock();
            }
        }
    }

    // ---------------------------------------------------------------- the loop

    /**
     * Repeats: engine step under the engine lock; one transport call; loop or return. See the
     * class comment. {@code waitToSend}: whether this thread must see queued records on the wire
     * before returning (true for all but the reader).
     */
    private void drive(EngineStep step, boolean waitToSend) throws InterruptedException {
        while (true) {
            Step next;
            StreamException failure = null;
            boolean produced;
            engineLock.lock();
            try {
                state.checkOpen();
                long queuedBefore = outgoing.count();
                next = step.run();
                produced = outgoing.count() != queuedBefore;
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
            boolean sent = (waitToSend || produced) && sender.hasOutgoing() && sender.flush(waitToSend);
            if (next == Step.FINISHED) {
                return;
            }
            if (!sent) {
                receiveFromTransport();
            }
        }
    }

    /**
     * Runs {@code action} under the engine lock; an {@code SSLException} breaks the stream, and its
     * alert is sent (bounded, outside the lock) before the failure is thrown.
     */
    private void underEngineLock(EngineAction action) {
        StreamException failure = null;
        engineLock.lock();
        try {
            action.run();
        } catch (SSLException e) {
            failure = failLocked(e);
        } finally {
            engineLock.unlock();
        }
        if (failure != null) {
            sendPendingAlert();
            throw failure;
        }
    }

    /** Receives into the net-in buffer (see {@link InboundBytes} for its shapes). */
    private void receiveFromTransport() throws InterruptedException {
        InboundBytes inbound = steps.inbound(); // the reader role's own: no lock needed to fill it
        try {
            if (!inbound.fillsInPlace()) {
                byte[] data = transport.receive(inbound.receiveSize());
                engineLock.lock();
                try {
                    inbound.received(data);
                } finally {
                    engineLock.unlock();
                }
            } else {
                ByteBuffer room;
                engineLock.lock(); // (only for bufferedBytes(): the buffer may be taken or replaced here)
                try {
                    room = inbound.room();
                } finally {
                    engineLock.unlock();
                }
                int n = 0;
                try {
                    n = transport.receive(room);
                } finally {
                    engineLock.lock();
                    try {
                        inbound.finishFill(n);
                    } finally {
                        engineLock.unlock();
                    }
                }
            }
        } catch (EndOfStreamException e) {
            engineLock.lock();
            try {
                steps.transportEnded();
            } finally {
                engineLock.unlock();
            }
        } catch (RuntimeException e) {
            // (InterruptedException passes through: nothing was consumed, the session is intact.)
            throw transportFailed(e);
        }
    }

    private void park() {
        engineLock.lock();
        try {
            steps.park(state.isOpen());
        } finally {
            engineLock.unlock();
        }
    }

    // ---------------------------------------------------------------- states and failures

    /** Capacity of the buffers held right now (zero when idle); for tests. */
    int bufferedBytes() {
        return withEngineLock(steps::bufferedBytes);
    }

    private <T> T withEngineLock(Supplier<T> read) {
        engineLock.lock();
        try {
            return read.get();
        } finally {
            engineLock.unlock();
        }
    }

    SessionState.State state() {
        return withEngineLock(state::get);
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
            state.markBroken(new BrokenResourceException(e.getMessage(), e));
            steps.dropReceived();
            return state.standardCompatible() ? new BrokenResourceException(e.getMessage(), e) : new EndOfStreamException();
        }
        String message = e instanceof PeerMisbehaviour ? e.getMessage() : TlsErrors.describe(e, !steps.handshakeComplete());
        BrokenResourceException broken = new BrokenResourceException(message, e);
        if (state.isOpen()) {
            state.markBroken(broken);
            steps.dropReceived();
            sendAlertLater = steps.queueAlert(); // tell the peer why, as a courtesy
        }
        return broken;
    }

    private StreamException transportFailed(RuntimeException e) {
        engineLock.lock();
        try {
            StreamException failure = state.transportFailed(e);
            if (!state.isOpen()) {
                steps.dropReceived();
            }
            return failure;
        } finally {
            engineLock.unlock();
        }
    }

    private BrokenResourceException markBroken(BrokenResourceException e) {
        engineLock.lock();
        try {
            steps.dropReceived();
            return state.markBroken(e);
        } finally {
            engineLock.unlock();
        }
    }

    /**
     * Best-effort and bounded: sends an alert queued by a failure. A peer that abused the protocol
     * ({@link PeerMisbehaviour}) is broken off: its transport is closed. Never throws.
     */
    private void sendPendingAlert() {
        boolean pending;
        boolean breakOff;
        engineLock.lock();
        try {
            pending = sendAlertLater && !outgoing.isEmpty();
            sendAlertLater = false;
            breakOff = state.brokenCause() instanceof PeerMisbehaviour;
        } finally {
            engineLock.unlock();
        }
        if (pending) {
            sender.sendCourtesy(0, true);
        }
        engineLock.lock();
        try {
            outgoing.clear();
        } finally {
            engineLock.unlock();
        }
        if (breakOff) {
            transport.close();
        }
    }
}
