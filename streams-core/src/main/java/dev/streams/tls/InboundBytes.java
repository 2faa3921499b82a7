package dev.streams.tls;

import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * Bytes received from the transport and not yet unwrapped: the net-in buffer of one stream.
 *
 * <p>Only the thread in the reader role (the handshaking thread, the one receiver, or
 * {@code unwrap()}) touches it, so it needs no lock of its own; the driver reads its size under
 * the engine lock for tests.
 *
 * <p><b>Its shapes.</b> Empty: no buffer at all. Busy, in bulk (recent reads were large): a
 * pooled {@link RecordBuffers} buffer, filled in place with {@code transport.receive(ByteBuffer)}
 * and compacted only when its free room falls below one record; in bulk an empty net-in buffer
 * takes one for its first read too ({@link #fillsInPlace()}), so a reader that keeps up with its
 * peer (every read starts from empty) allocates nothing per read. Busy, with small reads
 * (interactive traffic, or a peer dribbling a record one byte per segment): the first read of an
 * empty buffer asks the transport for a new array of an adaptive size ({@link #receiveSize()}),
 * because a transport that allocates only once data is there (as {@code SocketStream.receive(int)}
 * does) lets an idle reader wait holding no buffer; the bytes then stay in that array, or in one
 * of our own that doubles when full. Either way a record costs linear work, not a rebuilt buffer
 * per read (issue 17, "dribbled records"), and a reader waiting in the middle of a slow record
 * holds at most about twice the bytes the peer sent. Parked: at the end of an operation the pooled
 * buffer goes back to the pool and a partial record, if any, is kept in an exact-size array (in
 * bulk, a pooled buffer with bytes pending is kept: see {@link #park()}).
 *
 * <p><b>The price of reading in bulk.</b> A reader in bulk that finds nothing there waits holding
 * its pooled buffer (68 KiB, borrowed before the receive that waits): the transport cannot be asked
 * to wait without a buffer to read into. A connection that goes quiet after its handshake never
 * reads in bulk and keeps holding nothing; one that goes quiet after bulk traffic holds one buffer
 * until its next read, which, if small, starts bringing the receive size down again.
 *
 * <p><b>Adaptive receive size</b> (Netty's {@code AdaptiveRecvByteBufAllocator} idea): a read that
 * fills what was asked for doubles the next request, up to 64 KiB; two reads in a row that use
 * less than a quarter halve it, down to 1 KiB. So ping-pong traffic asks for (and the transport
 * allocates) about a kilobyte; at {@value #MIN_ROOM} bytes or more the stream reads in bulk, into a
 * pooled buffer. Reads into the net-in buffer count as well as new arrays.
 */
final class InboundBytes {

    static final int MIN_RECEIVE = 1024;
    static final int MAX_RECEIVE = 65536;
    /** Compact the busy buffer when less room than one full record is left at its end. */
    private static final int MIN_ROOM = 16709;

    /** Read mode: position..limit are the pending bytes. Null when there are none. */
    private @Nullable ByteBuffer buffer;
    private boolean pooled;
    private int receiveSize = MIN_RECEIVE * 4;
    private int smallReads;
    /** The position saved by {@link #room()} while the buffer is in write mode. */
    private int savedPosition = -1;

    /** The pending bytes (read mode, at least one), or null when there are none. */
    @Nullable ByteBuffer bytes() {
        return buffer;
    }

    /** Called after the engine consumed from {@link #bytes()}: drops the buffer once it is empty. */
    void consumed() {
        if (buffer != null && !buffer.hasRemaining()) {
            drop();
        }
    }

    /** How many bytes to ask the transport for when nothing is pending and not in bulk. */
    int receiveSize() {
        return receiveSize;
    }

    /**
     * Whether the next read goes into the net-in buffer ({@link #room()}): when bytes are pending,
     * or in bulk (recent reads were large). Otherwise it takes a new array ({@link #received}).
     */
    boolean fillsInPlace() {
        return buffer != null || readsInBulk();
    }

    private boolean readsInBulk() {
        return receiveSize >= MIN_ROOM;
    }

    /** Takes a new array the transport returned while nothing was pending. */
    void received(byte[] data) {
        adapt(data.length);
        if (buffer == null) {
            buffer = ByteBuffer.wrap(data);
            pooled = false;
            return;
        }
        ByteBuffer room = room();
        if (room.remaining() < data.length) {
            // Only a caller mixing the two ways of filling gets here; keep the order of the bytes.
            finishFill(0);
            ByteBuffer joined = ByteBuffer.allocate(buffer.remaining() + data.length).put(buffer).put(data).flip();
            drop();
            buffer = joined;
            return;
        }
        room.put(data);
        finishFill(data.length);
    }

    /**
     * The free room after the pending bytes, in write mode, for {@code transport.receive(ByteBuffer)};
     * call {@link #finishFill} after the receive, whatever happened. Only when
     * {@link #fillsInPlace()}.
     */
    ByteBuffer room() {
        ByteBuffer pending = buffer;
        if (pending == null) {
            if (!readsInBulk()) {
                throw new IllegalStateException("nothing is pending and not in bulk: receive a new array instead");
            }
            // Bulk, nothing pending: read straight into a pooled buffer, not into a new array from the
            // transport that would be copied here again whenever a partial record follows (issue 15).
            pending = RecordBuffers.take();
            buffer = pending;
            pooled = true;
            savedPosition = 0;
            return pending; // cleared: write mode over the whole buffer
        }
        if (!pooled && readsInBulk()) {
            // Bulk: recent reads were large. Read many records per call into a pooled buffer.
            ByteBuffer busy = RecordBuffers.take(Math.max(RecordBuffers.CAPACITY, pending.remaining() + MIN_ROOM));
            busy.put(pending).flip();
            buffer = busy;
            pooled = true;
            pending = busy;
        } else if (pooled) {
            if (pending.capacity() - pending.limit() < MIN_ROOM && pending.position() > 0) {
                pending.compact().flip(); // moves less than one record; happens once per ~50 KiB received
            }
        } else if (pending.limit() == pending.capacity()) {
            // Small reads (interactive traffic, or a peer dribbling a record): grow an array of our
            // own geometrically, so reassembly stays linear and a connection parked in the middle of
            // a record holds at most about twice what the peer actually sent, not a pooled buffer.
            ByteBuffer grown = ByteBuffer.allocate(Math.max(2 * pending.remaining(), pending.remaining() + MIN_RECEIVE));
            grown.put(pending).flip();
            buffer = grown;
            pending = grown;
        }
        savedPosition = pending.position();
        pending.position(pending.limit()).limit(pending.capacity());
        return pending;
    }

    /** Ends a fill started by {@link #room()}: {@code count} bytes were written (0 on failure). */
    void finishFill(int count) {
        ByteBuffer pending = buffer;
        if (pending == null || savedPosition < 0) {
            return;
        }
        int end = pending.position(); // write mode: the end of the data written
        pending.limit(end).position(savedPosition);
        savedPosition = -1;
        if (count > 0) {
            adapt(count);
        }
        if (!pending.hasRemaining()) {
            drop(); // a read into an empty buffer that failed or was interrupted: nothing is pending
        }
    }

    private void adapt(int count) {
        if (count >= receiveSize) {
            receiveSize = Math.min(MAX_RECEIVE, receiveSize * 2);
            smallReads = 0;
        } else if (count < receiveSize / 4 && ++smallReads >= 2) {
            receiveSize = Math.max(MIN_RECEIVE, receiveSize / 2);
            smallReads = 0;
        } else if (count >= receiveSize / 4) {
            smallReads = 0;
        }
    }

    /**
     * At the end of an operation: gives the pooled buffer back, keeping a partial record (if any)
     * in an exact-size array, so a parked stream holds little more than the bytes its peer sent.
     *
     * <p>Except in bulk (recent reads were large) with bytes pending: the next receive is about to
     * take a pooled buffer and copy them back, and while it waits for the rest of the record it
     * holds that buffer anyway, so the exact copy bought nothing. It was 14% of what a bulk reader
     * allocated (JFR, {@code TlsBulkTransferBenchmark}, JDK 17). A stream that has not read in bulk
     * (an idle connection after its handshake, interactive traffic, a peer dribbling a record)
     * still keeps only the exact copy.
     */
    void park() {
        ByteBuffer pending = buffer;
        if (pending != null && pooled && !(readsInBulk() && pending.hasRemaining())) {
            buffer = pending.hasRemaining() ? ByteBuffer.allocate(pending.remaining()).put(pending).flip() : null;
            pooled = false;
            RecordBuffers.giveBack(pending);
        }
    }

    /** Takes every pending byte (for {@code unwrap()}: what followed the peer's close_notify). */
    byte[] takeAll() {
        ByteBuffer pending = buffer;
        byte[] all = new byte[pending == null ? 0 : pending.remaining()];
        if (pending != null) {
            pending.get(all);
            drop();
        }
        return all;
    }

    /** The capacity held right now (zero when nothing is pending); for tests. */
    int capacity() {
        ByteBuffer pending = buffer;
        return pending == null ? 0 : pending.capacity();
    }

    private void drop() {
        ByteBuffer pending = buffer;
        buffer = null;
        if (pooled && pending != null) {
            RecordBuffers.giveBack(pending);
        }
        pooled = false;
    }
}
