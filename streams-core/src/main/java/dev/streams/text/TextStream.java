package dev.streams.text;

import dev.streams.ByteStream;
import dev.streams.ObjectStream;
import dev.streams.TypedAttribute;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A two-way text stream over a byte stream: a {@link TextReceiveStream} and a
 * {@link TextSendStream} sharing one transport and one charset.
 *
 * <pre>{@code
 * try (TextStream chat = new TextStream(Tcp.connect("127.0.0.1", port))) {
 *     chat.send("hello\n");
 *     String reply = chat.receive();     // a piece of text, not necessarily a whole line
 * }
 * }</pre>
 *
 * <p>Decoding and encoding behave as in {@link TextReceiveStream} and {@link TextSendStream}.
 * {@link #sendEof()} half-closes the transport. {@link #close()} closes the transport once.
 *
 * <p>Thread-safety: one reader and one writer at a time (they may be different threads);
 * a second concurrent reader or writer fails with {@link dev.streams.BusyResourceException}.
 *
 * <h2>Coming from AnyIO</h2>
 * AnyIO's {@code TextStream.aclose()} closes the transport twice, once per half; this closes it
 * once.
 */
public final class TextStream implements ObjectStream<String> {

    private final ByteStream transport;
    private final TextReceiveStream receiver;
    private final TextSendStream sender;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** UTF-8, reporting errors. */
    public TextStream(ByteStream source) {
        this(source, StandardCharsets.UTF_8, CodingErrorAction.REPORT);
    }

    /** {@code charset}, reporting errors. */
    public TextStream(ByteStream source, Charset charset) {
        this(source, charset, CodingErrorAction.REPORT);
    }

    /**
     * {@code charset}, handling bad input in both directions with {@code onError}.
     *
     * @throws NullPointerException if an argument is null
     */
    public TextStream(ByteStream source, Charset charset, CodingErrorAction onError) {
        this.transport = Objects.requireNonNull(source, "source");
        this.receiver = new TextReceiveStream(source, charset, onError);
        this.sender = new TextSendStream(source, charset, onError);
    }

    /** See {@link TextReceiveStream#receive()}. */
    @Override
    public String receive() throws InterruptedException {
        return receiver.receive();
    }

    /** See {@link TextSendStream#send(String)}. */
    @Override
    public void send(String item) throws InterruptedException {
        sender.send(item);
    }

    /** Half-closes the transport: the peer sees the end of the stream; receiving goes on. */
    @Override
    public void sendEof() throws InterruptedException {
        transport.sendEof();
    }

    /** The charset of both directions. */
    public Charset charset() {
        return receiver.charset();
    }

    /** Closes the transport, once however often this is called. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            // Closing each half would close the transport twice (AnyIO does): close it once
            // and only mark the halves closed.
            receiver.markClosed();
            sender.markClosed();
            transport.close();
        }
    }

    /** The attributes of the transport. */
    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return transport.extraAttributes();
    }

    @Override
    public String toString() {
        return "TextStream[" + receiver.charset().name() + ", " + transport + "]";
    }
}
