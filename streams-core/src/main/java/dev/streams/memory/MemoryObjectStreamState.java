package dev.streams.memory;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.TaskThreads;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state shared by every send and receive handle of one memory object stream, and the whole
 * algorithm. See the package documentation for the design, the state diagram and the invariants;
 * the short version:
 *
 * <ul>
 *   <li>Fast path, no lock: while neither side waits, items go through the {@link Ring} with one CAS
 *       on a cursor each. A full (empty) ring makes a blocking sender (receiver) spin a little for
 *       room (an item) before it takes the slow path.</li>
 *   <li>Hand-off to a waiting thread, no lock: a send that finds receivers waiting (a rendezvous
 *       receive that finds senders waiting) settles the oldest live one by one CAS
 *       ({@link WaiterQueue#handTo}, {@link WaiterQueue#takeFrom}) and unparks it if it parked.</li>
 *   <li>Slow path, under one {@link ReentrantLock}: linking and cancelling waiters, the open-handle
 *       counts, the overflow of large buffers, closing, and every decision that needs the ring to
 *       stand still. The lock holder flags the ring's cursors ({@link Ring#freezeTail()}) before it
 *       lets a thread wait, so no fast path can slip an item past a waiter. A close settles the
 *       waiters it ends before it publishes the handle as closed, and they take the lock once before
 *       they return, so a lock-free hand-off either came first or fails.</li>
 *   <li>A thread that must wait links a {@link Waiter} into a queue under the lock, spins as
 *       {@link SpinPolicy} says and parks ({@link Waiting}). A rendezvous receiver links itself
 *       without the lock ({@link #receiveLinkingFreely}) and then looks for a close and for a
 *       sender that linked meanwhile; a rendezvous sender looks for such a receiver after its
 *       own link.</li>
 *   <li>I1: receivers wait ⇒ the buffer is empty and the tail flagged. I2: senders wait ⇒ the buffer
 *       is full and both cursors flagged. I3: every WAITING node is reachable from its queue's head.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
final class MemoryObjectStreamState {

    /** Bounds up to this size get a ring of their own size; larger ones a ring of {@link #LARGE_RING}. */
    private static final int RING_LIMIT = 4096;
    private static final int LARGE_RING = 1024;
    /** Longer timeouts than this (about 73 years) wait untimed, so deadlines never overflow. */
    private static final long MAX_TIMED_NANOS = Long.MAX_VALUE >> 2;
    /** A ring spin looks at the other side's cursor flag once in this many spins (see {@link #send}). */
    private static final int FLAG_LOOKS = 16;

    final ReentrantLock lock = new ReentrantLock();
    final int maxBufferSize;
    /** The item type as given to {@code create}, or null; {@link #checkedType} is its boxed form. */
    final Class<?> itemType;
    private final Class<?> checkedType;
    /** The buffer, or its first part for bounds above {@link #RING_LIMIT}; null for a rendezvous. */
    private final Ring ring;
    /** How many items may wait in {@link #overflow} behind a full ring (0 up to RING_LIMIT). */
    private final int overflowLimit;

    /** Appended to under the lock, popped with or without it (see {@link WaiterQueue}). */
    private final WaiterQueue waitingSenders = new WaiterQueue();
    private final WaiterQueue waitingReceivers = new WaiterQueue();

    // All fields below are guarded by lock.
    /** The rest of the buffer behind a full ring, in order; null until first needed. */
    private ArrayDeque<Object> overflow;
    private int openSendStreams = 1;
    private int openReceiveStreams = 1;
    /**
     * Items sent (received) that did not pass the ring's tail (head): hand-offs under the lock and
     * the overflow. Lock-free hand-offs are counted by the queues ({@link WaiterQueue#handOffs}).
     */
    private long sentBesideRing;
    private long receivedBesideRing;
    /** Spinning, parking and cancelling of the threads that linked a waiter. */
    private final Waiting waiting = new Waiting(this);
    /**
     * Set under the lock by the close of the last send handle before it ends the waiting receivers;
     * read without it by a receiver that linked itself without the lock ({@link #receiveLinkingFreely}).
     */
    private volatile boolean sendersGone;

    MemoryObjectStreamState(int maxBufferSize, Class<?> itemType) {
        this.maxBufferSize = maxBufferSize;
        this.itemType = itemType;
        this.checkedType = itemType == null ? null : MethodType.methodType(itemType).wrap().returnType();
        int ringCapacity = maxBufferSize <= RING_LIMIT ? maxBufferSize : LARGE_RING;
        this.ring = ringCapacity == 0 ? null : new Ring(ringCapacity);
        this.overflowLimit = maxBufferSize - ringCapacity;
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
        Ring r = ring;
        if (r != null) {
            int outcome = r.offer(h, item);
            if (outcome == Ring.DONE) {
                return true;
            }
            // Full: a receiver is probably about to make room. Spinning here is not waiting yet
            // (nobody can see us), so FIFO among waiters is unaffected. The spin watches a slot
            // past the tail only and looks at the receivers' cursor (its flag) once in FLAG_LOOKS
            // spins: polling their cache line at every spin slows every take it is waiting for.
            boolean virtual = mode != NOWAIT && TaskThreads.currentIsVirtual();
            for (int spin = mode == NOWAIT ? 0 : SpinPolicy.ringSpins(virtual); spin > 0 && outcome == Ring.FULL_OR_EMPTY
                    && (spin % FLAG_LOOKS != 0 || !r.headFlagged()); spin--) { // flagged: room comes through the lock
                SpinPolicy.ringPause(spin, virtual);
                if (Thread.interrupted()) {
                    throw new InterruptedException(); // nothing was sent
                }
                // Busy-waiting: for a run of free slots (Ring.tailRunFree says why). Yielding: for
                // any, since receivers that slow would make a sender waiting for a run take the lock.
                if (SpinPolicy.ringYields(spin, virtual) ? r.tailSlotFree() : r.tailRunFree()) {
                    outcome = r.offer(h, item);
                    if (outcome == Ring.DONE) {
                        return true;
                    }
                }
            }
        }
        // Receivers waiting (I1: the buffer is empty, the tail flagged): hand over without the lock.
        Waiter receiver = waitingReceivers.handTo(item, h);
        // Rendezvous: a receiver is probably about to link itself (it takes the lock to do so);
        // look again a few times before linking ourselves as a waiting sender, which would make
        // one of the two park. Nobody can see us yet, so FIFO among waiters is unaffected.
        for (int spin = r != null || mode == NOWAIT ? 0 : SpinPolicy.RENDEZVOUS_SPINS; spin > 0 && receiver == null
                && !h.closed; spin--) {
            SpinPolicy.pause(spin);
            if (Thread.interrupted()) {
                throw new InterruptedException(); // nothing was sent
            }
            receiver = waitingReceivers.handTo(item, h);
        }
        if (receiver != null) {
            waitingReceivers.countHandOff();
            receiver.wake();
            return true;
        }
        return sendLocked(h, item, mode);
    }

    private boolean sendLocked(Handle h, Object item, long mode) throws InterruptedException {
        Waiter receiver;
        Waiter self;
        int spins = 0;
        boolean virtual = TaskThreads.currentIsVirtual();
        lock.lock();
        try {
            if (h.closed) {
                throw new ClosedResourceException(); // checked first: closed takes precedence over broken
            }
            if (openReceiveStreams == 0) {
                throw broken();
            }
            while (true) {
                receiver = waitingReceivers.handTo(item, h); // the same pop, only with the lock held
                if (receiver != null) {
                    sentBesideRing++;
                    receivedBesideRing++;
                    self = null;
                    break;
                }
                if (buffer(item)) {
                    return true;
                }
                if (mode == NOWAIT) {
                    return false;
                }
                if (ring != null && !frozenForSenders()) {
                    // Stop the fast paths, then look again: a receiver may have made room meanwhile.
                    ring.freezeTail();
                    ring.freezeHead();
                    continue;
                }
                self = new Waiter(Thread.currentThread(), h, item);
                boolean first = waitingSenders.isEmpty();
                waitingSenders.addLast(self);
                // A rendezvous receiver links itself without the lock and looks at our queue after
                // its link; we look at its queue after ours (both links are CASes, full fences), so
                // at least one of us sees the other. Seen: withdraw our node by its one CAS (our item
                // is then nowhere but here) and hand over under the lock. That CAS fails only if a
                // receiver already took the item or cancelled us for an interrupt: await says which.
                // Each round needs a receiver that linked itself since the last one, and a receiver
                // withdraws at most once per call and then waits for this lock: no livelock.
                if (ring == null && !waitingReceivers.isEmpty() && self.settle(Waiter.CANCELLED)) {
                    self.item = null;
                    continue;
                }
                spins = waiting.spins(first, virtual);
                break;
            }
        } finally {
            unflagAndUnlock();
        }
        if (receiver != null) {
            receiver.wake(); // outside the lock: the woken thread never contends for it
            return true;
        }
        return waiting.sent(self, waitingSenders, mode, spins);
    }

    /**
     * Appends {@code item} to the buffer if it has room: to the ring while the overflow is empty,
     * else behind the overflow. Under the lock.
     */
    private boolean buffer(Object item) {
        if (overflowSize() == 0 && ring != null && ring.putLocked(item)) {
            return true;
        }
        if (overflowSize() < overflowLimit) {
            // From now on both sides must come here: senders to queue behind the overflow, receivers
            // to refill the ring from it. Then look again, the ring may have room by now.
            ring.freezeTail();
            ring.freezeHead();
            if (overflowSize() == 0 && ring.putLocked(item)) {
                return true;
            }
            if (overflow == null) {
                overflow = new ArrayDeque<>();
            }
            overflow.addLast(item);
            sentBesideRing++;
            return true;
        }
        return false;
    }

    private boolean frozenForSenders() {
        return ring.tailFlagged() && ring.headFlagged();
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
        Ring r = ring;
        if (r != null) {
            Object item = r.poll(h);
            if (item != Ring.EMPTY && item != Ring.TAKE_LOCK) {
                return item;
            }
            // Empty: the same spin as a sender's on a full ring, watching the head slot.
            boolean virtual = mode != NOWAIT && TaskThreads.currentIsVirtual();
            for (int spin = mode == NOWAIT ? 0 : SpinPolicy.ringSpins(virtual); spin > 0 && item == Ring.EMPTY
                    && (spin % FLAG_LOOKS != 0 || !r.tailFlagged()); spin--) { // flagged: items come through the lock
                SpinPolicy.ringPause(spin, virtual);
                if (Thread.interrupted()) {
                    throw new InterruptedException(); // nothing was taken
                }
                if (r.headSlotReady()) {
                    item = r.poll(h);
                    if (item != Ring.EMPTY && item != Ring.TAKE_LOCK) {
                        return item;
                    }
                }
            }
        } else {
            // Rendezvous: take the oldest waiting sender's item without the lock. (With a buffer,
            // senders wait only on a full one (I2) and the receive moves an item into it: locked.)
            Waiter sender = waitingSenders.takeFrom(h);
            if (sender != null) {
                return takenFreely(sender);
            }
            if (mode != NOWAIT) {
                Object item = receiveLinkingFreely(h, mode);
                if (item != TAKE_LOCK) {
                    return item;
                }
            }
        }
        return receiveLocked(h, mode);
    }

    /** The item of a sender that {@link WaiterQueue#takeFrom} settled without the lock; wakes it. */
    private Object takenFreely(Waiter sender) {
        Object item = sender.item;
        sender.item = null;
        waitingSenders.countHandOff();
        sender.wake();
        return item;
    }

    /** What {@link #receiveLinkingFreely} returns when the receive must take the lock after all. */
    private static final Object TAKE_LOCK = new Object();

    /**
     * A rendezvous receive that found no sender waiting links its waiter without the lock
     * ({@link WaiterQueue#append}), then looks at what may have happened meanwhile, after its link
     * CAS: a close of its handle or of the last send handle (their flags are written before their
     * walks, so either the walk settles our node or we see the flag), or a sender that linked itself
     * under the lock after our first look (it looks at our queue after its link: at least one of us
     * sees the other). Any of them seen: withdraw our node by its one CAS, then take a waiting sender's
     * item without the lock, or go through the lock (which throws for a close). If the CAS fails,
     * somebody settled the node first and its outcome stands.
     *
     * @return the item, {@link #NOTHING} on timeout, or {@link #TAKE_LOCK}
     */
    private Object receiveLinkingFreely(Handle h, long mode) throws InterruptedException {
        if (h.closing || sendersGone) {
            return TAKE_LOCK;
        }
        boolean virtual = TaskThreads.currentIsVirtual();
        Waiter self = new Waiter(Thread.currentThread(), h, null);
        Waiter predecessor = waitingReceivers.append(self);
        if (h.closing || sendersGone || !waitingSenders.isEmpty()) {
            if (!self.settle(Waiter.CANCELLED)) {
                return waiting.received(self, waitingReceivers, mode, 0); // settled: returns at once
            }
            // Withdrawn (a dead node the next popper passes): nobody can hand us an item any more.
            Waiter sender = waitingSenders.takeFrom(h);
            return sender != null ? takenFreely(sender) : TAKE_LOCK;
        }
        return waiting.received(self, waitingReceivers, mode,
                waiting.spins(waitingReceivers.isFirst(predecessor), virtual));
    }

    private Object receiveLocked(Handle h, long mode) throws InterruptedException {
        Object item;
        Waiter sender;
        Waiter self = null;
        int spins = 0;
        boolean virtual = TaskThreads.currentIsVirtual();
        lock.lock();
        try {
            if (h.closed) {
                throw new ClosedResourceException(); // even with items buffered (AnyIO)
            }
            while (true) {
                sender = null;
                if (overflowSize() > 0) {
                    refillRing();
                }
                item = ring == null ? null : ring.takeLocked();
                if (item != null) {
                    // I2: senders wait only on a full buffer, so the freed slot goes to the oldest
                    // one's item, behind every buffered item, which keeps the order FIFO.
                    refillRing();
                    sender = waitingSenders.takeFrom(h);
                    if (sender != null) {
                        buffer(sender.item); // cannot fail: we just made room
                        sender.item = null;
                    }
                    break;
                }
                if ((sender = waitingSenders.takeFrom(h)) != null) {
                    // Rendezvous (or an empty buffer): take the item straight from the oldest sender.
                    item = sender.item;
                    sender.item = null;
                    sentBesideRing++;
                    receivedBesideRing++;
                    break;
                }
                if (openSendStreams == 0) {
                    throw new EndOfStreamException();
                }
                if (mode == NOWAIT) {
                    return NOTHING;
                }
                if (ring != null && !ring.tailFlagged()) {
                    ring.freezeTail(); // no sender may buffer past us; then look again
                    continue;
                }
                self = new Waiter(Thread.currentThread(), h, null);
                spins = waiting.spins(waitingReceivers.isEmpty(), virtual);
                waitingReceivers.addLast(self);
                break;
            }
        } finally {
            unflagAndUnlock();
        }
        if (self == null) {
            if (sender != null) {
                sender.wake();
            }
            return item;
        }
        return waiting.received(self, waitingReceivers, mode, spins);
    }

    /** Moves overflow items into the ring while it has room. Under the lock. */
    private void refillRing() {
        while (overflowSize() > 0 && ring.putLocked(overflow.peekFirst())) {
            overflow.pollFirst();
            sentBesideRing--; // counted again by the ring's tail
        }
    }

    private int overflowSize() {
        return overflow == null ? 0 : overflow.size();
    }

    /**
     * Releases the lock after clearing the cursor flags that have no reason left: the tail stays
     * flagged while receivers or senders wait, items overflow or no receive handle is open; the
     * head while senders wait or items overflow.
     */
    void unflagAndUnlock() {
        try {
            if (ring != null) {
                boolean overflowing = overflowSize() > 0;
                boolean sendersWait = !waitingSenders.isEmpty();
                ring.unflag(sendersWait || overflowing || !waitingReceivers.isEmpty() || openReceiveStreams == 0,
                        sendersWait || overflowing);
            }
        } finally {
            lock.unlock();
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
            if (ring != null) {
                // Flag the cursors of this side before the handle reads as closed: a fast path that
                // saw it open read its cursor earlier, so its CAS either came first or fails now.
                if (sendSide) {
                    ring.freezeTail();
                } else {
                    ring.freezeHead();
                    if (openReceiveStreams == 1) {
                        ring.freezeTail(); // senders must come here to learn that the stream is broken
                    }
                }
            }
            // Settle the waiters this close ends before the handle reads as closed: a lock-free
            // popper (WaiterQueue) that won a node's CAS took effect before this close; one that
            // comes later finds the node settled. The waiters wait for the lock before they return.
            boolean last = (sendSide ? openSendStreams : openReceiveStreams) == 1;
            // Volatile writes before the walks: a receiver that links itself without the lock reads
            // them after its link, so either a walk below finds its node or it sees a flag.
            h.closing = true;
            if (last && sendSide) {
                sendersGone = true;
            }
            woken = new ArrayList<>();
            (sendSide ? waitingSenders : waitingReceivers).settleAll(h, Waiter.CLOSED, woken);
            if (last) {
                if (sendSide) {
                    waitingReceivers.settleAll(null, Waiter.ENDED, woken);
                } else {
                    waitingSenders.settleAll(null, Waiter.BROKEN, woken);
                }
            }
            h.closed = true;
            if (sendSide) {
                openSendStreams--;
            } else {
                openReceiveStreams--;
            }
        } finally {
            lock.unlock();
        }
        if (woken != null) {
            for (Waiter waiter : woken) {
                waiter.wake(); // after unlocking: they never wake into a held lock
            }
        }
    }

    // ## Observing ##

    /**
     * A snapshot under the lock. The ring's count is read at one instant (see {@link Ring#count()});
     * everything else only changes under the lock, so the record is exact at that instant.
     */
    MemoryObjectStreamStatistics statistics() {
        lock.lock();
        try {
            int buffered = (ring == null ? 0 : ring.count()) + overflowSize();
            return new MemoryObjectStreamStatistics(buffered, maxBufferSize, openSendStreams, openReceiveStreams,
                    waitingSenders.waiting(), waitingReceivers.waiting());
        } finally {
            lock.unlock();
        }
    }

    long itemsSent() {
        lock.lock();
        try {
            return (ring == null ? 0 : ring.appended()) + sentBesideRing + lockFreeHandOffs();
        } finally {
            lock.unlock();
        }
    }

    long itemsReceived() {
        lock.lock();
        try {
            return (ring == null ? 0 : ring.taken()) + receivedBesideRing + lockFreeHandOffs();
        } finally {
            lock.unlock();
        }
    }

    private long lockFreeHandOffs() {
        return waitingReceivers.handOffs() + waitingSenders.handOffs();
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

    static BrokenResourceException broken() {
        return new BrokenResourceException("Every receive stream of this memory object stream is closed");
    }
}
