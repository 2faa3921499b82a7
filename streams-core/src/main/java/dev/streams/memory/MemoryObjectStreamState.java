package dev.streams.memory;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state shared by every send and receive handle of one memory object stream, and the whole
 * algorithm. See the package documentation for the design, the state diagram and the invariants;
 * the short version:
 *
 * <ul>
 *   <li>One {@link ReentrantLock} guards the ring buffer, the two FIFO waiter queues, the open-handle
 *       counts and the item counters. Hold times are a few dozen instructions; nothing blocks or
 *       unparks while holding it.</li>
 *   <li>A thread that must wait links a {@link Waiter} into a queue and parks. A counterparty
 *       settles that node with one CAS and unparks exactly that thread after releasing the lock.</li>
 *   <li>I1: receivers wait ⇒ the buffer is empty. I2: senders wait ⇒ the buffer is full. I3: under
 *       the lock, a node is linked in a queue ⇔ its state is WAITING.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
final class MemoryObjectStreamState {

    /**
     * Spins before parking, for the thread at the head of a queue only: a rendezvous partner on
     * another core usually arrives within a few microseconds, and parking costs more than that.
     * Threads further back would only burn CPU. Zero on a single core, where spinning can only delay
     * the partner.
     */
    static final int SPINS = Runtime.getRuntime().availableProcessors() > 1 ? 64 : 0;

    /** Bounds up to this size get their whole ring at once; larger ones (and UNBOUNDED) grow by doubling. */
    private static final int PREALLOCATE_LIMIT = 4096;
    private static final int INITIAL_GROWABLE_CAPACITY = 16;
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;
    /** Longer timeouts than this (about 73 years) wait untimed, so deadlines never overflow. */
    private static final long MAX_TIMED_NANOS = Long.MAX_VALUE >> 2;

    /** Internal outcome of {@link #await} when the waiter's own timeout won the settling CAS. */
    private static final int TIMED_OUT = -1;

    final ReentrantLock lock = new ReentrantLock();
    final int maxBufferSize;
    /** The item type as given to {@code create}, or null; {@link #checkedType} is its boxed form. */
    final Class<?> itemType;
    private final Class<?> checkedType;

    // All fields below are guarded by lock.
    /** Circular array: the items are buffer[head], buffer[head + 1], ... (mod length), count of them. */
    private Object[] buffer;
    private int head;
    private int count;
    private final WaiterQueue waitingSenders = new WaiterQueue();
    private final WaiterQueue waitingReceivers = new WaiterQueue();
    private int openSendStreams = 1;
    private int openReceiveStreams = 1;
    private long itemsSent;
    private long itemsReceived;

    MemoryObjectStreamState(int maxBufferSize, Class<?> itemType) {
        this.maxBufferSize = maxBufferSize;
        this.itemType = itemType;
        this.checkedType = itemType == null ? null : MethodType.methodType(itemType).wrap().returnType();
        this.buffer = new Object[maxBufferSize <= PREALLOCATE_LIMIT ? maxBufferSize : INITIAL_GROWABLE_CAPACITY];
    }

    // ## Sending ##

    /** Rejects an item of the wrong type before it can reach any receiver. */
    void checkType(Object item) {
        if (checkedType != null && !checkedType.isInstance(item)) {
            throw new ClassCastException("Cannot send an item of type " + item.getClass().getName()
                    + " to a memory object stream of " + itemType.getName());
        }
    }

