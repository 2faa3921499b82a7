package dev.streams.reliability.faults;

import dev.streams.ByteStream;
import dev.streams.ClosedResourceException;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * An in-memory, full-duplex byte transport: two {@link ByteStream} ends over a pair of memory
 * object streams of chunks. It behaves like a socket pair (EOF after {@code sendEof} or close of the
 * peer, {@code BrokenResourceException} when sending to a closed peer) and knows whether each end
 * was closed, which is what the leak checks ask.
 *
 * <p>Each end is safe for one reading and one writing thread at a time, like a socket.
 */
final class BytePipe {

    private BytePipe() {
    }

    /** The two connected ends: bytes sent on one are received on the other. */
    record Ends(End left, End right) {
    }

    /** Chunks in flight per direction before a sender blocks: enough to look like a socket buffer. */
    private static final int CHUNKS_IN_FLIGHT = 64;

    static Ends create() {
        MemoryObjectStream<byte[]> leftToRight = MemoryObjectStream.create(CHUNKS_IN_FLIGHT);
        MemoryObjectStream<byte[]> rightToLeft = MemoryObjectStream.create(CHUNKS_IN_FLIGHT);
        return new Ends(new End(leftToRight.sendStream(), rightToLeft.receiveStream()),
                new End(rightToLeft.sendStream(), leftToRight.receiveStream()));
    }

    /** One end of the pipe. */
    static final class End implements ByteStream {
        private final MemoryObjectSendStream<byte[]> out;
        private final MemoryObjectReceiveStream<byte[]> in;
        /** Bytes of the last chunk not yet returned; only the reading thread touches it. */
        private byte[] pending = new byte[0];
        private int pendingPos;
        private volatile boolean closed;

        End(MemoryObjectSendStream<byte[]> out, MemoryObjectReceiveStream<byte[]> in) {
            this.out = out;
            this.in = in;
        }

        @Override
        public byte[] receive(int maxBytes) throws InterruptedException {
            if (closed) {
                throw new ClosedResourceException();
            }
            if (pendingPos == pending.length) {
                pending = in.receive(); // EndOfStreamException once the peer's side is closed and drained
                pendingPos = 0;
            }
            int n = Math.min(maxBytes, pending.length - pendingPos);
            byte[] chunk = Arrays.copyOfRange(pending, pendingPos, pendingPos + n);
            pendingPos += n;
            return chunk;
        }

        @Override
        public void send(byte[] data) throws InterruptedException {
            Objects.requireNonNull(data, "data");
            if (data.length > 0) {
                out.send(data.clone()); // BrokenResourceException once the peer closed its end
            }
        }

        @Override
        public void sendEof() {
            out.close();
        }

        @Override
        public void close() {
            closed = true;
            out.close();
            in.close();
        }

        boolean isClosed() {
            return closed;
        }
    }
}
