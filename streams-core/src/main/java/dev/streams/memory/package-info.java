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
 * One {@link java.util.concurrent.locks.ReentrantLock} per stream guards a circular array (the
 * buffer), two intrusive FIFO queues of waiter nodes (blocked senders, blocked receivers), the
 * open-handle counts and the item counters. The buffered fast path takes the lock, moves one
 * reference, releases the lock: no allocation and no wake-up unless somebody waits. A thread that
 * must block links a node into its queue and parks with {@link java.util.concurrent.locks.LockSupport}
 * (not {@code Condition.await}: AQS clears the interrupt before the waiter has left the condition
 * queue, so a sender could still hand an item to an already interrupted thread). The thread at the
 * head of a queue spins briefly before parking, because a rendezvous partner usually arrives within
 * microseconds.
 *
 * <p>Each node's fate is settled by exactly one CAS from {@code WAITING}:
 *
 * <pre>
 *               ┌──► DELIVERED  a sender handed its item (receiver) / a receiver took it (sender)
 *               ├──► CANCELLED  interrupted or timed out: by the waiter itself, or on its behalf
 *   WAITING ────┤                by a counterparty that found its thread interrupted
 *   (linked)    ├──► CLOSED     the handle it waits on was closed
 *               ├──► ENDED      the last send handle was closed (receivers)
 *               └──► BROKEN     the last receive handle was closed (senders)
 * </pre>
 *
 * A sender pops the oldest waiting receiver; if that thread {@code isInterrupted()}, it settles the
 * node CANCELLED on its behalf and tries the next one, so an interrupted receiver is never handed
 * an item. Otherwise it stores the item in the node, CASes it to DELIVERED and, after releasing the
 * lock, unparks exactly that thread. A woken receiver whose own CAS to CANCELLED fails was
 * DELIVERED: it returns the item with the interrupt flag still set. Receivers treat blocked senders
 * symmetrically. Every settlement happens under the lock by whoever also unlinks the node, so the
 * statistics change synchronously with the operation.
 *
 * <h2>Invariants (under the lock)</h2>
 * <ul>
 *   <li>I1: receivers are waiting ⇒ the buffer is empty.</li>
 *   <li>I2: senders are waiting ⇒ the buffer is full ({@code count == maxBufferSize}).</li>
 *   <li>I3: a node is linked in a queue ⇔ its state is {@code WAITING}.</li>
 *   <li>I4: the buffer never holds more than {@code maxBufferSize} items.</li>
 *   <li>I5: an item is in exactly one place: the sender's node, the buffer, or a DELIVERED
 *       receiver's node; a withdrawn (CANCELLED/CLOSED/BROKEN) sender's item is in none.</li>
 * </ul>
 *
 * <h2>Memory ordering</h2>
 * Shared fields are plain and read or written only under the lock, except two: a node's
 * {@code state} (volatile, changed only by CAS) and a handle's {@code closed} flag (volatile,
 * written under the lock, read without it by {@code isClosed()}). A receiver reads its node's
 * {@code item} without the lock after a volatile read returned DELIVERED; the CAS that wrote
 * DELIVERED came after the plain store of the item, so the item is visible (release/acquire).
 *
 * <p>All types here are thread-safe.
 */
@NullMarked
package dev.streams.memory;

import org.jspecify.annotations.NullMarked;
