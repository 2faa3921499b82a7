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
 * <p>Between calls the stream keeps at most a 16 KiB scratch buffer and the few bytes of a
 * character cut by the end of a chunk, never the chunk itself.
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
    private static final CharBuffer NO_CHARS = CharBuffer.allocate(0);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /**
     * The largest character buffer kept between calls (about 16 KiB): enough for an 8 KiB chunk
     * of a single-byte charset plus a cut character and the estimate's margin (without that
     * slack, 8 KiB chunks got a fresh buffer each). A larger one serves its chunk and is dropped,
     * so a stream that once received a big chunk does not keep its size for the connection's life.
     */
    static final int MAX_KEPT_CHARS = 8 * 1024 + 16;
    /** Undecoded bytes at most this long are copied out of their chunk rather than pinning it. */
    private static final int MAX_COPIED_TAIL = 64;
    /** A UTF-8 character cut by a chunk's end has at most three bytes on either side of the cut. */
    private static final int BRIDGED = 3;

    private final ByteReceiveStream source;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ResourceGuard guard = new ResourceGuard("reading from");
    private volatile boolean closed;

    // Guarded by `guard`.
    private ByteBuffer undecoded = NO_BYTES; // read mode: bytes not decoded yet
    private ByteBuffer carried = NO_BYTES;   // UTF-8: the start of a character cut by the last chunk, before undecoded
    private final byte[] bridgeBytes = new byte[8];
    private boolean decodeFirst;              // undecoded may decode (or fail) without more input
    private boolean sourceEnded;
    private boolean flushed;
    private CharBuffer chars = NO_CHARS; // reused decoding buffer, array-backed
    private final boolean latin1;   // ISO-8859-1: every byte is its own character
    /** UTF-8 or US-ASCII: a run of bytes below 0x80 is that text. */
    private final boolean asciiSuperset;
    private final boolean utf8;
    private byte[] latin1Bytes = new byte[0]; // reused by latin1Subset

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
                releaseChunk();
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
        if (utf8 && undecoded.remaining() < BRIDGED && chunk.length >= BRIDGED) {
            carried = undecoded; // decoded with the chunk's first bytes by bridge(), not copied
            undecoded = ByteBuffer.wrap(chunk);
            return;
        }
        ByteBuffer joined = ByteBuffer.allocate(undecoded.remaining() + chunk.length);
        joined.put(undecoded).put(chunk).flip();
        undecoded = joined;
    }

    /**
     * Lets go of the received chunk once only a short tail of it (the start of a character cut by
     * the chunk's end) is left: the tail is copied, so an idle stream keeps a few bytes, not the
     * whole chunk it last received.
     */
    private void releaseChunk() {
        int left = undecoded.remaining();
        if (left == 0) {
            undecoded = NO_BYTES;
        } else if (left <= MAX_COPIED_TAIL && undecoded.capacity() > MAX_COPIED_TAIL) {
            byte[] tail = new byte[left];
            undecoded.get(tail);
            undecoded = ByteBuffer.wrap(tail);
        }
    }

    /**
     * Decodes what {@code undecoded} holds. At the end of input the decoder is also flushed, and
     * an incomplete trailing sequence becomes a malformed-input error.
     *
     * <p>The characters go into a reused buffer and become a {@code String} in one copy: allocating
     * a fresh buffer per chunk cost more than the decoding (it was zeroed, filled, then copied).
     */
    private String decode(boolean endOfInput) {
        if (asciiSuperset && !carried.hasRemaining()) {
            String text = decodeWithoutDecoder(endOfInput);
            if (text != null) {
                return text;
            }
        }
        int estimate = (int) Math.min(Integer.MAX_VALUE - 8, (long) (undecoded.remaining() * (double) decoder.maxCharsPerByte()) + 4);
        CharBuffer out = chars;
        if (out.capacity() < estimate) {
            out = CharBuffer.allocate(Math.max(estimate, 16));
        } else {
            out.clear();
        }
        if (carried.hasRemaining()) {
            bridge(out);
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

    /**
     * Decodes the UTF-8 character cut by the last chunk's end, from its first bytes
     * ({@code carried}) and the first bytes of the new chunk, into {@code out}, and moves
     * {@code undecoded} past the bytes it took: the chunk is then decoded where it lies, without
     * copying it behind the cut bytes. Should that character be malformed, the bytes are joined
     * after all and the decoder meets the error where it would have.
     */
    private void bridge(CharBuffer out) {
        int cut = carried.remaining();
        byte[] bytes = bridgeBytes;
        carried.get(bytes, 0, cut);
        carried = NO_BYTES;
        undecoded.get(undecoded.position(), bytes, cut, BRIDGED); // append() made sure there are BRIDGED
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, cut + BRIDGED);
        CoderResult result = decoder.decode(in, out, false);
        int fromChunk = in.position() - cut;
        if (!result.isError() && fromChunk > 0) {
            undecoded.position(undecoded.position() + fromChunk);
            return;
        }
        out.clear();
        ByteBuffer joined = ByteBuffer.allocate(cut + undecoded.remaining());
        joined.put(bytes, 0, cut).put(undecoded).flip();
        undecoded = joined;
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
     * The fast path for UTF-8 and US-ASCII text below U+0100 ({@link #latin1Subset}), which
     * decodes the whole of {@code undecoded} without the {@link CharsetDecoder}, or gives up with
     * {@code null} before changing any state.
     *
     * <p>Why not the JDK's {@code String(bytes, UTF_8)} for wider text: measured on JDK 17 and 25,
     * it decodes Cyrillic, CJK and emoji no faster than the decoder into a reused {@code char[]}
     * plus {@code new String(chars)} (it sizes a UTF-16 array for every byte, then trims it), and
     * its Latin-1 loop goes a byte at a time where {@link #latin1Subset} goes eight.
     */
    private @Nullable String decodeWithoutDecoder(boolean endOfInput) {
        int length = undecoded.remaining();
        if (length == 0) {
            return null;
        }
        byte[] src = undecoded.array();
        int start = undecoded.arrayOffset() + undecoded.position();
        String text = latin1Subset(src, start, start + length);
        if (text == null) {
            return null;
        }
        if (endOfInput) {
            flushed = true; // nothing held back: the UTF-8 and US-ASCII decoders have no state to flush
        }
        undecoded.position(undecoded.limit());
        return text;
    }

    /**
     * Text whose characters are all below U+0100, which Java stores one byte per character:
     * ASCII runs are copied as they are and, in UTF-8, each two-byte sequence
     * {@code C2|C3 80..BF} becomes its Latin-1 byte; the bytes then become the {@code String} in
     * one copy. Anything else (a wider character, a malformed byte, a character cut off at the
     * end of the chunk) gives up with {@code null}. For mostly-ASCII text this beats the
     * {@code String} constructor, whose Latin-1 loop goes a byte at a time on JDK 17.
     */
    private @Nullable String latin1Subset(byte[] src, int start, int end) {
        int i = asciiRunEnd(src, start, end);
        if (i == end) {
            return new String(src, start, end - start, StandardCharsets.ISO_8859_1);
        }
        if (!utf8) {
            return null;
        }
        byte[] dst = latin1Scratch(end - start);
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
        return new String(dst, 0, d, StandardCharsets.ISO_8859_1);
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
        if (length <= MAX_KEPT_CHARS * Character.BYTES) {
            latin1Bytes = scratch; // kept: a bigger one serves its chunk and goes
        }
        return scratch;
    }

    /**
     * The bytes this stream keeps between calls (its character buffer and the array its undecoded
     * bytes live in), for tests of what an idle stream holds on to.
     */
    int retainedBytes() {
        return chars.capacity() * Character.BYTES + undecoded.capacity() + carried.capacity() + latin1Bytes.length
                + bridgeBytes.length;
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
