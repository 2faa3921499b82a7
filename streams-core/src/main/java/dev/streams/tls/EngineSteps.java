package dev.streams.tls;

import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult.Status;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLProtocolException;
import org.jspecify.annotations.Nullable;

/**
 * The engine steps: every call into the {@link SSLEngine}, and no I/O at all. Each step takes the
 * bytes already received ({@link #inbound()}), produces plaintext into the caller's buffer and
 * records into {@link #outgoing()} or the writer's buffer, and says whether it is finished or
 * needs more bytes from the transport ({@link Step}). {@link TlsEngineDriver} runs the steps under
 * its engine lock and does the I/O between them; tests run them with two engines and no transport
 * at all ({@code EngineStepsTests}).
 *
 * <p><b>The engine.</b> An {@code SSLEngine} is a state machine with two doors: {@code wrap} turns
 * plaintext (or nothing, during a handshake) into records for the wire, {@code unwrap} turns
 * records from the wire into plaintext. After each call it says what it wants next through its
 * {@link HandshakeStatus}: {@code NEED_WRAP} (it has records to send), {@code NEED_UNWRAP} (it waits
 * for the peer's records), {@code NEED_TASK} (CPU work such as checking a certificate chain), or
 * {@code NOT_HANDSHAKING}/{@code FINISHED}. And through the result's {@link SSLEngineResult.Status}:
 * {@code BUFFER_UNDERFLOW} (less than one whole record is there), {@code BUFFER_OVERFLOW} (the output
 * buffer is too small for the next record), {@code CLOSED} (that direction is shut). After the
 * handshake, TLS 1.3 still sends messages (NewSessionTicket, KeyUpdate) that an unwrap consumes and
 * that may make the engine ask for a wrap while another thread is writing.
 *
 * <p><b>Buffers.</b> Plaintext is unwrapped straight into the caller's buffer when the record fits
 * (no copy); otherwise into a pooled scratch buffer, and what the caller had no room for is kept in
 * an exact-size array. Records produced for no writer are wrapped into a pooled scratch buffer and
 * queued as exact-size copies. A writer's records go into the writer's own buffer. Nothing pooled
 * is kept between operations ({@link #park(boolean)}).
 *
 * <p><b>Limits on the peer.</b> At most {@value #MAX_RECORDS_WITHOUT_DATA} records without
 * application data in a row after the handshake (BoringSSL allows 32 KeyUpdates between two
 * application data records, OpenSSL 32 empty records): beyond that the peer is flooding us with
 * KeyUpdates or tickets and the step throws {@link PeerMisbehaviour}. The queue of replies is
 * bounded too ({@link OutgoingRecords}).
 *
 * <p>Not thread-safe: the driver calls every method under its engine lock, and the
 * {@link #inbound()} bytes only from the thread in the reader role.
 */
final class EngineSteps {

    /** What a step needs before it can go on. */
    enum Step {
        /** The operation is complete (after the queued records are sent). */
        FINISHED,
        /** The engine is starving: it needs bytes from the transport. */
        NEED_INPUT
    }

    /** The most records without application data accepted in a row after the handshake. */
    static final int MAX_RECORDS_WITHOUT_DATA = 32;

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final SSLEngine engine;
    private final OutgoingRecords outgoing = new OutgoingRecords();
    private final InboundBytes inbound = new InboundBytes();
    /** Plaintext unwrapped and not yet returned (read mode, exact size); null when none. */
    private @Nullable ByteBuffer plaintext;
    /** A pooled buffer lent to the reader role for its current operation; given back by {@link #park(boolean)}. */
    private @Nullable ByteBuffer scratch;
    /**
     * One-element arrays for the engine's array forms: {@code SSLEngine.wrap(src, dst)} and
     * {@code unwrap(src, dst)} allocate one per call (JFR, TLS ping-pong, issue 15). Used under the
     * engine lock only, and emptied after each call so they keep no caller's buffer alive.
     */
    private final ByteBuffer[] oneSource = new ByteBuffer[1];
    private final ByteBuffer[] oneDestination = new ByteBuffer[1];
    /** The reader role's receive in progress ({@link #receiveInto}); cleared by {@link #park(boolean)}. */
    private @Nullable ByteBuffer receiving;
    private int receivingStart;
    private boolean handshakeComplete;
    private boolean transportEof;
    private int recordsWithoutData;

    EngineSteps(SSLEngine engine) {
        this.engine = engine;
    }

