package dev.streams.memory;

import java.util.concurrent.locks.LockSupport;

/**
 * How long a thread of a memory object stream spins before it parks, and how it spins. A partner
 * on another core usually arrives within a few microseconds, and parking costs more than that; but
 * a spinning thread can also hold the very core its partner needs. The rules, each measured (see
 * docs/memory-streams.md, "What was tried"):
 *
 * <ul>
 *   <li>A sender (receiver) that found the ring full (empty) busy-waits {@link #RING_BUSY_SPINS}
 *       times, then yields {@link #RING_PLATFORM_YIELDS} times on a platform thread ({@link #YIELDS}
 *       on a virtual one) before it takes the lock. While it busy-waits, a sender waits for a run
 *       of free slots, not one ({@code Ring.tailRunFree}). The long yield is what keeps four
 *       threads on two cores out of the locked path (MPMC 2 × 2): a thread that yields gives its
 *       core to a partner that can fill or drain the ring, where one that parks sends every thread
 *       of the stream through the lock until it is woken. Its price: a platform thread waiting on an
 *       idle stream makes a few hundred {@code sched_yield} calls (a fraction of a millisecond of
 *       CPU) before it parks.</li>
 *   <li>A rendezvous sender that found no receiver waiting looks again {@link #RENDEZVOUS_SPINS}
 *       times before it takes the lock: the receiver is usually taking the lock to link itself,
 *       and a sender that links itself instead makes one of the two park.</li>
 *   <li>A platform thread at the head of a waiter queue spins {@link #SPINS} times, yielding in
 *       the last {@link #YIELDS}.</li>
 *   <li>A virtual thread at the head of a waiter queue spins {@link #SPINS} times and never
 *       yields, as JDK 25's {@code LinkedTransferQueue} does: a virtual thread's
 *       {@code Thread.yield()} unmounts it and costs more than the hand-off it waits for (a quiet
 *       A/B: 1.7 µs per rendezvous round trip with a yield every 8 steps, 0.28 µs without). A
 *       spin that ran out means the partner was not running (a busy machine, or a virtual partner
 *       queued on the spinner's own carrier, which {@code LinkedTransferQueue} asks the carrier
 *       about through a package-private method): the next {@link #BACK_OFF} virtual waiters park
 *       at once, then one tries again.</li>
 *   <li>Nobody spins on a single core, where spinning can only delay the partner; threads behind
 *       the head of a queue park at once.</li>
 * </ul>
 *
 * <p>For example, a virtual echo thread that waits for the next ping spins and keeps its carrier,
 * where parking would cost an unmount, a carrier wake-up and a remount per hand-off.
 *
 * <p>One instance per stream. {@link #waiterSpins} and {@link #spun} run with or without the
 * stream's lock (a rendezvous receiver links itself without it), so the back-off count is racy by
 * design: a lost update only moves the next try.
 */
final class SpinPolicy {

    /** Spins of a waiter at the head of its queue before it parks. */
    static final int SPINS = Runtime.getRuntime().availableProcessors() > 1 ? 128 : 0;
    /** The last spins of a platform waiter (and of a virtual thread's ring spin) that yield the core. */
    static final int YIELDS = Runtime.getRuntime().availableProcessors() > 1 ? 16 : 0;
    /** Busy-waiting steps of a sender (receiver) that found the ring full (empty). */
    static final int RING_BUSY_SPINS = SPINS - YIELDS;
    /**
     * The yields that follow them on a platform thread, before it takes the lock (a virtual thread
     * yields {@link #YIELDS} times, since its yield unmounts it).
     */
    static final int RING_PLATFORM_YIELDS = YIELDS > 0 ? 272 : 0;
    /**
     * Looks of a rendezvous sender for a waiting receiver before it takes the lock (and links itself
     * as a waiting sender if none came).
     */
    static final int RENDEZVOUS_SPINS = SPINS / 4;
    /** Virtual waiters that park at once after a virtual spin ran out. */
    static final int BACK_OFF = 32;

    /** Negative: that many more virtual waiters park at once before one spins again. */
    private int credit;

    /**
     * The spins of a thread that just linked its waiter node, before it parks; a negative count
     * means a virtual spin: its outcome goes to {@link #spun}.
     *
     * @param head whether the node is the head of its queue (first WAITING node when it was linked)
     * @param virtual whether the waiting thread is virtual
     */
    int waiterSpins(boolean head, boolean virtual) {
        if (!head) {
            return 0;
        }
        if (!virtual) {
            return SPINS;
        }
        if (SPINS == 0) {
            return 0;
        }
        if (credit < 0) {
            credit++;
            return 0;
        }
        return -SPINS;
    }

    /** Records how a virtual spin ended: settled while spinning, or ran out and had to park. */
    void spun(boolean caught) {
        credit = caught ? 0 : -BACK_OFF;
    }

    /**
     * One step of a spin that counts down: busy-waits, except that the last {@link #YIELDS} steps of
     * a positive (platform) count yield the core; a negative (virtual) count never yields.
     */
    static void pause(int remaining) {
        if (yields(remaining)) {
            Thread.yield();
        } else {
            Thread.onSpinWait();
        }
    }

    /** Whether the {@link #pause} step at {@code remaining} yields instead of busy-waiting. */
    static boolean yields(int remaining) {
        return remaining > 0 && remaining <= YIELDS;
    }

    /** The count after one {@link #pause} step: towards zero from either side. */
    static int next(int remaining) {
        return remaining > 0 ? remaining - 1 : remaining + 1;
    }

    /** The steps of a ring spin (see {@link #ringPause}) of a virtual or a platform thread. */
    static int ringSpins(boolean virtual) {
        return RING_BUSY_SPINS + (virtual ? YIELDS : RING_PLATFORM_YIELDS);
    }

    /** One step of a ring spin that counts down from {@link #ringSpins}: busy-waits, then yields. */
    static void ringPause(int remaining, boolean virtual) {
        if (ringYields(remaining, virtual)) {
            Thread.yield();
        } else {
            Thread.onSpinWait();
        }
    }

    /** Whether the {@link #ringPause} step at {@code remaining} yields instead of busy-waiting. */
    static boolean ringYields(int remaining, boolean virtual) {
        return remaining > 0 && remaining <= (virtual ? YIELDS : RING_PLATFORM_YIELDS);
    }

    /** Parks for at most {@code nanos} (untimed if not {@code timed}), attributed to {@code blocker}. */
    static void park(Object blocker, boolean timed, long nanos) {
        if (timed) {
            LockSupport.parkNanos(blocker, nanos);
        } else {
            LockSupport.park(blocker);
        }
    }
}
