package dev.streams.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * A FIFO of {@link Waiter}s whose oldest waiter a counterparty settles without the stream's lock.
 *
 * <p><b>Shape.</b> A singly linked list through {@link Waiter#next} behind a sentinel: {@link #head}
 * is the sentinel (a settled node: the initial dummy or the last node popped) and the waiters are
 * the nodes after it. The head moves forward only by CAS, by anybody. A node is appended by one CAS
 * of the last node's {@code next} from null (Michael and Scott): under the stream's lock
 * ({@link #addLast}), or without it by a rendezvous receiver ({@link #append}); {@link #tail} is
 * only a hint where to start looking for the last node. Dead nodes (settled, not yet passed by the
 * head) are skipped by poppers and unlinked from the middle only under the lock ({@link #purge}).
 *
 * <p><b>Popping</b> ({@link #handTo}, {@link #takeFrom}): read the head, then its next node. A node
 * that is no longer WAITING is passed by CASing the head onto it. A live one is settled by its one
 * CAS (DELIVERED, the item inside that CAS for a receiver) and then the head is CASed onto it; a
 * popper that loses either CAS looks again. The oldest WAITING node is always the first one a
 * popper meets, so waiters are served in arrival order.
 *
 * <p><b>Invariants</b> (at every instant, not only under the lock):
 * <ul>
 *   <li>Q1: every WAITING node is reachable from the head; the head only ever passes dead nodes,
 *       and an unlink only bypasses a dead node, whose own {@code next} stays as it was.</li>
 *   <li>Q2: exactly one node has {@code next == null}, the last one, and it is the head or
 *       reachable from it: the head passes a node only onto its non-null {@code next}, and
 *       {@link #purge} bypasses only a node whose {@code next} it read non-null, so it never
 *       unlinks the last node. An append CASes only a null {@code next}, so it links behind the
 *       last node, which is reachable: no append is lost, with or without the lock. From any node
 *       ever linked (the {@link #tail} hint, however stale) {@code next} leads to the last one.</li>
 *   <li>Q3: a node's state leaves WAITING once, by one CAS; item fields are written by the winner
 *       only.</li>
 * </ul>
 *
 * <p><b>Order against the lock holder.</b> A popper reads its own handle's {@code closed} flag after
 * the waiter's {@link Waiter#isLive} check and before its CAS, so a popper that succeeds took effect
 * at that check, while its handle was open. A close settles the waiters it ends ({@link #settleAll})
 * with the same CAS before it publishes the handle as closed, and those waiters take the lock once
 * before they return, so a popper either won before the close or fails and falls back to the lock
 * ({@link MemoryObjectStreamState#closeHandle}).
 *
 * <p>A receiver that links itself without the lock ({@link MemoryObjectStreamState}) reads the
 * close flags and the senders' queue after its link CAS; a close writes its flags before its
 * {@link #settleAll} walk, and a sender reads the receivers' queue after its own link CAS: so either
 * the walk (the sender) finds the new node, or the new node's owner sees the flag (the sender).
 *
 * <p>Counts ({@link #waiting}) walk the list and count WAITING nodes; {@link #isEmpty} looks for the
 * first one. Both are exact for each node at the moment it is read. Under the lock no sender and
 * no buffered-stream waiter is linked meanwhile; a rendezvous receiver may link itself during the
 * walk and is counted if its link CAS came before the walk reached the end: its wait began then.
 */
final class WaiterQueue {

    private static final VarHandle HEAD;
    private static final VarHandle TAIL;
    private static final VarHandle HAND_OFFS;

    static {
        try {
            HEAD = MethodHandles.lookup().findVarHandle(WaiterQueue.class, "head", Waiter.class);
            TAIL = MethodHandles.lookup().findVarHandle(WaiterQueue.class, "tail", Waiter.class);
            HAND_OFFS = MethodHandles.lookup().findVarHandle(WaiterQueue.class, "handOffs", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The sentinel; moves forward only by CAS. */
    private volatile Waiter head;
    /** Items handed over through this queue by lock-free poppers ({@link #countHandOff}). */
    private volatile long handOffs;
    /** The last node or one before it: where {@link #append} starts looking (Q2). */
    private volatile Waiter tail;

    WaiterQueue() {
        Waiter sentinel = Waiter.sentinel();
        head = sentinel;
        tail = sentinel;
    }

    /** Whether no node is WAITING. */
    boolean isEmpty() {
        return firstWaiting() == null;
    }

    /** How many nodes are WAITING; O(length), for the statistics. */
    int waiting() {
        int count = 0;
        for (Waiter node = head.next; node != null; node = node.next) {
            if (node.isWaiting()) {
                count++;
            }
        }
        return count;
    }

    private Waiter firstWaiting() {
        for (Waiter node = head.next; node != null; node = node.next) {
            if (node.isWaiting()) {
                return node;
            }
        }
        return null;
    }

    /**
     * Counts one item handed over by a lock-free pop, before the popper's call returns (the lock
     * path counts its own hand-offs); the item counts read it under the lock.
     */
    void countHandOff() {
        HAND_OFFS.getAndAdd(this, 1L);
    }

    long handOffs() {
        return handOffs;
    }

    /** Appends {@code waiter}, which is WAITING, and unlinks a dead predecessor. Under the lock. */
    void addLast(Waiter waiter) {
        Waiter last = append(waiter);
        if (!last.isWaiting() && last != head) {
            purge(); // the previous last node may be a dead node nobody could unlink while it was last
        }
    }

    /**
     * Appends {@code waiter}, which is WAITING, with or without the lock: walks from the tail hint
     * to the last node, CASes its {@code next} from null (a full fence, see {@link Waiter#linkAfter})
     * and moves the hint by CAS (a failure means a later append moved it).
     *
     * @return the node it was linked behind: the sentinel or a dead node if it is the first waiter
     *     (as long as nobody settled or unlinked the predecessor meanwhile)
     */
    Waiter append(Waiter waiter) {
        Waiter hint = tail;
        Waiter last = hint;
        while (true) {
            Waiter next = last.next;
            if (next != null) {
                last = next; // Q2: next leads to the last node
            } else if (last.linkAfter(waiter)) {
                TAIL.compareAndSet(this, hint, waiter);
                return last;
            }
        }
    }

    /** Whether {@code predecessor}, as {@link #append} returned it, leaves {@code waiter} first in line. */
    boolean isFirst(Waiter predecessor) {
        return predecessor == head || !predecessor.isWaiting();
    }

    /**
     * Hands {@code item} to the oldest live waiting receiver, without the lock: that receiver, now
     * DELIVERED, for the caller to {@link Waiter#wake}, or null if no receiver is waiting or the
     * caller's handle {@code h} is closed (then the caller takes the lock and finds out which).
     */
    Waiter handTo(Object item, Handle h) {
        return pop(item, h);
    }

    /**
     * Takes the item of the oldest live waiting sender, without the lock: that sender, now
     * DELIVERED, whose {@link Waiter#item} the caller takes and clears and then wakes the sender; or
     * null as for {@link #handTo}.
     */
    Waiter takeFrom(Handle h) {
        return pop(null, h);
    }

    /**
     * The loop of {@link #handTo} ({@code item} non-null) and {@link #takeFrom} (null). A waiter whose
     * thread is interrupted or leaving is settled CANCELLED on its behalf (a sender's item is
     * withdrawn) and passed: an interrupted waiter is never handed an item, nor robbed of one.
     */
    private Waiter pop(Object item, Handle h) {
        while (true) {
            Waiter first = head;
            Waiter node = first.next;
            if (node == null) {
                return null;
            }
            if (node.isWaiting()) {
                if (!node.isLive()) {
                    if (node.settle(Waiter.CANCELLED)) {
                        node.item = null;
                        // No unpark: interrupt() already unparked it; it re-checks its state before parking.
                    }
                } else if (h.closed) {
                    return null; // read after isLive: if it says open, the hand-off took effect while it was
                } else if (item != null ? node.deliver(item) : node.settle(Waiter.DELIVERED)) {
                    HEAD.compareAndSet(this, first, node); // or a later popper passes it
                    return node;
                }
            }
            HEAD.compareAndSet(this, first, node); // dead: pass it (failure: somebody else moved the head)
        }
    }

    /**
     * Settles every WAITING node blocked on {@code h} (every one if null) with {@code outcome}, or
     * CANCELLED for a waiter that is interrupted or leaving, adding them to {@code woken}. Under the
     * lock; a lock-free popper racing for a node either won before (its CAS came first) or fails.
     */
    void settleAll(Object h, int outcome, List<Waiter> woken) {
        for (Waiter node = head.next; node != null; node = node.next) {
            if ((h == null || node.handle == h) && node.settle(node.isLive() ? outcome : Waiter.CANCELLED)) {
                node.item = null; // a sender's item is withdrawn
                woken.add(node);
            }
        }
        purge();
    }

    /**
     * Unlinks dead nodes: passes those at the front by a head CAS and bypasses those in the middle,
     * but never the last node (Q2), which a lock-free append may be linking behind. Under the lock;
     * safe against lock-free poppers, which only move the head forward past dead nodes and read
     * {@code next}: a bypass writes {@code p.next = n.next}
     * for a dead {@code n} whose own {@code next} stays, so whether a popper sits on {@code p} or on
     * {@code n}, it reaches the same nodes, and a write to a {@code p} the head already passed is
     * never read.
     */
    void purge() {
        Waiter p = head;
        Waiter n;
        while ((n = p.next) != null) {
            if (n.isWaiting()) {
                p = n;
                continue;
            }
            Waiter after = n.next;
            if (after == null) { // n is the tail
                if (p == head) {
                    HEAD.compareAndSet(this, p, n);
                }
                return;
            }
            p.next = after;
        }
    }
}
