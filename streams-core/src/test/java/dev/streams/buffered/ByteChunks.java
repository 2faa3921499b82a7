package dev.streams.buffered;

import dev.streams.ByteStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.ObjectReceiveStream;
import dev.streams.TypedAttribute;
import dev.streams.internal.Checks;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A test transport: a {@link ByteStream} that receives queued chunks (splitting one when
 * {@code maxBytes} is smaller and keeping the rest) and records what is sent. {@link #objects()}
 * views the same queue as an object stream of whole chunks. Receives block until {@link #add} or
 * {@link #end}, and are interruptible.
 */
public final class ByteChunks implements ByteStream {

    private static final Object END = new Object();

    private final LinkedBlockingDeque<Object> incoming = new LinkedBlockingDeque<>();
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final List<byte[]> sentChunks = new CopyOnWriteArrayList<>();
    private final Map<TypedAttribute<?>, Supplier<?>> attributes;
    private final AtomicInteger receiveCalls = new AtomicInteger();
    private final AtomicInteger closeCalls = new AtomicInteger();
    private volatile boolean closed;
    private volatile boolean sendClosed;

    public ByteChunks(Map<TypedAttribute<?>, Supplier<?>> attributes) {
        this.attributes = attributes;
    }

    public ByteChunks() {
        this(Map.of());
    }

    /** A source that delivers {@code chunks} and then ends. */
    public static ByteChunks of(List<byte[]> chunks) {
        ByteChunks source = new ByteChunks();
        chunks.forEach(source::add);
        source.end();
        return source;
    }

    /** A source that delivers the ASCII strings as chunks and then ends. */
    public static ByteChunks ofAscii(String... chunks) {
        return of(Arrays.stream(chunks).map(ByteChunks::ascii).toList());
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    public ByteChunks add(byte[] chunk) {
        incoming.addLast(chunk.clone());
        return this;
    }

    public void end() {
        incoming.addLast(END);
    }

    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        Checks.requirePositive(maxBytes, "maxBytes");
        receiveCalls.incrementAndGet();
        byte[] chunk = take();
        if (chunk.length > maxBytes) {
            incoming.addFirst(Arrays.copyOfRange(chunk, maxBytes, chunk.length));
            return Arrays.copyOf(chunk, maxBytes);
        }
        return chunk;
    }

    private byte[] take() throws InterruptedException {
        if (closed) {
            throw new ClosedResourceException();
        }
        Object next = incoming.takeFirst();
        if (next == END) {
            incoming.addFirst(END);
            throw new EndOfStreamException();
        }
        return (byte[]) next;
    }

    /** The same queue as an object stream: each receive returns one whole chunk, empty ones too. */
    public ObjectReceiveStream<byte[]> objects() {
        return new ObjectReceiveStream<>() {
            @Override
            public byte[] receive() throws InterruptedException {
                receiveCalls.incrementAndGet();
                return take();
            }

            @Override
            public void close() {
                ByteChunks.this.close();
            }

            @Override
            public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
                return attributes;
            }
        };
    }

    @Override
    public void send(byte[] data) {
        if (closed || sendClosed) {
            throw new ClosedResourceException();
        }
        if (data.length > 0) {
            sentChunks.add(data.clone());
            sent.writeBytes(data);
        }
    }

    @Override
    public void sendEof() {
        sendClosed = true;
    }

    @Override
    public void close() {
        closeCalls.incrementAndGet();
        closed = true;
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return attributes;
    }

    public byte[] sent() {
        return sent.toByteArray();
    }

    public List<byte[]> sentChunks() {
        return List.copyOf(sentChunks);
    }

    public int receiveCalls() {
        return receiveCalls.get();
    }

    public int closeCalls() {
        return closeCalls.get();
    }

    public boolean isSendClosed() {
        return sendClosed;
    }
}
