package dev.streams.tls;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small JVM-wide pool of record-sized heap buffers, lent to a TLS stream only for the length of
 * one operation (one {@code send}, one {@code receive}, one handshake) and given back before it
 * returns. That is how a busy stream works in one net-in and one net-out buffer without
 * allocating a fresh 16-64 KiB array per call, while an idle stream holds none: its memory stays
 * the engine and a few objects (docs/security.md, "heap per idle TLS connection").
 *
 * <p>{@value #SLOTS} slots, each empty or holding one buffer of {@value #CAPACITY} bytes (four
 * TLS 1.3 records of 16 709 bytes, with room to spare), so the pool retains at most about 2 MiB.
 * A borrower that finds the pool empty allocates; a returned buffer that finds no free slot is
 * left to the garbage collector. Lock-free: one compare-and-set per take or give-back, and a
 * thread starts scanning at a slot derived from its id so that concurrent borrowers rarely meet.
 *
 * <p>A buffer must be given back at most once and never used after: every caller keeps it in one
 * field or local and clears that reference when it gives the buffer back.
 */
final class RecordBuffers {

    /** Capacity of every pooled buffer: four full TLS records plus slack. */
    static final int CAPACITY = 68 * 1024;

    private static final int SLOTS = 32;
    private static final AtomicReferenceArray<ByteBuffer> POOL = new AtomicReferenceArray<>(SLOTS);

    private RecordBuffers() {
    }

    /** A cleared buffer of {@link #CAPACITY} bytes, from the pool when one is there. */
    static ByteBuffer take() {
        int start = probe();
        for (int i = 0; i < SLOTS; i++) {
            int slot = (start + i) & (SLOTS - 1);
            ByteBuffer buffer = POOL.get(slot);
            if (buffer != null && POOL.compareAndSet(slot, buffer, null)) {
                return buffer.clear();
            }
        }
        return ByteBuffer.allocate(CAPACITY);
    }

    /** A cleared buffer of at least {@code capacity} bytes (pooled when it fits a pooled one). */
    static ByteBuffer take(int capacity) {
        return capacity <= CAPACITY ? take() : ByteBuffer.allocate(capacity);
    }

    /** Gives {@code buffer} back (buffers not made by {@link #take} are ignored). */
    static void giveBack(ByteBuffer buffer) {
        if (buffer.capacity() != CAPACITY || buffer.isDirect() || buffer.isReadOnly()) {
            return;
        }
        int start = probe();
        for (int i = 0; i < SLOTS; i++) {
            int slot = (start + i) & (SLOTS - 1);
            if (POOL.get(slot) == null && POOL.compareAndSet(slot, null, buffer)) {
                return;
            }
        }
    }

    @SuppressWarnings("deprecation") // Thread.getId: threadId() is JDK 19+, and we compile for 17
    private static int probe() {
        long id = Thread.currentThread().getId();
        return (int) (id * 0x9E3779B97F4A7C15L >>> 59); // 5 bits: 0..31
    }
}
