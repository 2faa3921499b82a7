package dev.streams.text;

import dev.streams.ByteSendStream;
import dev.streams.ClosedResourceException;
import dev.streams.ObjectSendStream;
import dev.streams.TypedAttribute;
import dev.streams.internal.ResourceGuard;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Encodes text onto a byte stream: each {@link #send(String)} encodes the string and sends the
 * bytes in one {@link ByteSendStream#send(byte[])}.
 *
 * <pre>{@code
 * try (TextSendStream text = new TextSendStream(socket)) {      // UTF-8
 *     text.send("hello, world\n");
 * }
 * }</pre>
 *
 * <p>Characters the charset cannot encode follow the {@link CodingErrorAction}: {@code REPORT}
 * (the default) throws {@link IllegalArgumentException} naming the problem, with the
 * {@link CharacterCodingException} as cause, and sends nothing; {@code REPLACE} sends the
 * charset's replacement ({@code "?"} for ISO-8859-1); {@code IGNORE} drops them. Each string must
 * be complete: a string ending in half a surrogate pair is malformed.
 *
 * <p>The encoder keeps its state across sends, so a charset with a byte-order mark (UTF-16) writes
 * it once, at the start of the stream, not before every string.
 *
 * <p>Thread-safety: one writer at a time; a second concurrent {@code send} fails with
 * {@link dev.streams.BusyResourceException}. {@link #close()} may be called from any thread.
 *
 * <h2>Coming from AnyIO</h2>
 * {@code errors="strict"} raises {@code UnicodeEncodeError}; here it is an
 * {@code IllegalArgumentException}. AnyIO re-emits the UTF-16 BOM on every send; this does not.
 */
public final class TextSendStream implements ObjectSendStream<String> {

    private final ByteSendStream transport;
    private final Charset charset;
    private final CharsetEncoder encoder;
    private final ResourceGuard guard = new ResourceGuard("writing to");
    private volatile boolean closed;
    private boolean started; // guarded by `guard`: some bytes went out, the BOM (if any) with them

    /** Encodes UTF-8, reporting errors. */
    public TextSendStream(ByteSendStream source) {
        this(source, StandardCharsets.UTF_8, CodingErrorAction.REPORT);
    }

    /** Encodes {@code charset}, reporting errors. */
    public TextSendStream(ByteSendStream source, Charset charset) {
        this(source, charset, CodingErrorAction.REPORT);
    }

    /**
     * Encodes {@code charset}, handling malformed and unmappable input with {@code onError}.
     *
     * @throws NullPointerException if an argument is null
     */
    public TextSendStream(ByteSendStream source, Charset charset, CodingErrorAction onError) {
        this.transport = Objects.requireNonNull(source, "source");
        this.charset = Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(onError, "onError");
        this.encoder = charset.newEncoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    /**
     * Encodes {@code item} and sends the bytes. An empty string sends nothing.
     *
     * @throws NullPointerException if {@code item} is null
     * @throws IllegalArgumentException under {@code REPORT}, if {@code item} cannot be encoded;
     *     nothing is sent
     * @throws ClosedResourceException if this stream was closed
     * @throws InterruptedException if interrupted while sending
     */
    @Override
    public void send(String item) throws InterruptedException {
        Objects.requireNonNull(item, "item");
        if (closed) {
            throw new ClosedResourceException();
        }
        guard.enter();
        try {
            ByteBuffer bytes;
            try {
                bytes = encode(item);
            } catch (IllegalArgumentException e) {
                if (!started) {
                    encoder.reset(); // the failed item's BOM went nowhere: write it with the next one
                }
                throw e;
            }
            if (bytes.hasRemaining()) {
                transport.send(bytes);
                started = true;
            }
        } finally {
            guard.exit();
        }
    }

    /** The charset this stream encodes. */
    public Charset charset() {
        return charset;
    }

    /** Closes the transport. Idempotent. */
    @Override
    public void close() {
        closed = true;
        transport.close();
    }

    /** Marks this stream closed without closing the transport; {@link TextStream} closes it once. */
    void markClosed() {
        closed = true;
    }

    /** The attributes of the transport. */
    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return transport.extraAttributes();
    }

    private ByteBuffer encode(String item) {
        CharBuffer in = CharBuffer.wrap(item);
        int estimate = (int) Math.min(Integer.MAX_VALUE - 8, (long) (item.length() * (double) encoder.maxBytesPerChar()) + 4);
        ByteBuffer out = ByteBuffer.allocate(estimate);
        while (true) {
            // endOfInput=false keeps the encoder's state (the BOM is written once per stream).
            CoderResult result = encoder.encode(in, out, false);
            if (result.isOverflow()) {
                out = ByteBuffer.allocate(out.capacity() * 2 + 16).put(out.flip());
            } else if (result.isError()) {
                throw encodingError(result, in.position());
            } else if (in.hasRemaining()) {
                // A trailing high surrogate waits for its pair, which no later string may supply.
                CoderResult cut = CoderResult.malformedForLength(in.remaining());
                CodingErrorAction action = encoder.malformedInputAction();
                if (action == CodingErrorAction.REPORT) {
                    throw encodingError(cut, in.position());
                }
                if (action == CodingErrorAction.REPLACE) {
                    byte[] replacement = encoder.replacement();
                    if (out.remaining() < replacement.length) {
                        out = ByteBuffer.allocate(out.position() + replacement.length).put(out.flip());
                    }
                    out.put(replacement);
                }
                break;
            } else {
                break;
            }
        }
        return out.flip();
    }

    private IllegalArgumentException encodingError(CoderResult result, int index) {
        CharacterCodingException cause = CoderResults.exceptionOf(result);
        String problem = result.isUnmappable() ? "has a character that " + charset.name() + " cannot encode"
                : "has a malformed character (a lone surrogate)";
        return new IllegalArgumentException("item " + problem + " at index " + index, cause);
    }

    @Override
    public String toString() {
        return "TextSendStream[" + charset.name() + ", " + transport + "]";
    }
}
