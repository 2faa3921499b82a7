package dev.streams.spring.listener;

import dev.streams.ByteStream;
import dev.streams.TypedAttribute;
import dev.streams.net.IdleTimeoutException;
import dev.streams.net.WriteTimeoutException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ByteStream} that forwards to another and observes it: it counts the bytes that pass and
 * the idle and write-timeout closes (when given statistics), and runs a callback once when closed.
 * It exposes the delegate's typed attributes, so a handler still sees {@code SocketAttribute}s and
 * {@code TlsAttribute}s, plus the listener's {@link ShutdownSignal#ATTRIBUTE} when given one.
 *
 * <p>Thread-safe as far as the delegate is: the counters are atomic and the close callback runs once.
 */
final class InstrumentedByteStream implements ByteStream {

    private final ByteStream delegate;

    private final @Nullable ListenerStatistics byteCounters;

    private final @Nullable Runnable onClose;

    private final @Nullable ShutdownSignal shutdownSignal;

    private final AtomicBoolean closed = new AtomicBoolean();

    private final AtomicBoolean timedOut = new AtomicBoolean();

    InstrumentedByteStream(ByteStream delegate, @Nullable ListenerStatistics byteCounters, @Nullable Runnable onClose,
            @Nullable ShutdownSignal shutdownSignal) {
        this.delegate = delegate;
        this.byteCounters = byteCounters;
        this.onClose = onClose;
        this.shutdownSignal = shutdownSignal;
    }

    /** The stream a handler gets: counts bytes and timeouts, carries the shutdown signal. */
    static InstrumentedByteStream served(ByteStream delegate, ListenerStatistics statistics, ShutdownSignal signal) {
        return new InstrumentedByteStream(delegate, statistics, null, signal);
    }

    static InstrumentedByteStream onClose(ByteStream delegate, Runnable onClose) {
        return new InstrumentedByteStream(delegate, null, onClose, null);
    }

    /**
     * Counts the close of a connection whose peer went silent or stopped reading, once. Looks
     * along the cause chain too, in case a wrapper (TLS) reports the transport's timeout as the
     * cause of its own exception.
     */
    private RuntimeException failed(RuntimeException error) {
        if (this.byteCounters == null) {
            return error;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            boolean idle = t instanceof IdleTimeoutException;
            if (idle || t instanceof WriteTimeoutException) {
                if (this.timedOut.compareAndSet(false, true)) {
                    this.byteCounters.closedByTimeout(idle);
                }
                break;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return error;
    }

    ByteStream delegate() {
        return this.delegate;
    }

    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        byte[] data;
        try {
            data = this.delegate.receive(maxBytes);
        } catch (RuntimeException e) {
            throw failed(e);
        }
        if (this.byteCounters != null) {
            this.byteCounters.received(data.length);
        }
        return data;
    }

    @Override
    public int receive(ByteBuffer dst) throws InterruptedException {
        int count;
        try {
            count = this.delegate.receive(dst);
        } catch (RuntimeException e) {
            throw failed(e);
        }
        if (this.byteCounters != null && count > 0) {
            this.byteCounters.received(count);
        }
        return count;
    }

    @Override
    public void send(byte[] data) throws InterruptedException {
        try {
            this.delegate.send(data);
        } catch (RuntimeException e) {
            throw failed(e);
        }
        if (this.byteCounters != null) {
            this.byteCounters.sent(data.length);
        }
    }

    @Override
    public void send(ByteBuffer src) throws InterruptedException {
        int count = src.remaining();
        try {
            this.delegate.send(src);
        } catch (RuntimeException e) {
            throw failed(e);
        }
        if (this.byteCounters != null) {
            this.byteCounters.sent(count - src.remaining());
        }
    }

    @Override
    public void sendEof() throws InterruptedException {
        try {
            this.delegate.sendEof();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        if (this.shutdownSignal == null) {
            return this.delegate.extraAttributes();
        }
        Map<TypedAttribute<?>, Supplier<?>> attributes = new HashMap<>(this.delegate.extraAttributes());
        ShutdownSignal signal = this.shutdownSignal;
        attributes.put(ShutdownSignal.ATTRIBUTE, () -> signal);
        return attributes;
    }

    @Override
    public <T> T extra(TypedAttribute<T> attribute) {
        if (attribute == ShutdownSignal.ATTRIBUTE && this.shutdownSignal != null) {
            return attribute.type().cast(this.shutdownSignal);
        }
        return this.delegate.extra(attribute);
    }

    @Override
    public <T> @Nullable T extra(TypedAttribute<T> attribute, @Nullable T defaultValue) {
        if (attribute == ShutdownSignal.ATTRIBUTE && this.shutdownSignal != null) {
            return attribute.type().cast(this.shutdownSignal);
        }
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
