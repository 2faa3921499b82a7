package dev.streams.tls;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.internal.Checks;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A tiny in-memory, bounded, full-duplex byte stream pair for TLS tests: no operating system calls
 * at all, like trio's "very weird virtual echo server". A full direction blocks its sender, so a
 * test can catch full-duplex deadlocks. A send is all-or-nothing (it waits for room for the whole
 * chunk, or for the whole capacity when larger), and an interrupted receive consumes nothing.
 */
final class MemoryPipe {

    private MemoryPipe() {
    }

    /** Two connected ends; what one sends, the other receives. */
    static ByteStream[] pair(int capacity) {
        Direction ab = new Direction(capacity);
        Direction ba = new Direction(capacity);
        End a = new End(ab, ba, "a");
        End b = new End(ba, ab, "b");
        return new ByteStream[] {a, b};
    }

    static final AtomicLong BYTES_MOVED = new AtomicLong();

    private static final class Direction {
        final ReentrantLock lock = new ReentrantLock();
        final Condition changed = lock.newCondition();
        final byte[] buffer;
        int start;
        int count;
        boolean eof; // the sender is done (sendEof or close)
        boolean receiverClosed;

        Direction(int capacity) {
            buffer = new byte[capacity];
        }
    }

    private static final class End implements ByteStream {
        private final Direction out;
        private final Direction in;
        private final String name;
        private volatile boolean closed;

        End(Direction out, Direction in, String name) {
            this.out = out;
            this.in = in;
            this.name = name;
        }

        @Override
        public byte[] receive(int maxBytes) throws InterruptedException {
            Checks.requirePositive(maxBytes, "maxBytes");
            in.lock.lockInterruptibly();
            try {
                while (true) {
                    if (closed) {
                        throw new ClosedResourceException();
                    }
                    if (in.count > 0) {
                        int n = Math.min(maxBytes, in.count);
                        byte[] data = new byte[n];
                        for (int i = 0; i < n; i++) {
                            data[i] = in.buffer[(in.start + i) % in.buffer.length];
                        }
                        in.start = (in.start + n) % in.buffer.length;
                        in.count -= n;
                        in.changed.signalAll();
                        BYTES_MOVED.addAndGet(n);
                        return data;
                    }
                    if (in.eof) {
                        throw new EndOfStreamException();
                    }
                    in.changed.await(); // throws InterruptedException having consumed nothing
                }
            } finally {
                in.lock.unlock();
            }
        }

        @Override
        public void send(byte[] data) throws InterruptedException {
            Objects.requireNonNull(data, "data");
            int offset = 0;
            while (offset < data.length) {
                int chunk = Math.min(data.length - offset, out.buffer.length);
                out.lock.lockInterruptibly();
                try {
                    while (true) {
                        if (closed) {
                            throw new ClosedResourceException();
                        }
                        if (out.eof) {
                            throw new ClosedResourceException("send after sendEof");
                        }
                        if (out.receiverClosed) {
                            throw new BrokenResourceException("the receiving end was closed");
                        }
                        if (out.buffer.length - out.count >= chunk) {
                            break;
                        }
                        out.changed.await();
                    }
                    for (int i = 0; i < chunk; i++) {
                        out.buffer[(out.start + out.count + i) % out.buffer.length] = data[offset + i];
                    }
                    out.count += chunk;
                    out.changed.signalAll();
                } finally {
                    out.lock.unlock();
                }
                offset += chunk;
            }
        }

        @Override
        public void sendEof() {
            out.lock.lock();
            try {
                out.eof = true;
                out.changed.signalAll();
            } finally {
                out.lock.unlock();
            }
        }

        @Override
        public void close() {
            closed = true;
            sendEof();
            in.lock.lock();
            try {
                in.receiverClosed = true;
                in.changed.signalAll();
            } finally {
                in.lock.unlock();
            }
        }

        boolean isClosed() {
            return closed;
        }

        @Override
        public String toString() {
            return "MemoryPipe." + name + Arrays.toString(new int[] {in.count, out.count});
        }
    }

    static boolean isClosed(ByteStream stream) {
        return ((End) stream).isClosed();
    }
}
