package dev.streams.stapled;

import dev.streams.ObjectReceiveStream;
import dev.streams.ObjectSendStream;
import dev.streams.ObjectStream;
import dev.streams.TypedAttribute;
import dev.streams.memory.MemoryObjectSendStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Joins an object send stream and an object receive stream into one two-way {@link ObjectStream}.
 * The classic use is a loopback transport made of two memory object streams:
 *
 * <pre>{@code
 * var aToB = MemoryObjectStream.<byte[]>create(16);
 * var bToA = MemoryObjectStream.<byte[]>create(16);
 * var a = new StapledObjectStream<>(aToB.sendStream(), bToA.receiveStream());
 * var b = new StapledObjectStream<>(bToA.sendStream(), aToB.receiveStream());
 * a.send(bytes);             // b.receive() returns it
 * a.sendEof();               // b sees the end of the stream; a can still receive
 * }</pre>
 *
 * <p>{@link #sendEof()} closes the send half only; {@link #close()} closes both (send first). The
 * extra attributes are those of both halves, the send half winning on conflicts.
 *
 * <p>Thread-safety is that of the two halves: the record adds no state of its own.
 *
 * @param sendStream    where {@code send} goes
 * @param receiveStream where {@code receive} comes from
 * @param <T>           the type of the items
 */
public record StapledObjectStream<T>(ObjectSendStream<T> sendStream, ObjectReceiveStream<T> receiveStream)
        implements ObjectStream<T> {

    /** @throws NullPointerException if either half is null */
    public StapledObjectStream {
        Objects.requireNonNull(sendStream, "sendStream");
        Objects.requireNonNull(receiveStream, "receiveStream");
    }

    @Override
    public T receive() throws InterruptedException {
        return receiveStream.receive();
    }

    @Override
    public void send(T item) throws InterruptedException {
        sendStream.send(item);
    }

    /**
     * Sends without blocking, where the send half can: a {@link MemoryObjectSendStream} or another
     * {@code StapledObjectStream}. Whatever the send half throws propagates unchanged.
     *
     * @throws UnsupportedOperationException if the send half has no non-blocking send
     */
    public void sendNowait(T item) {
        if (sendStream instanceof MemoryObjectSendStream<T> memory) {
            memory.sendNowait(item);
        } else if (sendStream instanceof StapledObjectStream<T> stapled) {
            stapled.sendNowait(item);
        } else {
            throw new UnsupportedOperationException(
                    "'sendNowait' is not implemented by " + sendStream.getClass().getName());
        }
    }

    /** Closes the send half; this side can still receive. */
    @Override
    public void sendEof() {
        sendStream.close();
    }

    /** Closes the send half, then the receive half (even if closing the send half failed). */
    @Override
    public void close() {
        Stapling.closeBoth(sendStream, receiveStream);
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return Stapling.merge(sendStream, receiveStream);
    }
}
