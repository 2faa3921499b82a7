package dev.streams.text;

import dev.streams.ByteReceiveStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.ObjectReceiveStream;
import dev.streams.TextDecodingException;
import dev.streams.TypedAttribute;
import dev.streams.internal.ResourceGuard;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
import org.jspecify.annotations.Nullable;

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
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The largest character buffer kept between calls (64 KiB): enough for a 64 KiB chunk of ASCII. */
    private static final int MAX_KEPT_CHARS = 32 * 1024;

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
    private CharBuffer chars = CharBuffer.allocate(0); // reused decoding buffer, array-backed
    private final boolean latin1;   // ISO-8859-1: every byte is its own character
    private final boolean asciiSuperset; // UTF-8 or US-ASCII: a run of bytes below 0x80 is that text
    private final boolean utf8;
    private byte[] latin1Bytes = new byte[0]; // reused by decodeLatin1Subset

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
        this.latin1 = charset.equals(StandardCharsets.ISO_8859_1);
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.asciiSuperset = utf8 || charset.equals(StandardCharsets.US_ASCII);
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
                String text = latin1 ? decodeLatin1(sourceEnded) : decode(sourceEnded);
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
     *
     * <p>The characters go into a reused buffer and become a {@code String} in one copy: allocating
     * a fresh buffer per chunk cost more than the decoding (it was zeroed, filled, then copied).
     */
    private String decode(boolean endOfInput) {
        if (asciiSuperset) {
            String narrow = decodeLatin1Subset(endOfInput);
            if (narrow != null) {
                return narrow;
            }
        }
        int estimate = (int) Math.min(Integer.MAX_VALUE - 8, (long) (undecoded.remaining() * (double) decoder.maxCharsPerByte()) + 2);
        CharBuffer out = chars;
        if (out.capacity() < estimate) {
            out = CharBuffer.allocate(Math.max(estimate, 16));
        } else {
            out.clear();
        }
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
        if (out.capacity() <= MAX_KEPT_CHARS) {
            chars = out;
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
        return new String(out.array(), 0, out.position());
    }

    /** ISO-8859-1 cannot fail and holds nothing back: one compact-string copy per chunk. */
    private String decodeLatin1(boolean endOfInput) {
        int length = undecoded.remaining();
        if (endOfInput) {
            flushed = true;
        }
        if (length == 0) {
            return "";
        }
        String text = new String(undecoded.array(), undecoded.arrayOffset() + undecoded.position(), length,
                StandardCharsets.ISO_8859_1);
        undecoded.position(undecoded.limit());
        return text;
    }

    /**
     * The fast path for UTF-8 and US-ASCII text whose characters are all below U+0100, which Java
     * stores one byte per character: ASCII runs are copied as they are and, in UTF-8, each
     * two-byte sequence {@code C2|C3 80..BF} becomes its Latin-1 byte; the bytes then become the
     * {@code String} in one copy, with no {@code char[]} in between. Anything else (a wider
     * character, a malformed byte, a character cut off at the end of the chunk) gives up with
     * {@code null} before changing any state, and {@link #decode} decodes the chunk instead.
     */
    private @Nullable String decodeLatin1Subset(boolean endOfInput) {
        int length = undecoded.remaining();
        if (length == 0) {
            return null;
        }
        byte[] src = undecoded.array();
        int start = undecoded.arrayOffset() + undecoded.position();
        int end = start + length;
        int i = asciiRunEnd(src, start, end);
        String text;
        if (i == end) {
            text = new String(src, start, length, StandardCharsets.ISO_8859_1);
        } else {
            if (!utf8) {
                return null;
            }
            byte[] dst = latin1Scratch(length);
            int d = i - start;
            System.arraycopy(src, start, dst, 0, d);
            while (i < end) {
                byte lead = src[i];
                if (lead >= 0) {
                    int run = asciiRunEnd(src, i, end);
                    System.arraycopy(src, i, dst, d, run - i);
                    d += run - i;
                    i = run;
                } else if ((lead == (byte) 0xC2 || lead == (byte) 0xC3) && i + 1 < end && (src[i + 1] & 0xC0) == 0x80) {
                    dst[d++] = (byte) (((lead & 0x03) << 6) | (src[i + 1] & 0x3F));
                    i += 2;
                } else {
                    return null;
                }
            }
            text = new String(dst, 0, d, StandardCharsets.ISO_8859_1);
        }
        if (endOfInput) {
            flushed = true; // nothing held back: the UTF-8 and US-ASCII decoders have no state to flush
        }
        undecoded.position(undecoded.limit());
        return text;
    }

    /** The index of the first byte from {@code from} that is not ASCII, or {@code end}. */
    private static int asciiRunEnd(byte[] bytes, int from, int end) {
        int i = from;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long high = (long) LONGS.get(bytes, i) & 0x8080808080808080L;
            if (high != 0) {
                return i + (Long.numberOfTrailingZeros(high) >>> 3);
            }
        }
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    private byte[] latin1Scratch(int length) {
        byte[] scratch = latin1Bytes;
        if (scratch.length >= length) {
            return scratch;
        }
        scratch = new byte[length];
        if (length <= MAX_KEPT_CHARS * 2) {
            latin1Bytes = scratch;
        }
        return scratch;
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
