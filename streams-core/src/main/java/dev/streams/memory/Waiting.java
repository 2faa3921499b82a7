package dev.streams.memory;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;

/**
 * The waiting half of a memory object stream: a thread that linked its {@link Waiter} (under the
 * lock, or a rendezvous receiver without it) spins as {@link SpinPolicy} says, parks until the node
 * is settled, and cancels it itself on interrupt or at its deadline; then the outcome becomes the
 * call's result or exception. For example, a receiver whose node a sender settled DELIVERED returns
 * the item that came in the settling CAS, even if it was interrupted just after.
 *
 * <p>One instance per stream; thread-safe (the spin policy's back-off count is racy by design).
 */
final class Waiting {

    private final MemoryObjectStreamState stream;
    private final SpinPolicy spinning = new SpinPolicy();

    Waiting(MemoryObjectStreamState stream) {
        this.stream = stream;
    }

    /** The spins of a thread that just linked its node ({@link SpinPolicy#waiterSpins}). */
    int spins(boolean head, boolean virtual) {
        return spinning.waiterSpins(head, virtual);
    }

    /**
     * Waits for the sender node {@code self} of {@code queue} to be settled.
     *
     * @return true if a receiver took the item, false on timeout (the item was not sent)
     */
    boolean sent(Waiter self, WaiterQueue queue, long mode, int spins) throws InterruptedException {
        int outcome = await(self, queue, mode, spins);
        switch (outcome) {
            case Waiter.DELIVERED:
                return true;
            case Waiter.TIMED_OUT:
                return false;
            case Waiter.CANCELLED:
                Thread.interrupted(); // consumed by the InterruptedException
                throw new InterruptedException();
            case Waiter.CLOSED:
                throw new ClosedResourceException();
            case Waiter.BROKEN:
                throw MemoryObjectStreamState.broken();
            default:
                throw new IllegalStateException("Unexpected sender outcome: " + Waiter.stateName(outcome));
        }
    }

    /**
     * Waits for the receiver node {@code self} of {@code queue} to be settled (returns at once if
     * it already is).
     *
     * @return the item, or {@link MemoryObjectStreamState#NOTHING} on timeout
     */
    Object received(Waiter self, WaiterQueue queue, long mode, int spins) throws InterruptedException {
        int outcome = await(self, queue, mode, spins);
        switch (outcome) {
            case Waiter.DELIVERED:
                // The interrupt flag, if set after the hand-off, stays set for the caller's next checkpoint.
                return self.handed(); // the item came in the settling CAS, read with acquire
            case Waiter.TIMED_OUT:
                return MemoryObjectStreamState.NOTHING;
            case Waiter.CANCELLED:
                Thread.interrupted();
                throw new InterruptedException();
            case Waiter.CLOSED:
                throw new ClosedResourceException();
            case Waiter.ENDED:
                throw new EndOfStreamException();
            default:
                throw new IllegalStateException("Unexpected receiver outcome: " + Waiter.stateName(outcome));
        }
    }

    /**
     * Spins {@code spins} times ({@link SpinPolicy}), then parks until {@code self} is settled,
     * cancelling it on interrupt or at the deadline.
     *
     * @return the final state, or {@link Waiter#TIMED_OUT} if this thread's own timeout settled it
     */
    private int await(Waiter self, WaiterQueue queue, long mode, int spins) {
        boolean timed = mode != MemoryObjectStreamState.UNTIMED;
        long deadline = timed ? System.nanoTime() + mode : 0L;
        Thread me = Thread.currentThread();
        boolean virtualSpin = spins < 0;
        while (true) {
            int state = self.state(); // volatile read (acquire): pairs with the settling CAS
            if (state != Waiter.WAITING) {
                if (virtualSpin) {
                    spinning.spun(!self.parked);
                }
                if (state >= Waiter.CLOSED) {
                    // A close settles its waiters before it publishes its flags (closeHandle): return
                    // only once it has finished, so nobody sees the handle open after us.
                    stream.lock.lock();
                    stream.lock.unlock();
                }
                return state;
            }
            if (me.isInterrupted()) {
                return cancel(self, queue, Waiter.CANCELLED);
            }
            long remaining = 0;
            if (timed && (remaining = deadline - System.nanoTime()) <= 0) {
                return cancel(self, queue, Waiter.TIMED_OUT);
            }
            if (spins != 0) {
                SpinPolicy.pause(spins);
                spins = SpinPolicy.next(spins);
            } else if (!self.parked) {
                self.parked = true; // announce it, then look at the state once more before parking
            } else {
                SpinPolicy.park(stream, timed, remaining);
            }
        }
    }

    /**
     * Tries to settle our own node CANCELLED (the statistics drop it at that CAS) and unlinks the
     * dead nodes it can.
     * If a counterparty settled it first, its outcome stands (a received item is returned even though
     * we were interrupted).
     */
    private int cancel(Waiter self, WaiterQueue queue, int reason) {
        // Announce it before lock(): while a thread waits for a ReentrantLock, AQS clears its
        // interrupt flag and sets it again only once it holds the lock, so a counterparty holding
        // the lock meanwhile would see a live thread and hand it an item (found by the Lincheck
        // soak run).
        self.leaving = true;
        stream.lock.lock();
        try {
            if (self.settle(Waiter.CANCELLED)) {
                self.item = null; // a sender's item is withdrawn: it was never sent
                queue.purge();
                return reason;
            }
        } finally {
            stream.unflagAndUnlock();
        }
        int state = self.state();
        return state == Waiter.CANCELLED ? reason : state; // cancelled on our behalf: our reason stands
    }
}
