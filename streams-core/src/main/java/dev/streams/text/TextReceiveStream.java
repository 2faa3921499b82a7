package dev.streams.text;

import dev.streams.ByteReceiveStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.ObjectReceiveStream;
import dev.streams.TextDecodingException;
import dev.streams.TypedAttribute;
import dev.streams.internal.ResourceGuard;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Decodes a byte stream into text. Each {@link #receive()} returns the characters decoded from
 * the next chunk of bytes: arbitrary pieces of text, not lines, and never an empty string. A
 * character split across chunks is held back until its last byte arrives.
 *
 * <pre>{@code
 * try (TextReceiveStream text = new TextReceiveStream(socket, StandardCharsets.UTF_8)) {
 *     for (String piece : text) {
 *         out.append(piece);
 *     }
 * }
 * }</pre>
 *
 * <p>Errors follow the {@link CodingErrorAction}: {@code REPORT} (the default) throws
 * {@link TextDecodingException}, whose cause is the {@link CharacterCodingException};
 * {@code REPLACE} substitutes U+FFFD; {@code IGNORE} drops the bad bytes. Under {@code REPORT},
 * characters decoded before a bad sequence are returned first, the next {@code receive()} throws,
 * and the one after continues behind the bad bytes. <b>A character left incomplete at the end of
 * the stream is an error too</b>, reported (or replaced) before {@link EndOfStreamException}.
 *
 * <p>Thread-safety: one reader at a time; a second concurrent {@code receive()} fails with
 * {@link dev.streams.BusyResourceException}. {@link #close()} may be called from any thread.
 *
 * <h2>Coming from AnyIO</h2>
 * {@code errors="strict"|"replace"|"ignore"} is {@code CodingErrorAction.REPORT|REPLACE|IGNORE}.
 * Unlike AnyIO, a truncated character at the end of the stream is not silently dropped.
 */
public final class TextReceiveStream implements ObjectReceiveStream<String> {

    private static final ByteBuffer NO_BYTES = ByteBuffer.allocate(0);

    private final ByteReceiveStream source;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ResourceGuard guard = new ResourceGuard("reading from");
    private volatile boolean closed;

    // Guarded by `guard`.
    private ByteBuffer undecoded = NO_BYTES; // read mode: bytes not decoded yet
    private boolean decodeFirst;              // undecoded may decode (or fail) without more input
    private boolean sourceEnded;
    private boolean flushed;

    /** Decodes UTF-8, reporting errors. */
    public TextReceiveStream(ByteReceiveStream source) {
        this(source, StandardCharsets.UTF_8, CodingErrorAction.REPORT);
    }

    /** Decodes {@code charset}, reporting errors. */
    public TextReceiveStream(ByteReceiveStream source, Charset charset) {
        this(source, charset, CodingErrorAction.REPORT);
    }

    /**
     * Decodes {@code charset}, handling malformed and unmappable input with {@code onError}.
     *
     * @throws NullPointerException if an argument is null
     */
    public TextReceiveStream(ByteReceiveStream source, Charset charset, CodingErrorAction onError) {
        this.source = Objects.requireNonNull(source, "source");
        this.charset = Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(onError, "onError");
        this.decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    /**
     * Returns the next piece of decoded text, at least one character.
     *
     * @throws TextDecodingException under {@code REPORT}, for bytes that are not valid in the
     *     charset, including a character cut off by the end of the stream
     * @throws EndOfStreamException at the end of the source, after every character was returned
     * @throws ClosedResourceException if this stream was closed
     * @throws InterruptedException if interrupted while waiting; undecoded bytes are kept
     */
    @Override
    public String receive() throws InterruptedException {
        if (closed) {
            throw new ClosedResourceException();
        }
        guard.enter();
        try {
            while (true) {
                if (flushed) {
                    throw new EndOfStreamException();
                }
                if (!decodeFirst && !sourceEnded) {
                    try {
                        append(source.receive());
                    } catch (EndOfStreamException e) {
                        sourceEnded = true;
                    }
                }
                decodeFirst = false;
                String text = decode(sourceEnded);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        } finally {
            guard.exit();
        }
    }

    /** The charset this stream decodes. */
    public Charset charset() {
        return charset;
    }

    /** Closes the source. Idempotent. */
    @Override
    public void close() {
        closed = true;
        source.close();
    }

    /** Marks this stream closed without closing the source; {@link TextStream} closes it once. */
    void markClosed() {
        closed = true;
    }

    /** The attributes of the source. */
    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return source.extraAttributes();
    }

    private void append(byte[] chunk) {
        if (!undecoded.hasRemaining()) {
            undecoded = ByteBuffer.wrap(chunk); // the common case: no tail, no copy
            return;
        }
        ByteBuffer joined = ByteBuffer.allocate(undecoded.remaining() + chunk.length);
        joined.put(undecoded).put(chunk).flip();
        undecoded = joined;
    }

    /**
     * Decodes what {@code undecoded} holds. At the end of input the decoder is also flushed, and
     * an incomplete trailing sequence becomes a malformed-input error.
     */
    private String decode(boolean endOfInput) {
        int estimate = (int) Math.min(Integer.MAX_VALUE - 8, (long) (undecoded.remaining() * (double) decoder.maxCharsPerByte()) + 2);
        CharBuffer out = CharBuffer.allocate(Math.max(estimate, 16));
        CoderResult result;
        while (true) {
            result = decoder.decode(undecoded, out, endOfInput);
            if (!result.isOverflow()) {
                break;
            }
            out = grow(out);
        }
        if (result.isUnderflow() && endOfInput) {
            while ((result = decoder.flush(out)).isOverflow()) {
                out = grow(out);
            }
            flushed = true;
        }
        if (result.isError()) {
            if (out.position() > 0) {
                decodeFirst = true; // return the good text first; report on the next call
            } else {
                undecoded.position(undecoded.position() + result.length()); // continue behind it
                decodeFirst = true;
                throw decodingError(result, endOfInput && !undecoded.hasRemaining());
            }
        }
        return out.flip().toString();
    }

    private TextDecodingException decodingError(CoderResult result, boolean atEnd) {
        CharacterCodingException cause = CoderResults.exceptionOf(result);
        String problem = result.isMalformed()
                ? (atEnd ? "truncated character at end of stream" : "malformed input")
                : "unmappable character";
        return new TextDecodingException("Cannot decode received bytes as " + charset.name() + ": " + problem
                + " (" + result.length() + " byte" + (result.length() == 1 ? "" : "s") + ")", cause);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        return bigger.put(out.flip());
    }

    @Override
    public String toString() {
        return "TextReceiveStream[" + charset.name() + ", " + source + "]";
    }
}
