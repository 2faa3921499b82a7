package dev.streams.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * One blocked thread: a sender with the item it offers, or a receiver waiting to be handed one. The
 * node is linked into the stream's {@link WaiterQueue} of senders or receivers and its fate is
 * settled exactly once by a CAS from {@code WAITING} to one of the final states. Whoever wins that
 * CAS owns the outcome; everybody else reads it.
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
 * <p>The settling CAS is on one word, {@link #state}, which holds an {@link Outcome} marker or, for
 * a DELIVERED receiver, the handed item itself (items are never null and never an Outcome). So a
 * sender that hands an item to a receiver writes nothing before it wins: two senders racing for the
 * same receiver without the lock cannot overwrite each other's item ({@code LinkedTransferQueue}
 * CASes its item field the same way). Settlers may run without the stream's lock
 * ({@link WaiterQueue}); the waiting thread reads the word without it (its spin/park loop).
 *
 * <p>Field access: a new node's fields (its WAITING state, a sender's {@link #item}) are written
 * plainly and published by the CAS that links it ({@link #linkAfter}), which poppers
 * read with acquire; afterwards {@link #item} is written only by the winner of the settling CAS,
 * which clears it. {@link #next} is volatile (see {@link WaiterQueue}). Neither the state written
 * in the constructor nor the one after {@link #handed} needs a full fence: nobody orders a later
 * read against them (a quiet A/B, JDK 25, virtual echo threads: 273 against 288-329 ns per
 * rendezvous round trip, see docs/memory-streams.md). The link does: it is a CAS, because a
 * rendezvous receiver links itself without the lock, and each linker looks at the close flags or
 * the other side's queue after it (Dekker).
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

    /** The value of {@link #state} for each state but a receiver's DELIVERED (the item itself). */
    private static final class Outcome {
        final int code;

        Outcome(int code) {
            this.code = code;
        }
    }

    private static final Outcome[] OUTCOMES = {
        new Outcome(WAITING), new Outcome(DELIVERED), new Outcome(CANCELLED),
        new Outcome(CLOSED), new Outcome(ENDED), new Outcome(BROKEN),
    };

    private static final VarHandle STATE;
    private static final VarHandle NEXT;
    /**
     * The thread of every sentinel: never started, never waited for or woken. It inherits no
     * thread-local values from whichever thread first loads this class.
     */
    private static final Thread NOBODY = new Thread(null, null, "memory-stream-sentinel", 0, false);

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Waiter.class, "state", Object.class);
            NEXT = MethodHandles.lookup().findVarHandle(Waiter.class, "next", Waiter.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The parked thread; read by counterparties to unpark it and to see whether it was interrupted. */
    final Thread thread;
    /** The handle the thread is blocked on, so that closing that handle finds its own waiters. */
    final Object handle;
    /** Sender: the offered item, cleared by whoever settles the node. Unused by receivers. */
    Object item;
    /** The next node of the queue; see {@link WaiterQueue} for who writes it. */
    volatile Waiter next;
    /** An {@link Outcome}, or the item handed to a receiver; only ever changed from WAITING by CAS. */
    private volatile Object state;
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
        STATE.set(this, OUTCOMES[WAITING]); // plain: the link's CAS publishes it (linkAfter)
    }

    /** The sentinel a {@link WaiterQueue} starts with: already settled, never waited for. */
    static Waiter sentinel() {
        Waiter sentinel = new Waiter(NOBODY, WaiterQueue.class, null);
        STATE.set(sentinel, OUTCOMES[DELIVERED]); // published with the queue that holds it
        return sentinel;
    }

    /** Volatile read (acquire): if it returns DELIVERED, {@link #handed()} is the receiver's item. */
    int state() {
        Object s = state;
        return s instanceof Outcome ? ((Outcome) s).code : DELIVERED;
    }

    boolean isWaiting() {
        return state == OUTCOMES[WAITING];
    }

    /** A DELIVERED receiver's item; then forgets it, so a sentinel node keeps no item alive. */
    Object handed() {
        Object item = state;
        // Final to final: no CAS from WAITING can succeed any more and nobody orders against this
        // store (poppers only see "not WAITING" either way), so no fence: it only drops the item.
        STATE.setOpaque(this, OUTCOMES[DELIVERED]);
        return item;
    }

    /**
     * Links {@code node} after this one if this is still the last node; false if another node was
     * linked here first. The CAS is a full fence: whoever reads {@link #next} sees the node's fields
     * (and a sender's item) as written before, and the linker's later volatile reads (the close
     * flags, the other side's queue) cannot move before the link ({@link WaiterQueue#append}).
     */
    boolean linkAfter(Waiter node) {
        return NEXT.compareAndSet(this, (Waiter) null, node);
    }

    /**
     * Moves WAITING to {@code outcome}; false if the node was already settled. The CAS is a full
     * volatile write, so plain stores made before it are published with it.
     */
    boolean settle(int outcome) {
        return STATE.compareAndSet(this, OUTCOMES[WAITING], OUTCOMES[outcome]);
    }

    /** Settles a waiting receiver DELIVERED with {@code item} in the same CAS; false if already settled. */
    boolean deliver(Object item) {
        return STATE.compareAndSet(this, OUTCOMES[WAITING], item);
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
        return "Waiter[" + thread.getName() + ", " + stateName(state()) + "]";
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
