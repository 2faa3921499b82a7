/**
 * Memory object streams: in-process channels of objects between threads, with AnyIO's semantics
 * and a hand-off that never loses or duplicates an item, whatever interrupts and timeouts do.
 *
 * <pre>{@code
 * MemoryObjectStream<Job> jobs = MemoryObjectStream.create(16);
 * try (var send = jobs.sendStream(); var receive = jobs.receiveStream()) {
 *     for (int i = 0; i < 4; i++) {
 *         var worker = receive.clone();                 // one receive handle per worker
 *         new Thread(() -> { try (worker) { for (Job job : worker) job.run(); } }).start();
 *     }
 *     send.send(new Job());
 * }   // both originals closed; workers end once the buffer drains
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>{@code send}: hand the item to the oldest waiting receiver, else append it to the buffer,
 *       else block behind earlier senders until a receiver takes it.</li>
 *   <li>{@code receive}: take the oldest buffered item (and move the oldest blocked sender's item
 *       into the freed slot), else take the oldest blocked sender's item, else end of stream if
 *       every send handle is closed, else block behind earlier receivers.</li>
 *   <li>Closing the last send handle ends the receivers once the buffer is drained
 *       ({@link dev.streams.EndOfStreamException}); closing the last receive handle makes senders
 *       throw {@link dev.streams.BrokenResourceException}. A closed handle throws
 *       {@link dev.streams.ClosedResourceException}, which wins over "broken", and closing a handle
 *       wakes the threads blocked on that same handle with it (AnyIO leaves them blocked).</li>
 * </ul>
 *
 * <h2>Design</h2>
 * Two paths share one set of invariants. <b>Fast path, no lock</b>: the buffer is a {@link Ring}
 * of slots with a sequence number each (Vyukov's bounded MPMC queue, as in JCTools); while nobody
 * waits, a send or a receive is one CAS on its cursor and one ordered store: no lock, no allocation,
 * no wake-up. A sender (receiver) that finds the ring full (empty) spins briefly for room (an item),
 * watching only the slot it waits for (not the other side's cursor, whose cache line the other
 * side needs), before it takes the slow path; nobody can see it yet, so FIFO among waiters is unaffected. While a
 * thread waits on the other side, a send (a rendezvous receive) hands over <b>without the lock</b>
 * too: it settles the oldest waiter of the other side's {@link WaiterQueue} by one CAS (below).
 * <b>Slow path, one {@link java.util.concurrent.locks.ReentrantLock}</b>: linking a waiter (but a
 * rendezvous receiver's, below), cancelling, the open-handle counts, the overflow of large buffers, closing, and every decision
 * that needs the ring to stand still (a buffered receive that moves a blocked sender's item into
 * the freed slot). Each cursor word carries a SLOW flag; while it is set only the lock holder
 * advances that cursor. The lock holder sets the flags before a thread may wait or a handle closes,
 * and clears a flag only together with an advance of its cursor, so a cursor word never repeats a
 * value and a fast path that read it before the flag can never CAS it afterwards (no ABA).
 *
 * <p>A thread that must block links a node into its queue under the lock and parks with
 * {@link java.util.concurrent.locks.LockSupport} (not {@code Condition.await}: AQS clears the
 * interrupt before the waiter has left the condition queue, so a sender could still hand an item to
 * an already interrupted thread). The thread at the head of a queue may spin before parking
 * ({@code SpinPolicy}: a platform thread with yields at the end; a virtual thread without yields,
 * while its stream's spins catch their partners) and announces that it parks; its settler unparks it only if it did (JDK 21's
 * {@code LinkedTransferQueue} does the same). A rendezvous sender that finds no receiver waiting
 * looks again a few times before it takes the lock, for the receiver that is linking itself.
 *
 * <p><b>A rendezvous receiver links itself without the lock.</b> Having found no waiting sender, a
 * blocking or timed receive of a rendezvous appends its node by one CAS on the last node's
 * {@code next} ({@link WaiterQueue#append}), then reads, in this order after that CAS: its handle's
 * {@code closing} flag, the stream's "no send handle left" flag, and whether a sender is WAITING.
 * A close writes its flags before its walk that settles the waiters it ends, and a sender links
 * under the lock and then looks for a WAITING receiver; all of these are volatile accesses or CASes,
 * so for each pair at least one side sees the other (Dekker). A receiver that sees anything
 * withdraws its node by the one CAS (CANCELLED) and then takes a waiting sender's item without the
 * lock or goes through the lock, which throws for a close exactly as before; if that CAS fails, the
 * close, a sender or an interrupt settled the node first and that outcome stands. A sender that sees
 * a receiver withdraws its own node (its item is then only in its hands) and hands over under the
 * lock. Only the receiver's withdrawal runs without the lock, and a receiver withdraws at most once
 * per call before it needs the lock the sender holds, so the two cannot withdraw in turn forever.
 *
 * <p>Each node's fate is settled by exactly one CAS from {@code WAITING}:
 *
 * <pre>
 *               ┌──► DELIVERED  a sender handed its item (receiver) / a receiver took it (sender)
 *               ├──► CANCELLED  interrupted or timed out: by the waiter itself, or on its behalf
 *   WAITING ────┤                by a counterparty or a close that found its thread interrupted
 *   (linked)    ├──► CLOSED     the handle it waits on was closed
 *               ├──► ENDED      the last send handle was closed (receivers)
 *               └──► BROKEN     the last receive handle was closed (senders)
 * </pre>
 *
 * <p><b>The hand-off, with or without the lock</b> ({@link WaiterQueue}). A queue is a linked list
 * behind a sentinel whose head moves forward only by CAS; nodes are appended by a CAS on the last
 * node's {@code next}. A sender reads the first node after the head: a node no longer WAITING is passed (head CAS);
 * if its thread {@code isInterrupted()} or the waiter announced that it leaves (it does so before it
 * takes the lock to cancel itself, because AQS clears the interrupt flag of a thread waiting for the
 * lock), the sender settles it CANCELLED on its behalf and looks at the next one, so an interrupted
 * receiver is never handed an item; otherwise it reads its own handle's {@code closed} flag and, if
 * open, settles the node DELIVERED with the item <em>inside</em> that CAS (the node's state word
 * holds the item), moves the head, and wakes exactly that thread. A woken receiver whose own CAS to
 * CANCELLED fails was DELIVERED: it returns the item with the interrupt flag still set. Receivers of
 * a rendezvous take a blocked sender's item symmetrically; under the lock the same pop is used.
 *
 * <p><b>Closing against lock-free hand-offs.</b> A close runs under the lock but a popper does not
 * wait for it, so three rules order them; each is checked by a planted bug (docs/reliability.md).
 * (1) The close settles the waiters it ends with the same one CAS per node <em>before</em> it
 * publishes the handle as closed, so {@code isClosed()}, which takes no lock, never shows a closed
 * handle while a waiter of it can still be handed an item: a popper either won the node's CAS first
 * (and took effect before the close) or fails and falls back to the lock. (2) The waiters a close
 * released take the lock once before they return, so nobody acts on a close's outcome while the
 * close is still settling its other waiters. (3) A popper reads its own handle's {@code closed} flag
 * after the waiter's {@code isLive} check: if it says open, the hand-off took effect at that check,
 * before any close of that handle. Closed still wins over broken, and end of stream still comes only
 * once the buffer is drained: the lock path decides both, exactly as before.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>I1: receivers are waiting (a receiver node is WAITING) ⇒ the buffer is empty and the tail
 *       is flagged.</li>
 *   <li>I2: senders are waiting ⇒ the buffer is full and both cursors are flagged.</li>
 *   <li>I3: a WAITING node is reachable from its queue's head; a node reachable from the head is
 *       WAITING or settled and not yet passed (poppers pass it; the lock holder unlinks dead nodes
 *       from the middle, never the last node).</li>
 *   <li>I4: the buffer never holds more than {@code maxBufferSize} items.</li>
 *   <li>I5: an item is in exactly one place: the sender's node, the ring, the overflow, or a
 *       DELIVERED receiver's node; a withdrawn (CANCELLED/CLOSED/BROKEN) sender's item is in none.</li>
 * </ul>
 *
 * <p>Statistics: buffer use is computed from the cursors and the overflow, which move at the CAS
 * that makes an operation take effect, so it is linearizable. The waiting counts count WAITING
 * nodes by walking the queues under the lock: a node leaves the count at the very CAS that settles
 * it, before either the settler's or the waiter's call returns, and enters it at its link CAS. No
 * node is linked during the walk but a rendezvous receiver's, which is counted if its link came
 * before the walk reached the end: its wait began at that CAS, so the count is exact for an instant
 * within the call.
 * Items sent and received add the lock-free hand-offs, counted by the popper before its call returns.
 *
 * <h2>Memory ordering</h2>
 * The cursors are volatile and change only by CAS (fast paths) or by the lock holder; a slot's
 * sequence is written with release after its item and read with acquire before it. A node's
 * {@code state} is volatile and changed from WAITING only by CAS; a DELIVERED receiver's item travels
 * in that CAS. A new node's fields (a sender's item among them) are written before the node is linked,
 * and the link's CAS publishes them to poppers, which read {@code next} with acquire; the CAS is a
 * full fence, so the linker's later reads of the close flags and the other queue come after it. A handle's {@code closed} flag is volatile, written under the lock after the cursor flags and
 * after the waiters the close ends are settled, and read by the fast paths after their cursor word
 * and by poppers after the {@code isLive} check. Its {@code closing} flag and the stream's
 * {@code sendersGone} are volatile, written under the lock before the close's walks, and read by a
 * rendezvous receiver after its link CAS.
 *
 * <p>All types here are thread-safe.
 */
@NullMarked
package dev.streams.memory;

import org.jspecify.annotations.NullMarked;
