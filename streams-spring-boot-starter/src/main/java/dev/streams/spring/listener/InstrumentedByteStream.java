package dev.streams.spring.listener;

import dev.streams.ByteStream;
import dev.streams.TypedAttribute;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ByteStream} that forwards to another and observes it: it counts the bytes that pass
 * (when given statistics) and runs a callback once when closed. It exposes the delegate's typed
 * attributes, so a handler still sees {@code SocketAttribute}s and {@code TlsAttribute}s.
 *
 * <p>Thread-safe as far as the delegate is: the counters are atomic and the close callback runs once.
 */
final class InstrumentedByteStream implements ByteStream {

    private final ByteStream delegate;

    private final @Nullable ListenerStatistics byteCounters;

    private final @Nullable Runnable onClose;

    private final AtomicBoolean closed = new AtomicBoolean();

    InstrumentedByteStream(ByteStream delegate, @Nullable ListenerStatistics byteCounters, @Nullable Runnable onClose) {
        this.delegate = delegate;
        this.byteCounters = byteCounters;
        this.onClose = onClose;
    }

    static InstrumentedByteStream countingBytes(ByteStream delegate, ListenerStatistics statistics) {
        return new InstrumentedByteStream(delegate, statistics, null);
    }

    static InstrumentedByteStream onClose(ByteStream delegate, Runnable onClose) {
        return new InstrumentedByteStream(delegate, null, onClose);
    }

    ByteStream delegate() {
        return this.delegate;
    }

    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        byte[] data = this.delegate.receive(maxBytes);
        if (this.byteCounters != null) {
            this.byteCounters.received(data.length);
        }
        return data;
    }

    @Override
    public int receive(ByteBuffer dst) throws InterruptedException {
        int count = this.delegate.receive(dst);
        if (this.byteCounters != null && count > 0) {
            this.byteCounters.received(count);
        }
        return count;
    }

    @Override
    public void send(byte[] data) throws InterruptedException {
        this.delegate.send(data);
        if (this.byteCounters != null) {
            this.byteCounters.sent(data.length);
        }
    }

    @Override
    public void send(ByteBuffer src) throws InterruptedException {
        int count = src.remaining();
        this.delegate.send(src);
        if (this.byteCounters != null) {
            this.byteCounters.sent(count - src.remaining());
        }
    }

    @Override
    public void sendEof() throws InterruptedException {
        this.delegate.sendEof();
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return this.delegate.extraAttributes();
    }

    @Override
    public <T> T extra(TypedAttribute<T> attribute) {
        return this.delegate.extra(attribute);
    }

    @Override
    public <T> @Nullable T extra(TypedAttribute<T> attribute, @Nullable T defaultValue) {
        return this.delegate.extra(attribute, defaultValue);
    }

    @Override
    public void close() {
        try {
            this.delegate.close();
        } finally {
            if (this.onClose != null && this.closed.compareAndSet(false, true)) {
                this.onClose.run();
            }
        }
    }

    @Override
    public String toString() {
        return "InstrumentedByteStream[" + this.delegate + "]";
    }
}
