package dev.streams.internal;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small JVM-wide pool of equal buffers, lent for the length of one operation that never waits
 * while it holds one (or whose holder is busy anyway), and given back before the operation returns.
 *
 * <pre>{@code
 * static final BufferPool SCRATCH = new BufferPool(8, 16 * 1024, true);
 * ByteBuffer buffer = SCRATCH.take();
 * try {
 *     channel.read(buffer);
 * } finally {
 *     SCRATCH.giveBack(buffer);
 * }
 * }</pre>
 *
 * <p>Each slot is empty or holds one buffer of the pool's capacity, so the pool retains at most
 * {@code slots * capacity} bytes. A borrower that finds the pool empty gets a new buffer; a
 * returned buffer that finds no free slot is left to the garbage collector. A direct pool makes at
 * most {@code slots} direct buffers in its life (allocating direct memory is slow and freed only
 * through a cleaner); past that, a borrower that finds it empty gets a heap buffer, which works
 * the same for a channel read (the JDK then copies through its own temporary direct buffer) and
 * is not taken back. Lock-free: one
 * compare-and-set per take or give-back, and a thread starts scanning at a slot derived from its
 * id so that concurrent borrowers rarely meet. A buffer must be given back at most once and never
 * used after: every caller keeps it in one field or local and clears that reference when it gives
 * the buffer back.
 */
public final class BufferPool {

    private final AtomicReferenceArray<ByteBuffer> slots;
    private final int capacity;
    private final boolean direct;
    private final AtomicInteger directMade = new AtomicInteger();

    /**
     * @param slots how many buffers the pool keeps, a power of two
     * @param capacity the capacity of every buffer
     * @param direct whether the buffers are direct (for channel reads without the JDK's own copy)
     */
    public BufferPool(int slots, int capacity, boolean direct) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two (was " + slots + ")");
        }
        this.slots = new AtomicReferenceArray<>(slots);
        this.capacity = Checks.requirePositive(capacity, "capacity");
        this.direct = direct;
    }

    /** The capacity of every buffer this pool lends. */
    public int capacity() {
        return capacity;
    }

    /** A cleared buffer of {@link #capacity()} bytes, from the pool when one is there. */
    public ByteBuffer take() {
        int n = slots.length();
        int start = probe(n);
        for (int i = 0; i < n; i++) {
            int slot = (start + i) & (n - 1);
            ByteBuffer buffer = slots.get(slot);
            if (buffer != null && slots.compareAndSet(slot, buffer, null)) {
                return buffer.clear();
            }
        }
        if (direct && directMade.get() < n && directMade.getAndIncrement() < n) {
            return ByteBuffer.allocateDirect(capacity);
        }
        return ByteBuffer.allocate(capacity);
    }

    /** Gives {@code buffer} back (buffers this pool does not keep are ignored). */
    public void giveBack(ByteBuffer buffer) {
        if (buffer.capacity() != capacity || buffer.isDirect() != direct || buffer.isReadOnly()) {
            return;
        }
        int n = slots.length();
        int start = probe(n);
        for (int i = 0; i < n; i++) {
            int slot = (start + i) & (n - 1);
            if (slots.get(slot) == null && slots.compareAndSet(slot, null, buffer)) {
                return;
            }
        }
    }

    @SuppressWarnings("deprecation") // Thread.getId: threadId() is JDK 19+, and we compile for 17
    private static int probe(int slots) {
        long id = Thread.currentThread().getId();
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> 32) & (slots - 1);
    }
}
