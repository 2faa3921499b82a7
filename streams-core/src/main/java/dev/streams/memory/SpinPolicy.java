package dev.streams.memory;

import java.util.concurrent.locks.LockSupport;

/**
 * How long a thread of a memory object stream spins before it parks, and how it spins. A partner
 * on another core usually arrives within a few microseconds, and parking costs more than that; but
 * a spinning thread can also hold the very core its partner needs. The rules, each measured (see
 * docs/memory-streams.md, "What was tried"):
 *
 * <ul>
 *   <li>A sender (receiver) that found the ring full (empty) spins {@link #RING_SPINS} times,
 *       yielding in the last {@link #YIELDS}, before it takes the lock.</li>
 *   <li>A platform thread at the head of a waiter queue spins {@link #SPINS} times, yielding in
 *       the last {@link #YIELDS}.</li>
 *   <li>A virtual thread at the head of a waiter queue spins {@link #SPINS} times without
 *       yielding, but only while the last counterparty seen on the locked path was a platform
 *       thread and the last such spin of this stream caught its partner. A platform partner runs
 *       on a carrier of its own, so spinning cannot keep it from running; a virtual partner,
 *       unparked by a virtual thread, usually sits in the queue of the very carrier that would
 *       spin and runs only once the spinner parks, so then it parks at once (JDK 25's
 *       {@code LinkedTransferQueue} asks the carrier whether it has queued work instead, through a
 *       package-private method). A spin that ran out means the partner was not running (a busy
 *       machine): the next {@link #BACK_OFF} virtual waiters park at once, then one tries again.</li>
 *   <li>Nobody spins on a single core, where spinning can only delay the partner; threads behind
 *       the head of a queue park at once.</li>
 * </ul>
 *
 * <p>For example, a virtual echo thread that waits for the next ping of a platform thread spins
 * and keeps its carrier, where parking would cost an unmount, a carrier wake-up and a remount per
 * hand-off.
 *
 * <p>One instance per stream. {@link #waiterSpins} runs under the stream's lock; {@link #spun} runs
 * without it, so the back-off count is racy by design: a lost update only moves the next try.
 */
final class SpinPolicy {

    /** Spins of a waiter at the head of its queue before it parks. */
    static final int SPINS = Runtime.getRuntime().availableProcessors() > 1 ? 128 : 0;
    /** The last spins of a platform waiter (and of the ring spins) that yield the core instead. */
    static final int YIELDS = Runtime.getRuntime().availableProcessors() > 1 ? 16 : 0;
    /** Spins of a sender (receiver) that found the ring full (empty), before it takes the lock. */
    static final int RING_SPINS = SPINS;
    /** Virtual waiters that park at once after a virtual spin ran out. */
    static final int BACK_OFF = 32;

    /** Negative: that many more virtual waiters park at once before one spins again. */
    private int credit;

    /**
     * The spins of a thread that just linked its waiter node, before it parks; a negative count
     * means a virtual spin: onSpinWait only, and its outcome goes to {@link #spun}. Under the
     * stream's lock.
     *
     * @param head whether the node is the head of its queue
     * @param virtual whether the waiting thread is virtual
     * @param counterpartyVirtual whether the last thread of the other side seen on the locked path
     *     was virtual (true while none was seen)
     */
    int waiterSpins(boolean head, boolean virtual, boolean counterpartyVirtual) {
        if (!head) {
            return 0;
        }
        if (!virtual) {
            return SPINS;
        }
        if (counterpartyVirtual || SPINS == 0) {
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
     * a positive count yield the core. A negative count only busy-waits.
     */
    static void pause(int remaining) {
        if (remaining > 0 && remaining <= YIELDS) {
            Thread.yield();
        } else {
            Thread.onSpinWait();
        }
    }

    /** The count after one {@link #pause} step: towards zero from either side. */
    static int next(int remaining) {
        return remaining > 0 ? remaining - 1 : remaining + 1;
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
