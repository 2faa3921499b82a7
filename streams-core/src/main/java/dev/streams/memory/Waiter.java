package dev.streams.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * One blocked thread: a sender with the item it offers, or a receiver with a slot for the item it
 * will be handed. The node is linked into the stream's FIFO queue of senders or receivers while it
 * is {@link #WAITING}, and its fate is settled exactly once by a CAS from {@code WAITING} to one of
 * the final states. Whoever wins that CAS owns the outcome; everybody else reads it.
 *
 * <pre>
 *                 ┌──────────► DELIVERED   a counterparty took (sender) / handed (receiver) the item
 *                 ├──────────► CANCELLED   interrupted or timed out (by the waiter itself, or on
 *   WAITING ──────┤                          its behalf by a counterparty that saw the interrupt)
 *   (linked)      ├──────────► CLOSED      the handle it waits on was closed
 *                 ├──────────► ENDED       the last send handle closed (receivers only)
 *                 └──────────► BROKEN      the last receive handle closed (senders only)
 * </pre>
 *
 * <p>Every settlement happens while holding the stream's lock, and whoever settles a node also
 * unlinks it; so under the lock "linked" and "WAITING" are the same thing and the statistics are
 * exact. The CAS is still needed because the waiting thread reads {@link #state} without the lock
 * (its spin/park loop).
 *
 * <p>Field access: {@link #item}, {@link #prev} and {@link #next} are plain fields guarded by the
 * stream's lock, except that the receiver reads {@link #item} after it observed {@code DELIVERED}
 * without the lock: the settling CAS is a volatile write that publishes the plain store of the item
 * made just before it (release), and the waiter's volatile read of {@link #state} acquires it.
 */
final class Waiter {

    static final int WAITING = 0;
    static final int DELIVERED = 1;
    static final int CANCELLED = 2;
    static final int CLOSED = 3;
    static final int ENDED = 4;
    static final int BROKEN = 5;
    /** Not a state: what the wait reports when the waiter's own timeout won the settling CAS. */
    static final int TIMED_OUT = -1;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Waiter.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The parked thread; read by counterparties to unpark it and to see whether it was interrupted. */
    final Thread thread;
    /** The handle the thread is blocked on, so that closing that handle finds its own waiters. */
    final Object handle;
    /** Sender: the offered item (cleared when withdrawn). Receiver: the handed item once DELIVERED. */
    Object item;
    /** Queue links, guarded by the stream's lock. */
    Waiter prev;
    Waiter next;
    /** One of the constants above; only ever changed by {@link #settle}. */
    private volatile int state;
    /**
     * Set by the waiter before it parks, then it reads {@link #state} once more; the settler CASes
     * the state, then reads this. Both volatile, so at least one of them sees the other's write:
     * either the waiter does not park, or the settler unparks it. A waiter still spinning costs its
     * settler no unpark (a system call when the thread really sleeps).
     */
    volatile boolean parked;
    /**
     * Set by the waiter when it leaves (interrupted or timed out) just before it takes the lock to
     * cancel itself; from then on counterparties treat it like an interrupted thread.
     */
    volatile boolean leaving;

    Waiter(Thread thread, Object handle, Object item) {
        this.thread = thread;
        this.handle = handle;
        this.item = item;
    }

    /** Volatile read (acquire): if it returns DELIVERED, {@link #item} is visible to the caller. */
    int state() {
        return state;
    }

    /**
     * Moves WAITING to {@code outcome}; false if the node was already settled. The CAS is a full
     * volatile write, so plain stores made before it (the handed item) are published with it.
     */
    boolean settle(int outcome) {
        return STATE.compareAndSet(this, WAITING, outcome);
    }

    /**
     * Whether a counterparty may still settle this waiter with an outcome of its own: its thread is
     * not interrupted and it is not leaving. Once {@code Thread.interrupt()} has returned, one of the
     * two reads says no: the flag is set, and the waiter sets {@link #leaving} before anything (AQS
     * waiting for the lock) could clear the flag again.
     */
    boolean isLive() {
        return !leaving && !thread.isInterrupted();
    }

    /** Unparks the thread if it parked (or is about to); call after settling, outside the lock. */
    void wake() {
        if (parked) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public String toString() {
        return "Waiter[" + thread.getName() + ", " + stateName(state) + ", item=" + item + "]";
    }

    static String stateName(int state) {
        switch (state) {
            case WAITING: return "WAITING";
            case DELIVERED: return "DELIVERED";
            case CANCELLED: return "CANCELLED";
            case CLOSED: return "CLOSED";
            case ENDED: return "ENDED";
            case BROKEN: return "BROKEN";
            default: throw new IllegalStateException("Unknown waiter state: " + state);
        }
    }
}
