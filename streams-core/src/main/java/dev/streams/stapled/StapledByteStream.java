package dev.streams.stapled;

import dev.streams.ByteReceiveStream;
import dev.streams.ByteSendStream;
import dev.streams.ByteStream;
import dev.streams.TypedAttribute;
import dev.streams.internal.Checks;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Joins a send stream and a receive stream into one two-way {@link ByteStream}, for example two
 * pipes, or the two directions of a test transport.
 *
 * <pre>{@code
 * ByteStream stream = new StapledByteStream(FileWriteStream.fromPath(out), FileReadStream.fromPath(in));
 * stream.send("ping".getBytes(UTF_8));
 * stream.sendEof();                  // closes the send half only
 * byte[] reply = stream.receive();
 * }</pre>
 *
 * <p>{@link #sendEof()} closes the send half only; {@link #close()} closes both (send first).
 * {@link #receive(int)} checks {@code maxBytes} before delegating. The extra attributes are those of
 * both halves, the send half winning when both have the same attribute.
 *
 * <p>Thread-safety is that of the two halves: the record adds no state of its own.
 *
 * @param sendStream    where {@code send} goes
 * @param receiveStream where {@code receive} comes from
 */
public record StapledByteStream(ByteSendStream sendStream, ByteReceiveStream receiveStream) implements ByteStream {

    /** @throws NullPointerException if either half is null */
    public StapledByteStream {
        Objects.requireNonNull(sendStream, "sendStream");
        Objects.requireNonNull(receiveStream, "receiveStream");
    }

    /** @throws IllegalArgumentException "maxBytes must be a positive integer", before delegating */
    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        Checks.requirePositive(maxBytes, "maxBytes");
        return receiveStream.receive(maxBytes);
    }

    @Override
    public int receive(ByteBuffer dst) throws InterruptedException {
        return receiveStream.receive(dst);
    }

    @Override
    public void send(byte[] data) throws InterruptedException {
        sendStream.send(data);
    }

    @Override
    public void send(ByteBuffer src) throws InterruptedException {
        sendStream.send(src);
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
