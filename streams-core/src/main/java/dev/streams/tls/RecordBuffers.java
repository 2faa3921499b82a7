package dev.streams.tls;

import dev.streams.internal.BufferPool;
import java.nio.ByteBuffer;

/**
 * A small JVM-wide pool of record-sized heap buffers, lent to a TLS stream for the length of one
 * operation (one {@code send}, one {@code receive}, one handshake) and given back before it returns
 * (a stream reading in bulk keeps its net-in buffer longer: see {@link InboundBytes}). That is how
 * a busy stream works in one net-in and one net-out buffer without allocating a fresh 16-64 KiB
 * array per call, while an idle stream holds none: its memory stays the engine and a few objects
 * (docs/security.md, "heap per idle TLS connection").
 *
 * <p>A {@link BufferPool} of {@value #SLOTS} heap buffers of {@value #CAPACITY} bytes (four TLS 1.3
 * records of 16 709 bytes, with room to spare), so it retains at most about 2 MiB. A buffer must be
 * given back at most once and never used after (see {@code BufferPool}).
 */
final class RecordBuffers {

    /** Capacity of every pooled buffer: four full TLS records plus slack. */
    static final int CAPACITY = 68 * 1024;

    private static final int SLOTS = 32;
    private static final BufferPool POOL = new BufferPool(SLOTS, CAPACITY, false);

    private RecordBuffers() {
    }

    /** A cleared buffer of {@link #CAPACITY} bytes, from the pool when one is there. */
    static ByteBuffer take() {
        return POOL.take();
    }

    /** A cleared buffer of at least {@code capacity} bytes (pooled when it fits a pooled one). */
    static ByteBuffer take(int capacity) {
        return capacity <= CAPACITY ? take() : ByteBuffer.allocate(capacity);
    }

    /** Gives {@code buffer} back (buffers not made by {@link #take} are ignored). */
    static void giveBack(ByteBuffer buffer) {
        POOL.giveBack(buffer);
    }
}
