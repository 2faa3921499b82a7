package dev.streams.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The buffer of a memory object stream: a bounded multi-producer multi-consumer ring with a sequence
 * number per slot (Vyukov's bounded queue, as in JCTools' {@code MpmcArrayQueue}), plus one flag per
 * cursor that sends the threads of that side to the stream's lock.
 *
 * <h2>Cursors</h2>
 * {@code tail} (senders) and {@code head} (receivers) are words {@code position << 1 | SLOW}. The
 * positions only grow; {@code tail - head} is the number of items in the ring, reserved ones included.
 * A thread takes a position by CASing the whole word, so a CAS fails whenever the flag changed since
 * the word was read. Slot {@code p & mask} has sequence {@code p} while free for position {@code p},
 * {@code p + 1} once position {@code p}'s item is in it, and {@code p + size} once it was taken.
 *
 * <h2>The SLOW flags</h2>
 * While the flag of a cursor is set, no thread advances that cursor without the stream's lock: the fast
 * paths ({@link #offer}, {@link #poll}) refuse, and the lock holder decides. The lock holder sets the
 * flags ({@link #freezeTail}, {@link #freezeHead}) before any decision that needs the ring to stand
 * still (a thread about to wait, a closing handle), and a flag is cleared only right after the lock
 * holder advanced its cursor to a new, flagged word ({@link #putLocked}, {@link #takeLocked},
 * {@link #unflag}). So a word never takes the same value twice: a thread that
 * read a word before a freeze can never CAS it afterwards (no ABA), and each flag stays set while its
 * reason lasts (the stream computes "keep" from its waiters, its overflow and its open handles).
 *
 * <p>Thread-safe: the fast paths are lock-free apart from the few instructions between a CAS on a
 * cursor and the matching slot publication, which the other side waits out by spinning; the
 * {@code *Locked} methods are called only with the stream's lock held.
 */
final class Ring extends RingHead {

    static final long SLOW = 1L;

    /** What {@link #offer} and {@link #poll} report when they did nothing. */
    static final int DONE = 0;
    static final int FULL_OR_EMPTY = 1;
    static final int FLAGGED = 2;

    private static final VarHandle SEQ = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle ITEM = MethodHandles.arrayElementVarHandle(Object[].class);

    /** How many items the ring holds (the stream's bound, or its first part when larger). */
    final int capacity;
    private final int mask;
    private final int size;
    /** Whether {@code capacity == size}, so that a slot's sequence alone tells "full". */
    private final boolean exact;
    private final Object[] items;
    private final long[] sequences;
    /**
     * How far past the tail lies the slot a sender that found the ring full waits for
     * ({@link #tailRunFree}): the receivers have passed the slots before it once it is free. An eighth
     * of the ring, at most 64 (eight cache lines of sequences); 0 in rings under 64 items.
     */
    private final int runLength;

    Ring(int capacity) {
        this.capacity = capacity;
        // A power of two, and at least 2: with one slot "taken at p" and "published for p" would
        // have the same sequence.
        this.size = capacity <= 2 ? 2 : Integer.highestOneBit(capacity - 1) << 1;
        this.mask = size - 1;
        this.exact = capacity == size;
        this.items = new Object[size];
        this.sequences = new long[size];
        this.runLength = capacity >= 64 ? Math.min(capacity / 8, 64) : 0;
        for (int i = 0; i < size; i++) {
            sequences[i] = i;
        }
    }

    // ## Fast paths (no lock) ##

    /**
     * Appends {@code item} if the tail is not flagged and the ring has room.
     *
     * @return {@link #DONE}, {@link #FULL_OR_EMPTY} (full) or {@link #FLAGGED}
     */
    int offer(Handle h, Object item) {
        while (true) {
            long word = tail;                    // volatile read
            if ((word & SLOW) != 0) {
                return FLAGGED;
            }
            if (h.closed) {                      // after reading the word: a close freezes it first
                return FLAGGED;
            }
            long t = word >>> 1;
            // A ring of exactly the bound's size needs no look at the head (the receivers' cache
            // line): the slot's sequence says whether it is free.
            if (!exact && t - (head >>> 1) >= capacity) { // a stale head only overestimates the count
                return FULL_OR_EMPTY;
            }
            int slot = (int) t & mask;
            long sequence = (long) SEQ.getAcquire(sequences, slot);
            if (sequence != t) {
                if (sequence < t) {
                    return FULL_OR_EMPTY;        // full, or its receiver is just releasing it
                }
                continue;                        // the tail moved on: read it again
            }
            if (TAIL.compareAndSet(this, word, word + 2)) {
                ITEM.set(items, slot, item);
                SEQ.setRelease(sequences, slot, t + 1); // publishes the item
                return DONE;
            }
        }
    }

    /** What {@link #poll} returns when the ring is empty. */
    static final Object EMPTY = new Object();
    /** What {@link #poll} returns when the head is flagged or the handle closed: take the lock. */
    static final Object TAKE_LOCK = new Object();

    /**
     * Takes the oldest item if the head is not flagged and the ring is not empty.
     *
     * @return the item, {@link #EMPTY} or {@link #TAKE_LOCK}
     */
    Object poll(Handle h) {
        while (true) {
            long word = head;
            if ((word & SLOW) != 0 || h.closed) { // closed read after the word: a close freezes first
                return TAKE_LOCK;
            }
            long p = word >>> 1;
            int slot = (int) p & mask;
            long sequence = (long) SEQ.getAcquire(sequences, slot);
            if (sequence != p + 1) {
                if ((tail >>> 1) == p) {
                    return EMPTY;                // the head was p until the tail was read
                }
                Thread.onSpinWait();             // reserved but not yet published, or a stale head
                continue;
            }
            if (HEAD.compareAndSet(this, word, word + 2)) {
                Object item = ITEM.get(items, slot);
                ITEM.set(items, slot, null);     // let it be collected once the receiver is done
                SEQ.setRelease(sequences, slot, p + size);
                return item;
            }
        }
    }

    /**
     * Whether the slot at the tail is free for it, from the slot's sequence alone: the hint a
     * spinning sender polls instead of the receivers' cursor, whose cache line it would otherwise
     * pull away from them at every spin. A hint only: {@link #offer} decides.
     */
    boolean tailSlotFree() {
        long t = tail >>> 1;
        return (long) SEQ.getAcquire(sequences, (int) t & mask) == t;
    }

    /**
     * Whether the receivers have freed a run of slots past the tail, from the sequence of the run's
     * last slot: the hint a sender that found the ring full polls while it busy-waits. A sender that
     * refills each slot as soon as it is freed writes the very cache lines the receivers are reading
     * and writing, so every item moves those lines between the cores twice; a sender that waits for a
     * run fills it while the receivers work a run further on. A hint only: {@link #offer} decides.
     */
    boolean tailRunFree() {
        long t = (tail >>> 1) + runLength;
        return (long) SEQ.getAcquire(sequences, (int) t & mask) == t;
    }

    /**
     * Whether the item at the head is published, from the slot's sequence alone: the hint a
     * spinning receiver polls instead of the senders' cursor. A hint only: {@link #poll} decides.
     */
    boolean headSlotReady() {
        long p = head >>> 1;
        return (long) SEQ.getAcquire(sequences, (int) p & mask) == p + 1;
    }

    boolean tailFlagged() {
        return (tail & SLOW) != 0;
    }

    boolean headFlagged() {
        return (head & SLOW) != 0;
    }

    // ## Under the stream's lock ##

    /** The words this lock holder wrote when it advanced a cursor, or -1: see {@link #unflag}. */
    private long tailWritten = -1;
    private long headWritten = -1;

    /** Sets the tail flag: senders now take the lock. */
    void freezeTail() {
        TAIL.getAndBitwiseOr(this, SLOW);
    }

    /** Sets the head flag: receivers now take the lock. */
    void freezeHead() {
        HEAD.getAndBitwiseOr(this, SLOW);
    }

    /** Items in the ring (reserved ones included) at one instant: the head did not move meanwhile. */
    int count() {
        while (true) {
            long h = head >>> 1;
            long t = tail >>> 1;
            if (head >>> 1 == h) {
                return (int) (t - h);
            }
        }
    }

    /** The tail position: items ever appended to the ring. */
    long appended() {
        return tail >>> 1;
    }

    /** The head position: items ever taken from the ring. */
    long taken() {
        return head >>> 1;
    }

    /**
     * Appends {@code item} if there is room, whatever the flag; the tail is left flagged until
     * {@link #unflag}.
     */
    boolean putLocked(Object item) {
        while (true) {
            long word = tail;
            long t = word >>> 1;
            if (t - (head >>> 1) >= capacity) {
                return false;
            }
            int slot = (int) t & mask;
            if ((long) SEQ.getAcquire(sequences, slot) != t) {
                Thread.onSpinWait(); // the receiver of the previous lap is releasing it
                continue;
            }
            long written = (t + 1) << 1 | SLOW;
            if (TAIL.compareAndSet(this, word, written)) {
                tailWritten = written;
                ITEM.set(items, slot, item);
                SEQ.setRelease(sequences, slot, t + 1);
                return true;
            }
        }
    }

    /**
     * Takes the oldest item, or returns null if the ring is empty, whatever the flag; the head is
     * left flagged until {@link #unflag}.
     */
    Object takeLocked() {
        while (true) {
            long word = head;
            long p = word >>> 1;
            int slot = (int) p & mask;
            if ((long) SEQ.getAcquire(sequences, slot) != p + 1) {
                if ((tail >>> 1) == p) {
                    return null;
                }
                Thread.onSpinWait(); // its sender is between its CAS and the publication
                continue;
            }
            long written = (p + 1) << 1 | SLOW;
            if (HEAD.compareAndSet(this, word, written)) {
                headWritten = written;
                Object item = ITEM.get(items, slot);
                ITEM.set(items, slot, null);
                SEQ.setRelease(sequences, slot, p + size);
                return item;
            }
        }
    }

    /**
     * At the end of a locked section: clears the flag of each cursor this section advanced, unless
     * told to keep it. The cleared word never existed before (its position was first written
     * flagged, by this section), so no thread can hold a stale copy of it.
     */
    void unflag(boolean keepTail, boolean keepHead) {
        if (tailWritten != -1) {
            if (!keepTail) {
                TAIL.compareAndSet(this, tailWritten, tailWritten & ~SLOW);
            }
            tailWritten = -1;
        }
        if (headWritten != -1) {
            if (!keepHead) {
                HEAD.compareAndSet(this, headWritten, headWritten & ~SLOW);
            }
            headWritten = -1;
        }
    }
}

/** Padding and the tail cursor, on a cache line of its own (field layout follows class layout). */
abstract class RingPad0 {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p0a, p0b, p0c, p0d, p0e, p0f;
}

abstract class RingTail extends RingPad0 {
    static final VarHandle TAIL;

    static {
        try {
            TAIL = MethodHandles.lookup().findVarHandle(RingTail.class, "tail", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Senders' cursor: {@code position << 1 | SLOW}. */
    volatile long tail;
}

abstract class RingPad1 extends RingTail {
    long p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p1a, p1b, p1c, p1d, p1e, p1f;
}

abstract class RingHead extends RingPad1 {
    static final VarHandle HEAD;

    static {
        try {
            HEAD = MethodHandles.lookup().findVarHandle(RingHead.class, "head", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Receivers' cursor: {@code position << 1 | SLOW}. */
    volatile long head;

    long p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p2a, p2b, p2c, p2d, p2e, p2f;
}
