package dev.streams.tls;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The records the engine produced that no writer owns yet, in production order, and the send
 * lock that decides who puts them on the wire.
 *
 * <p><b>What is queued.</b> Records produced by an engine step that is not a writer's: handshake
 * flights, a KeyUpdate reply the reader's unwrap caused, an alert, close_notify. Each is an
 * exact-size copy (a KeyUpdate reply is about 30 bytes, not a 16 KiB packet buffer). A writer's
 * application data never waits here: the writer wraps it into its own net-out buffer while
 * holding the send lock and sends that buffer itself, so nothing can drop a writer's data
 * behind its back (issue 17: a {@code send()} must never return normally for dropped data).
 *
 * <p><b>Order.</b> Records must reach the wire in the order the engine produced them (each carries
 * an implicit sequence number, and TLS 1.3 changes keys between records). Records are queued under
 * the engine lock in production order; a writer moves the queue into its buffer, ahead of its own
 * records, within the same engine step; whoever else sends takes the queue from its head while
 * holding {@link #sendLock}.
 *
 * <p><b>Bound.</b> After the handshake, a queue that would exceed {@value #MAX_QUEUED_AFTER_HANDSHAKE}
 * bytes means the peer keeps making us answer (KeyUpdate requests) while not reading our answers:
 * {@link #add} then throws {@link PeerMisbehaviour} and the stream is broken off.
 *
 * <p>Guarded by the driver's engine lock, except {@link #sendLock} itself.
 */
final class OutgoingRecords {

    /** The most bytes of unsent records the peer can make us hold after the handshake. */
    static final int MAX_QUEUED_AFTER_HANDSHAKE = 16 * 1024;

    /**
     * Held by whoever writes to the transport, from before a writer's first wrap until its last
     * record is out; fair (trio's StrictFIFOLock). A reader only tries it (see TlsEngineDriver).
     */
    final ReentrantLock sendLock = new ReentrantLock(true);

    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>(1);
    private int queuedBytes;
    private long recordsQueued;

    /**
     * Queues an exact-size copy of what {@code scratch} holds (write mode) and clears it.
     *
     * @param bounded whether to enforce {@link #MAX_QUEUED_AFTER_HANDSHAKE} (a reply the peer asked for)
     * @throws PeerMisbehaviour if bounded and the queue would exceed the bound
     */
    void add(ByteBuffer scratch, boolean bounded) throws PeerMisbehaviour {
        scratch.flip();
        int size = scratch.remaining();
        if (size > 0) {
            if (bounded && queuedBytes + size > MAX_QUEUED_AFTER_HANDSHAKE) {
                scratch.clear();
                throw new PeerMisbehaviour("the peer made us queue more than " + MAX_QUEUED_AFTER_HANDSHAKE
                        + " bytes of TLS records (KeyUpdate replies) while not reading them");
            }
            queue.addLast(ByteBuffer.allocate(size).put(scratch).flip());
            queuedBytes += size;
            recordsQueued++;
        }
        scratch.clear();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Records ever queued: a step compares it before and after to tell whether it produced any. */
    long count() {
        return recordsQueued;
    }

    /** Bytes queued right now. */
    int bytes() {
        return queuedBytes;
    }

    /**
     * Moves queued records into {@code out} (write mode) from the head, as many whole ones as fit.
     * Returns whether the queue is now empty.
     */
    boolean moveInto(ByteBuffer out) {
        for (ByteBuffer record; (record = queue.peekFirst()) != null; ) {
            if (record.remaining() > out.remaining()) {
                return false;
            }
            queuedBytes -= record.remaining();
            out.put(record);
            queue.pollFirst();
        }
        return true;
    }

    /** Takes everything queued as one buffer (one transport send per flight), or null when empty. */
    @Nullable ByteBuffer takeAll() {
        if (queue.size() <= 1) {
            ByteBuffer only = queue.pollFirst();
            queuedBytes = 0;
            return only;
        }
        ByteBuffer batch = ByteBuffer.allocate(queuedBytes);
        for (ByteBuffer record; (record = queue.pollFirst()) != null; ) {
            batch.put(record);
        }
        queuedBytes = 0;
        return batch.flip();
    }

    void clear() {
        queue.clear();
        queuedBytes = 0;
    }
}