    SSLEngine engine() {
        return engine;
    }

    OutgoingRecords outgoing() {
        return outgoing;
    }

    InboundBytes inbound() {
        return inbound;
    }

    boolean handshakeComplete() {
        return handshakeComplete;
    }

    /** The transport ended: steps that starve finish (or fail, during the handshake). */
    void transportEnded() {
        transportEof = true;
    }

    // ---------------------------------------------------------------- handshake

    void beginHandshake() throws SSLException {
        engine.beginHandshake();
    }

    /** Drives the initial handshake as far as the bytes received allow. */
    Step handshakeStep() throws SSLException {
        while (true) {
            HandshakeStatus status = engine.getHandshakeStatus();
            if (status == HandshakeStatus.FINISHED || status == HandshakeStatus.NOT_HANDSHAKING) {
                handshakeComplete = true;
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
    static final class HandshakeEof extends SSLHandshakeException {
        private static final long serialVersionUID = 1L;

        HandshakeEof() {
            super("the peer closed the connection during the TLS handshake");
        }
    }

    /**
     * Does what the engine asks for. Returns false when it cannot go on without transport bytes.
     */
    private boolean advance(HandshakeStatus status) throws SSLException {
        switch (status) {
            case NEED_TASK:
                // CPU work (certificate path validation, key agreement). Run it inline: we are on a
                // thread that may block anyway, and under the engine lock nobody observes the engine
                // between the task and its result.
                runTasks();
                return true;
            case NEED_WRAP:
                // Records to send: handshake messages, a KeyUpdate reply, an alert. Queue them now,
                // ahead of anything wrapped later, so they reach the wire in order.
                wrapControl(handshakeComplete);
                return true;
            case NEED_UNWRAP:
            case NEED_UNWRAP_AGAIN: // (DTLS only: unwrap again from already received data)
                return unwrapIntoScratch(false, null);
            case FINISHED:
            case NOT_HANDSHAKING:
                return true;
            default:
                throw new IllegalStateException("Unknown handshake status: " + status);
        }
    }

    private void runTasks() {
        for (Runnable task; (task = engine.getDelegatedTask()) != null; ) {
            task.run();
        }
    }

    // ---------------------------------------------------------------- receiving

    /** Whether plaintext from an earlier step is waiting. */
    boolean hasPlaintext() {
        return plaintext != null;
    }

    /**
     * Finishes once there is something to work on (plaintext, received bytes, the peer's
     * close_notify, the end of the transport): lets a caller wait before it borrows a buffer.
     */
    Step inputStep() {
        return plaintext != null || inbound.bytes() != null || engine.isInboundDone() || transportEof
                ? Step.FINISHED : Step.NEED_INPUT;
    }

    /**
     * Names the buffer the reader role's {@link #receiveStep()} fills, so the driver can make that
     * step once instead of a lambda per receive (JFR, TLS ping-pong, issue 15).
     */
    void receiveInto(ByteBuffer dst) {
        receiving = dst;
        receivingStart = dst.position();
    }

    /** {@link #receiveStep(ByteBuffer, int)} into the buffer named by {@link #receiveInto}. */
    Step receiveStep() throws SSLException {
        ByteBuffer dst = receiving;
        if (dst == null) {
            throw new IllegalStateException("no receive in progress");
        }
        return receiveStep(dst, receivingStart);
    }

    /**
     * Unwraps into {@code dst} (write mode) until it holds at least one byte more than at
     * {@code start} and no whole record is left, or the peer's close_notify arrived. Plaintext
     * already waiting is returned first.
     */
    Step receiveStep(ByteBuffer dst, int start) throws SSLException {
        if (takePlaintext(dst)) {
            return Step.FINISHED;
        }
        while (dst.hasRemaining() && !engine.isInboundDone()) {
            HandshakeStatus status = engine.getHandshakeStatus();
            if (status != HandshakeStatus.NOT_HANDSHAKING && status != HandshakeStatus.FINISHED) {
                refuseRenegotiation();
                if (status == HandshakeStatus.NEED_TASK || status == HandshakeStatus.NEED_WRAP) {
                    advance(status); // e.g. the reply to a KeyUpdate(update_requested)
                    continue;
                }
            }
            ByteBuffer in = inbound.bytes();
            if (in == null) {
                return starving(dst, start);
            }
            // A record body longer than dst's room would (nearly always) overflow: skip the engine call
            // that says so and go through the scratch buffer at once (one unwrap per record, not two).
            @Nullable SSLEngineResult result = recordLength(in) > dst.remaining() ? null : unwrap(in, dst);
            if (result != null) {
                inbound.consumed();
            }
            switch (result == null ? Status.BUFFER_OVERFLOW : result.getStatus()) {
                case OK:
                    countRecord(result.bytesProduced());
                    break;
                case BUFFER_UNDERFLOW:
                    return starving(dst, start);
                case BUFFER_OVERFLOW:
                    // The next record's plaintext may not fit in dst: return what we have, or go
                    // through the scratch buffer and keep what does not fit for the next call.
                    // (The engine checks room before completeness: a partial record overflows a small dst.
                    // It also counts the content-type byte and padding of a TLS 1.3 record as room, so
                    // a 64-byte record overflows a 64-byte dst: ping-pong comes here on every record.)
                    if (dst.position() > start) {
                        return Step.FINISHED;
                    }
                    if (!unwrapIntoScratch(true, dst)) {
                        return starving(dst, start);
                    }
                    if (dst.position() > start || takePlaintext(dst)) {
                        return Step.FINISHED;
                    }
                    break;
                case CLOSED:
                    // The peer's close_notify (engine.isInboundDone() is now true), or the engine shut
                    // down after an alert. Bytes after the close_notify stay pending for unwrap().
                    return Step.FINISHED;
                default:
                    throw new IllegalStateException("Unknown engine result status: " + result.getStatus());
            }
        }
        return Step.FINISHED;
    }

    /** The body length in the header of the next record in {@code in}; 0 while the header is incomplete. */
    private static int recordLength(ByteBuffer in) {
        int at = in.position();
        return in.remaining() < 5 ? 0 : (in.get(at + 3) & 0xff) << 8 | (in.get(at + 4) & 0xff);
    }

    private Step starving(ByteBuffer dst, int start) {
        // Return what we have rather than wait for more.
        return dst.position() > start || transportEof ? Step.FINISHED : Step.NEED_INPUT;
    }

    /** After the handshake: enforces {@link #MAX_RECORDS_WITHOUT_DATA}. */
    private void countRecord(int plaintextBytes) throws PeerMisbehaviour {
        if (plaintextBytes > 0) {
            recordsWithoutData = 0;
        } else if (handshakeComplete && ++recordsWithoutData > MAX_RECORDS_WITHOUT_DATA) {
            throw new PeerMisbehaviour("the peer sent more than " + MAX_RECORDS_WITHOUT_DATA
                    + " TLS records without application data in a row (a KeyUpdate flood)");
        }
    }

    /**
     * One {@code engine.unwrap} into the pooled scratch buffer; plaintext it yields goes into
     * {@code dst} as far as it fits and is kept for the next receive otherwise. Returns false when
     * the engine needs more transport bytes.
     *
     * @param counted whether the record counts towards {@link #MAX_RECORDS_WITHOUT_DATA}
     * @param dst the receiver's buffer (write mode, no plaintext waiting), or null to keep it all
     */
    private boolean unwrapIntoScratch(boolean counted, @Nullable ByteBuffer dst) throws SSLException {
        ByteBuffer in = inbound.bytes();
        if (in == null) {
            return false;
        }
        ByteBuffer out = scratch();
        SSLEngineResult result = unwrap(in, out);
        inbound.consumed();
        if (out.position() > 0) {
            deliverPlaintext(out, dst); // (during a handshake the engine may already deliver data records)
        }
        switch (result.getStatus()) {
            case OK:
                if (counted) {
                    countRecord(result.bytesProduced());
                }
                return true;
            case CLOSED:
                return true;
            case BUFFER_UNDERFLOW:
                return false;
            case BUFFER_OVERFLOW:
                throw new IllegalStateException("SSLEngine.unwrap overflowed a " + out.capacity() + "-byte buffer");
            default:
                throw new IllegalStateException("Unknown engine result status: " + result.getStatus());
        }
    }

    /**
     * Moves what {@code out} (write mode) holds into {@code dst} as far as it fits when no older
     * plaintext waits, appends the rest to the waiting plaintext, and clears {@code out}. Without
     * {@code dst} a 64-byte ping-pong kept every record in a new exact-size buffer and copied it
     * out again at once: a third of what our code allocated per round trip (JFR, issue 15).
     */
    private void deliverPlaintext(ByteBuffer out, @Nullable ByteBuffer dst) {
        out.flip();
        if (dst != null && plaintext == null) {
            int limit = out.limit();
            out.limit(out.position() + Math.min(out.remaining(), dst.remaining()));
            dst.put(out);
            out.limit(limit);
            if (!out.hasRemaining()) {
                out.clear();
                return;
            }
        }
        ByteBuffer waiting = plaintext;
        ByteBuffer kept = ByteBuffer.allocate((waiting == null ? 0 : waiting.remaining()) + out.remaining());
        if (waiting != null) {
            kept.put(waiting);
        }
        plaintext = kept.put(out).flip();
        out.clear();
    }

    /** {@code engine.unwrap(in, dst)} without the array that form allocates per call. */
    private SSLEngineResult unwrap(ByteBuffer in, ByteBuffer dst) throws SSLException {
        oneDestination[0] = dst;
        try {
            return engine.unwrap(in, oneDestination, 0, 1);
        } finally {
            oneDestination[0] = null;
        }
    }

    /** Copies waiting plaintext into {@code dst}; returns whether there was any. */
    private boolean takePlaintext(ByteBuffer dst) {
        ByteBuffer waiting = plaintext;
        if (waiting == null) {
            return false;
        }
        int n = Math.min(dst.remaining(), waiting.remaining());
        dst.put(waiting.array(), waiting.arrayOffset() + waiting.position(), n);
        waiting.position(waiting.position() + n); // no compaction: receive(1) in a loop stays linear
        if (!waiting.hasRemaining()) {
            plaintext = null; // idle connections hold no buffers
        }
        return true;
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

    // ---------------------------------------------------------------- sending

    /**
     * A writer's step: moves the queued records into {@code out} (write mode), then wraps as much
     * of {@code src} as fits behind them. The driver sends {@code out} and calls again while
     * {@code src} has bytes left.
     */
    void sendStep(ByteBuffer src, ByteBuffer out) throws SSLException {
        if (engine.isOutboundDone()) {
            throw new SessionClosedForSending();
        }
        HandshakeStatus status = engine.getHandshakeStatus();
        if (status == HandshakeStatus.NEED_TASK || status == HandshakeStatus.NEED_WRAP) {
            advance(status); // e.g. a KeyUpdate reply the reader left for us; it goes out before our data
        }
        if (!outgoing.moveInto(out)) {
            return; // the queue alone fills out: send it first
        }
        int packetSize = engine.getSession().getPacketBufferSize();
        if (out.position() == 0 && out.remaining() < packetSize) {
            throw new IllegalStateException("a " + out.capacity() + "-byte buffer cannot hold a " + packetSize
                    + "-byte TLS packet");
        }
        while (src.hasRemaining() && out.remaining() >= packetSize) {
            oneSource[0] = src;
            SSLEngineResult result;
            try {
                result = engine.wrap(oneSource, 0, 1, out);
            } finally {
                oneSource[0] = null;
            }
            switch (result.getStatus()) {
                case OK:
                    break;
                case BUFFER_OVERFLOW:
                    return; // (the engine wanted more room than a packet: send what we have)
                case CLOSED:
                    throw new SessionClosedForSending();
                case BUFFER_UNDERFLOW:
                    throw new IllegalStateException("SSLEngine.wrap reported BUFFER_UNDERFLOW");
                default:
                    throw new IllegalStateException("Unknown engine result status: " + result.getStatus());
            }
            if (result.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
                runTasks();
            }
            if (result.bytesProduced() == 0 && result.bytesConsumed() == 0
                    && engine.getHandshakeStatus() == HandshakeStatus.NEED_UNWRAP) {
                // Application data cannot go out until the peer speaks: only a renegotiation does that.
                throw new SSLProtocolException("renegotiation is not supported");
            }
        }
    }

    /**
     * Wraps every record the engine wants to send now (a flight comes one message per wrap) into
     * the scratch buffer and queues them as one exact-size copy, so a KeyUpdate reply costs about
     * 30 bytes and a flight one small array and one transport send.
     *
     * @param bounded whether the queue bound applies (a reply the peer asked for)
     */
    private void wrapControl(boolean bounded) throws SSLException {
        int packetSize = engine.getSession().getPacketBufferSize();
        // Its own pooled buffer, given back at once: any thread may get here (a writer, a closer).
        ByteBuffer out = RecordBuffers.take(packetSize);
        try {
            wrapControlInto(out, packetSize, bounded);
        } finally {
            RecordBuffers.giveBack(out);
        }
    }

    private void wrapControlInto(ByteBuffer out, int packetSize, boolean bounded) throws SSLException {
        while (true) {
            if (out.remaining() < packetSize) {
                outgoing.add(out, bounded); // the next record might not fit: queue these first
            }
            SSLEngineResult result = engine.wrap(EMPTY, out);
            SSLEngineResult.Status status = result.getStatus();
            if (status == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                if (out.position() == 0) {
                    throw new IllegalStateException("SSLEngine.wrap overflowed a " + out.capacity() + "-byte buffer");
                }
                outgoing.add(out, bounded);
                continue;
            }
            if (status != SSLEngineResult.Status.OK && status != SSLEngineResult.Status.CLOSED) {
                throw new IllegalStateException("Unexpected engine result status: " + status);
            }
            HandshakeStatus next = result.getHandshakeStatus();
            if (next == HandshakeStatus.NEED_TASK) {
                runTasks();
                next = engine.getHandshakeStatus();
            }
            // CLOSED: outbound is shut, an alert or close_notify was the last record.
            if (status == SSLEngineResult.Status.CLOSED || next != HandshakeStatus.NEED_WRAP
                    || result.bytesProduced() == 0) {
                outgoing.add(out, bounded);
                return;
            }
        }
    }

    /** Thrown by a wrap when outbound is closed (for example after the peer's TLS 1.2 close_notify). */
    static final class SessionClosedForSending extends SSLException {
        private static final long serialVersionUID = 1L;

        SessionClosedForSending() {
            super("the TLS session is closed for sending");
        }
    }

    // ---------------------------------------------------------------- closing

    /** Shuts our direction and queues close_notify (one wrap; a few more never hurt). */
    void closeOutbound() throws SSLException {
        engine.closeOutbound();
        for (int i = 0; i < 4 && !engine.isOutboundDone(); i++) {
            wrapControl(false);
        }
    }

    /**
     * After a failure: the engine turns it into an alert record (bad_certificate,
     * handshake_failure...), queued to tell the peer why. Returns whether there is one to send.
     */
    boolean queueAlert() {
        try {
            engine.closeOutbound();
            wrapControl(false);
        } catch (SSLException | RuntimeException e) {
            outgoing.clear(); // the alert could not be produced; the peer will see the transport close
        }
        return !outgoing.isEmpty();
    }

    /**
     * For {@code unwrap()}: unwraps until the peer's close_notify, discarding plaintext that comes
     * before it, as OpenSSL's SSL_shutdown does (the caller asked to leave TLS, not to read more).
     */
    Step unwrapStep() throws SSLException {
        plaintext = null;
        while (!engine.isInboundDone()) {
            boolean progressed = unwrapIntoScratch(false, null);
            plaintext = null;
            if (!progressed) {
                return transportEof ? Step.FINISHED : Step.NEED_INPUT;
            }
        }
        return Step.FINISHED;
    }

    // ---------------------------------------------------------------- buffers

    private ByteBuffer scratch() {
        ByteBuffer out = scratch;
        if (out == null) {
            out = RecordBuffers.take(Math.max(engine.getSession().getApplicationBufferSize(),
                    engine.getSession().getPacketBufferSize()));
            scratch = out;
        }
        return out.clear();
    }

    /**
     * At the end of a reader-role operation: gives pooled buffers back; keeps only pending bytes,
     * exact-size, or none at all when {@code keepPending} is false (the stream failed or closed).
     */
    void park(boolean keepPending) {
        receiving = null;
        ByteBuffer out = scratch;
        if (out != null) {
            scratch = null;
            RecordBuffers.giveBack(out);
        }
        if (keepPending) {
            inbound.park();
        } else {
            inbound.takeAll();
            plaintext = null;
        }
    }

    /**
     * After a failure or close: drops the plaintext received. (The net-in buffer belongs to the
     * reader role, which may be filling it right now on another thread; its {@link #park(boolean)} gives
     * it back.)
     */
    void dropReceived() {
        plaintext = null;
    }

    /** Capacity of the buffers held right now (zero when idle); for tests. */
    int bufferedBytes() {
        ByteBuffer waiting = plaintext;
        ByteBuffer out = scratch;
        return inbound.capacity() + (waiting == null ? 0 : waiting.capacity()) + outgoing.bytes()
                + (out == null ? 0 : out.capacity());
    }
}
