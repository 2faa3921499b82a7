package dev.streams.buffered;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one framed record of UTF-8 to a {@code String}, for
 * {@link BufferedByteReceiveStream#receiveUntil(byte[], int, java.nio.charset.Charset)}.
 *
 * <p>Why not only {@code new String(bytes, off, len, UTF_8)}: on ASCII that constructor is an
 * intrinsic copy and nothing beats it, but on multilingual text it decodes into a fresh array of
 * twice the record's length and then trims it, while the plain loop below decodes into a
 * {@code char[]} kept between records and {@code new String(char[], ...)} copies the result once.
 * Measured on 1 KiB multilingual lines (LineFramingBenchmark, {@code text=multilingual}, JDK 25):
 * 1.5 times the lines per second of the constructor, a third of the allocation. So a record whose
 * first 16 bytes are all ASCII goes to the constructor, and any other record to the loop.
 *
 * <p>The loop accepts only well-formed UTF-8, on which every decoder agrees. At the first
 * ill-formed sequence (an overlong form, a surrogate, a code point above U+10FFFF, a missing or
 * stray continuation byte, a truncated character) it gives up and the whole record is decoded by
 * the {@code String} constructor instead, so malformed input is replaced exactly as
 * {@code new String(bytes, UTF_8)} replaces it.
 *
 * <p>One per stream, created with the first decoded record, confined like the stream's buffer.
 */
final class Utf8Records {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /**
     * The largest character array kept between records (16 KiB): longer records decode through a
     * temporary one, so one long line does not pin its memory for the stream's life.
     */
    static final int MAX_KEPT_CHARS = 8192;

    private char[] chars = new char[0];

    /** {@code new String(a, from, to - from, UTF_8)}, through the faster path for this record. */
    String decode(byte[] a, int from, int to) {
        int length = to - from;
        if (length < 2 * Long.BYTES
                || (((long) LONGS.get(a, from) | (long) LONGS.get(a, from + Long.BYTES)) & HIGH_BITS) == 0) {
            return new String(a, from, length, StandardCharsets.UTF_8);
        }
        char[] out = chars;
        if (out.length < length) {
            out = new char[Math.max(length, Math.min(2 * out.length, MAX_KEPT_CHARS))];
            if (out.length <= MAX_KEPT_CHARS) {
                chars = out;
            }
        }
        int n = decodeWellFormed(a, from, to, out);
        return n >= 0 ? new String(out, 0, n) : new String(a, from, length, StandardCharsets.UTF_8);
    }

    /** The capacity kept, for tests of what the stream keeps. */
    int capacity() {
        return chars.length;
    }

    /**
     * Decodes {@code a[from, to)} into {@code out} (one character per byte at most) and returns
     * the number of characters written, or -1 at the first ill-formed sequence.
     */
    private static int decodeWellFormed(byte[] a, int from, int to, char[] out) {
        int dp = 0;
        int sp = from;
        while (sp < to) {
            int b1 = a[sp];
            if (b1 >= 0) {
                out[dp++] = (char) b1;
                sp++;
            } else if ((b1 & 0xE0) == 0xC0 && (b1 & 0x1E) != 0 && sp + 1 < to) { // C2..DF: 2 bytes
                int b2 = a[sp + 1];
                if ((b2 & 0xC0) != 0x80) {
                    return -1;
                }
                out[dp++] = (char) (((b1 & 0x1F) << 6) | (b2 & 0x3F));
                sp += 2;
            } else if ((b1 & 0xF0) == 0xE0 && sp + 2 < to) { // E0..EF: 3 bytes
                int b2 = a[sp + 1];
                int b3 = a[sp + 2];
                int c = ((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
                if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) {
                    return -1;
                }
                out[dp++] = (char) c;
                sp += 3;
            } else if ((b1 & 0xF8) == 0xF0 && sp + 3 < to) { // F0..F7: 4 bytes, a surrogate pair
                int b2 = a[sp + 1];
                int b3 = a[sp + 2];
                int b4 = a[sp + 3];
                int c = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
                if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || (b4 & 0xC0) != 0x80
                        || c < 0x10000 || c > Character.MAX_CODE_POINT) {
                    return -1;
                }
                out[dp++] = Character.highSurrogate(c);
                out[dp++] = Character.lowSurrogate(c);
                sp += 4;
            } else {
                return -1;
            }
        }
        return dp;
    }
}