    /**
     * Sends {@code item} from handle {@code h}.
     *
     * @param mode {@link #NOWAIT}, {@link #UNTIMED} or a positive timeout in nanoseconds
     * @return true if the item was buffered or handed over; false if it would block (NOWAIT) or
     *     timed out, and then the item was not sent
     */
    boolean send(Handle h, Object item, long mode) throws InterruptedException {
        Waiter receiver;
        Waiter self = null;
        boolean spin = false;
        lock.lock();
        try {
            if (h.closed) {
                throw new ClosedResourceException(); // checked first: closed takes precedence over broken
            }
            if (openReceiveStreams == 0) {
                throw broken();
            }
            receiver = pollLiveWaiter(waitingReceivers);
            if (receiver != null) {
                receiver.item = item;             // plain store, published by the settling CAS below
                receiver.settle(Waiter.DELIVERED); // cannot fail: linked ⇒ WAITING (I3)
                itemsSent++;
                itemsReceived++;
            } else if (count < maxBufferSize) {
                enqueue(item);
                itemsSent++;
                return true;
            } else if (mode == NOWAIT) {
                return false;
            } else {
                self = new Waiter(Thread.currentThread(), h, item);
                waitingSenders.addLast(self);
                spin = waitingSenders.size() == 1;
            }
        } finally {
            lock.unlock();
        }
        if (receiver != null) {
            LockSupport.unpark(receiver.thread); // outside the lock: the woken thread never contends for it
            return true;
        }
        int outcome = await(self, waitingSenders, mode, spin);
        switch (outcome) {
            case Waiter.DELIVERED:
                return true;
            case TIMED_OUT:
                return false;
            case Waiter.CANCELLED:
                Thread.interrupted(); // consumed by the InterruptedException
                throw new InterruptedException();
            case Waiter.CLOSED:
                throw new ClosedResourceException();
            case Waiter.BROKEN:
                throw broken();
            default:
                throw new IllegalStateException("Unexpected sender outcome: " + Waiter.stateName(outcome));
        }
    }

    // ## Receiving ##

    /** The value {@link #receive} returns when it would block (NOWAIT) or timed out. */
    static final Object NOTHING = new Object();

