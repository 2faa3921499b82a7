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
 *
 * <p><b>Cache lines.</b> {@link WaiterQueueHead#head} and {@link WaiterQueueHead#handOffs} are
 * written by the poppers, {@link WaiterQueueTail#tail} by the appenders; a stream holds two queues
 * allocated one after the other. The fields sit in superclasses between padding ({@link
 * WaiterQueuePad0}), because HotSpot lays out a superclass's fields before its subclass's (as
 * JCTools does; {@code @Contended} needs {@code -XX:-RestrictContended}), so that neither side's
 * CAS takes away the line the other side is about to write, nor a neighbouring object's.
 */
final class WaiterQueue extends WaiterQueuePad2 {

    private static final VarHandle HEAD;
    private static final VarHandle TAIL;
    private static final VarHandle HAND_OFFS;

    static {
        try {
            HEAD = MethodHandles.lookup().findVarHandle(WaiterQueueHead.class, "head", Waiter.class);
            TAIL = MethodHandles.lookup().findVarHandle(WaiterQueueTail.class, "tail", Waiter.class);
            HAND_OFFS = MethodHandles.lookup().findVarHandle(WaiterQueueHead.class, "handOffs", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

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

/**
 * Padding before the poppers' fields ({@link WaiterQueue}, "Cache lines"): 128 bytes, two lines, as
 * the adjacent-line prefetcher of x86 fetches lines in pairs. Bytes, not longs: since JDK 15 HotSpot
 * fills the gap after the object header with a subclass's first narrow field, which would put
 * {@code head} right behind the header (as JCTools found). The fields are never read.
 */
abstract class WaiterQueuePad0 {
    byte p0000, p0001, p0002, p0003, p0004, p0005, p0006, p0007, p0008, p0009, p0010, p0011, p0012, p0013, p0014, p0015;
    byte p0016, p0017, p0018, p0019, p0020, p0021, p0022, p0023, p0024, p0025, p0026, p0027, p0028, p0029, p0030, p0031;
    byte p0032, p0033, p0034, p0035, p0036, p0037, p0038, p0039, p0040, p0041, p0042, p0043, p0044, p0045, p0046, p0047;
    byte p0048, p0049, p0050, p0051, p0052, p0053, p0054, p0055, p0056, p0057, p0058, p0059, p0060, p0061, p0062, p0063;
    byte p0064, p0065, p0066, p0067, p0068, p0069, p0070, p0071, p0072, p0073, p0074, p0075, p0076, p0077, p0078, p0079;
    byte p0080, p0081, p0082, p0083, p0084, p0085, p0086, p0087, p0088, p0089, p0090, p0091, p0092, p0093, p0094, p0095;
    byte p0096, p0097, p0098, p0099, p0100, p0101, p0102, p0103, p0104, p0105, p0106, p0107, p0108, p0109, p0110, p0111;
    byte p0112, p0113, p0114, p0115, p0116, p0117, p0118, p0119, p0120, p0121, p0122, p0123, p0124, p0125, p0126, p0127;
}

/** The fields the poppers write. */
abstract class WaiterQueueHead extends WaiterQueuePad0 {
    /** The sentinel; moves forward only by CAS. */
    volatile Waiter head;
    /** Items handed over through this queue by lock-free poppers ({@link WaiterQueue#countHandOff}). */
    volatile long handOffs;
}

/** Padding between the poppers' fields and the appenders' ({@link WaiterQueuePad0}). */
abstract class WaiterQueuePad1 extends WaiterQueueHead {
    byte p1000, p1001, p1002, p1003, p1004, p1005, p1006, p1007, p1008, p1009, p1010, p1011, p1012, p1013, p1014, p1015;
    byte p1016, p1017, p1018, p1019, p1020, p1021, p1022, p1023, p1024, p1025, p1026, p1027, p1028, p1029, p1030, p1031;
    byte p1032, p1033, p1034, p1035, p1036, p1037, p1038, p1039, p1040, p1041, p1042, p1043, p1044, p1045, p1046, p1047;
    byte p1048, p1049, p1050, p1051, p1052, p1053, p1054, p1055, p1056, p1057, p1058, p1059, p1060, p1061, p1062, p1063;
    byte p1064, p1065, p1066, p1067, p1068, p1069, p1070, p1071, p1072, p1073, p1074, p1075, p1076, p1077, p1078, p1079;
    byte p1080, p1081, p1082, p1083, p1084, p1085, p1086, p1087, p1088, p1089, p1090, p1091, p1092, p1093, p1094, p1095;
    byte p1096, p1097, p1098, p1099, p1100, p1101, p1102, p1103, p1104, p1105, p1106, p1107, p1108, p1109, p1110, p1111;
    byte p1112, p1113, p1114, p1115, p1116, p1117, p1118, p1119, p1120, p1121, p1122, p1123, p1124, p1125, p1126, p1127;
}

/** The field the appenders write. */
abstract class WaiterQueueTail extends WaiterQueuePad1 {
    /** The last node or one before it: where {@link WaiterQueue#append} starts looking (Q2). */
    volatile Waiter tail;
}

/** Padding after the appenders' field, against whatever is allocated next ({@link WaiterQueuePad0}). */
abstract class WaiterQueuePad2 extends WaiterQueueTail {
    byte p2000, p2001, p2002, p2003, p2004, p2005, p2006, p2007, p2008, p2009, p2010, p2011, p2012, p2013, p2014, p2015;
    byte p2016, p2017, p2018, p2019, p2020, p2021, p2022, p2023, p2024, p2025, p2026, p2027, p2028, p2029, p2030, p2031;
    byte p2032, p2033, p2034, p2035, p2036, p2037, p2038, p2039, p2040, p2041, p2042, p2043, p2044, p2045, p2046, p2047;
    byte p2048, p2049, p2050, p2051, p2052, p2053, p2054, p2055, p2056, p2057, p2058, p2059, p2060, p2061, p2062, p2063;
    byte p2064, p2065, p2066, p2067, p2068, p2069, p2070, p2071, p2072, p2073, p2074, p2075, p2076, p2077, p2078, p2079;
    byte p2080, p2081, p2082, p2083, p2084, p2085, p2086, p2087, p2088, p2089, p2090, p2091, p2092, p2093, p2094, p2095;
    byte p2096, p2097, p2098, p2099, p2100, p2101, p2102, p2103, p2104, p2105, p2106, p2107, p2108, p2109, p2110, p2111;
    byte p2112, p2113, p2114, p2115, p2116, p2117, p2118, p2119, p2120, p2121, p2122, p2123, p2124, p2125, p2126, p2127;
}