    /**
     * Receives an item through handle {@code h}.
     *
     * @param mode {@link #NOWAIT}, {@link #UNTIMED} or a positive timeout in nanoseconds
     * @return the item, or {@link #NOTHING} if it would block (NOWAIT) or timed out
     */
    Object receive(Handle h, long mode) throws InterruptedException {
        Object item;
        Waiter sender;
        Waiter self = null;
        boolean spin = false;
        lock.lock();
        try {
            if (h.closed) {
                throw new ClosedResourceException(); // even with items buffered (AnyIO)
            }
            if (count > 0) {
                item = dequeue();
                itemsReceived++;
                // I2: senders wait only on a full buffer, so the oldest one's item moves into the slot
                // just freed; it lands behind every buffered item, which keeps the order FIFO.
                sender = pollLiveWaiter(waitingSenders);
                if (sender == null) {
                    return item; // the fast path: no allocation, no wake-up
                }
                enqueue(sender.item);
                sender.item = null;
                sender.settle(Waiter.DELIVERED);
                itemsSent++;
            } else if ((sender = pollLiveWaiter(waitingSenders)) != null) {
                // Rendezvous (or a size-0 buffer): take the item straight from the oldest sender.
                item = sender.item;
                sender.item = null;
                sender.settle(Waiter.DELIVERED);
                itemsSent++;
                itemsReceived++;
            } else if (openSendStreams == 0) {
                throw new EndOfStreamException();
            } else if (mode == NOWAIT) {
                return NOTHING;
            } else {
                self = new Waiter(Thread.currentThread(), h, null);
                waitingReceivers.addLast(self);
                spin = waitingReceivers.size() == 1;
                item = null;
            }
        } finally {
            lock.unlock();
        }
        if (sender != null) {
            LockSupport.unpark(sender.thread);
            return item;
        }
        int outcome = await(self, waitingReceivers, mode, spin);
        switch (outcome) {
            case Waiter.DELIVERED:
                // The interrupt flag, if set after the hand-off, stays set for the caller's next checkpoint.
                item = self.item; // visible: we read DELIVERED with a volatile read (acquire)
                self.item = null;
                return item;
            case TIMED_OUT:
                return NOTHING;
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

    /** {@code mode} of a call that must not block. */
    static final long NOWAIT = 0;
    /** {@code mode} of a call that blocks without a timeout. */
    static final long UNTIMED = -1;

    /** The {@code mode} for a timeout: NOWAIT for zero or negative, UNTIMED for absurdly long ones. */
    static long timedMode(long nanos) {
        if (nanos <= 0) {
            return NOWAIT;
        }
        return nanos > MAX_TIMED_NANOS ? UNTIMED : nanos;
    }

    /**
     * Removes and returns the oldest waiter whose thread is not interrupted, settling interrupted ones
     * CANCELLED on their behalf. This is what makes "an interrupted waiter is never handed an item"
     * literal: once {@code Thread.interrupt()} has returned, the flag is set (a volatile write) and
     * this check sees it, so the item goes to the next waiter or the buffer instead.
     */
    private Waiter pollLiveWaiter(WaiterQueue queue) {
        Waiter waiter;
        while ((waiter = queue.pollFirst()) != null) {
            if (!waiter.thread.isInterrupted()) {
                return waiter;
            }
            waiter.item = null; // a sender's item is withdrawn
            waiter.settle(Waiter.CANCELLED);
            // No unpark: interrupt() already unparked it, and it re-checks its state before parking.
        }
        return null;
    }

    /**
     * Parks until {@code self} is settled, cancelling it on interrupt or at the deadline.
     *
     * @return the final state, or {@link #TIMED_OUT} if this thread's own timeout settled it
     */
    private int await(Waiter self, WaiterQueue queue, long mode, boolean spin) {
        boolean timed = mode != UNTIMED;
        long deadline = timed ? System.nanoTime() + mode : 0L;
        int spins = spin ? SPINS : 0;
        Thread me = Thread.currentThread();
        while (true) {
            int state = self.state(); // volatile read (acquire): pairs with the settling CAS
            if (state != Waiter.WAITING) {
                return state;
            }
            if (me.isInterrupted()) {
                return cancel(self, queue, Waiter.CANCELLED);
            }
            long remaining = 0;
            if (timed && (remaining = deadline - System.nanoTime()) <= 0) {
                return cancel(self, queue, TIMED_OUT);
            }
            if (spins > 0) {
                spins--;
                Thread.onSpinWait();
            } else if (timed) {
                LockSupport.parkNanos(this, remaining);
            } else {
                LockSupport.park(this);
            }
        }
    }

    /**
     * Tries to settle our own node CANCELLED and unlink it, so that the statistics drop it at once.
     * If a counterparty settled it first, its outcome stands (a received item is returned even though
     * we were interrupted).
     */
    private int cancel(Waiter self, WaiterQueue queue, int reason) {
        lock.lock();
        try {
            if (self.settle(Waiter.CANCELLED)) {
                queue.unlink(self);
                self.item = null; // a sender's item is withdrawn: it was never sent
                return reason;
            }
        } finally {
            lock.unlock();
        }
        return self.state();
    }

    // ## Closing ##

    /**
     * Opens another handle on the side of {@code h}.
     *
     * @throws ClosedResourceException if {@code h} is closed
     */
    Handle cloneHandle(Handle h, boolean sendSide) {
        lock.lock();
        try {
            if (h.closed) {
                throw new ClosedResourceException();
            }
            if (sendSide) {
                openSendStreams++;
            } else {
                openReceiveStreams++;
            }
            return new Handle();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes handle {@code h}: its own blocked threads get ClosedResourceException (a sender's item
     * is withdrawn). When it was the last handle of its side, every waiter of the other side is
     * released: receivers (I1: the buffer is empty) with EndOfStreamException, senders with
     * BrokenResourceException. A last receive handle abandons the buffered items: they stay, so the
     * statistics still show how many were left, but no receive handle can be opened again.
     */
    void closeHandle(Handle h, boolean sendSide) {
        List<Waiter> woken = null;
        lock.lock();
        try {
            if (h.closed) {
                return;
            }
            h.closed = true;
            int stillOpen = sendSide ? --openSendStreams : --openReceiveStreams;
            WaiterQueue own = sendSide ? waitingSenders : waitingReceivers;
            woken = settleWaiters(own, h, Waiter.CLOSED, woken);
            if (stillOpen == 0) {
                woken = sendSide
                        ? settleWaiters(waitingReceivers, null, Waiter.ENDED, woken)
                        : settleWaiters(waitingSenders, null, Waiter.BROKEN, woken);
            }
        } finally {
            lock.unlock();
        }
        if (woken != null) {
            for (Waiter waiter : woken) {
                LockSupport.unpark(waiter.thread); // after unlocking: they never wake into a held lock
            }
        }
    }

    /** Settles and unlinks every waiter of {@code queue} blocked on {@code h} (all of them if null). */
    private static List<Waiter> settleWaiters(WaiterQueue queue, Handle h, int outcome, List<Waiter> woken) {
        Waiter waiter = queue.peekFirst();
        while (waiter != null) {
            Waiter next = waiter.next;
            if (h == null || waiter.handle == h) {
                queue.unlink(waiter);
                waiter.item = null;
                waiter.settle(outcome);
                if (woken == null) {
                    woken = new ArrayList<>();
                }
                woken.add(waiter);
            }
            waiter = next;
        }
        return woken;
    }

    // ## Observing ##

    MemoryObjectStreamStatistics statistics() {
        lock.lock();
        try {
            return new MemoryObjectStreamStatistics(count, maxBufferSize, openSendStreams, openReceiveStreams,
                    waitingSenders.size(), waitingReceivers.size());
        } finally {
            lock.unlock();
        }
    }

    long itemsSent() {
        lock.lock();
        try {
            return itemsSent;
        } finally {
            lock.unlock();
        }
    }

    long itemsReceived() {
        lock.lock();
        try {
            return itemsReceived;
        } finally {
            lock.unlock();
        }
    }

    String describe(Handle h) {
        MemoryObjectStreamStatistics s = statistics();
        return (h.closed ? "closed" : "open")
                + ", buffered " + s.currentBufferUsed() + "/"
                + (maxBufferSize == MemoryObjectStream.UNBOUNDED ? "unbounded" : String.valueOf(maxBufferSize))
                + ", waiting send " + s.tasksWaitingSend() + " receive " + s.tasksWaitingReceive()
                + ", open send " + s.openSendStreams() + " receive " + s.openReceiveStreams()
                + (itemType == null ? "" : ", of " + itemType.getName());
    }

    // ## The ring buffer ##

    private void enqueue(Object item) {
        Object[] ring = buffer;
        if (count == ring.length) {
            ring = grow();
        }
        int tail = head + count;
        if (tail >= ring.length) {
            tail -= ring.length;
        }
        ring[tail] = item;
        count++;
    }

    private Object dequeue() {
        Object[] ring = buffer;
        int first = head;
        Object item = ring[first];
        ring[first] = null; // let the item be collected once the receiver is done with it
        head = first + 1 == ring.length ? 0 : first + 1;
        count--;
        return item;
    }

    /** Doubles the ring (capped at the bound), unrolling it so that head is 0 again. */
    private Object[] grow() {
        Object[] old = buffer;
        int capacity = (int) Math.min(Math.max(INITIAL_GROWABLE_CAPACITY, 2L * old.length),
                Math.min(maxBufferSize, MAX_ARRAY_SIZE));
        if (capacity <= old.length) {
            throw new OutOfMemoryError("memory object stream buffer cannot grow beyond " + old.length + " items");
        }
        Object[] ring = new Object[capacity];
        int firstPart = Math.min(count, old.length - head);
        System.arraycopy(old, head, ring, 0, firstPart);
        System.arraycopy(old, 0, ring, firstPart, count - firstPart);
        buffer = ring;
        head = 0;
        return ring;
    }

    private static BrokenResourceException broken() {
        return new BrokenResourceException("Every receive stream of this memory object stream is closed");
    }
}
