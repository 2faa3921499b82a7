package dev.streams.buffered;

import dev.streams.ByteReceiveStream;
import dev.streams.ClosedResourceException;
import dev.streams.DelimiterNotFoundException;
import dev.streams.EndOfStreamException;
import dev.streams.IncompleteReadException;
import dev.streams.ObjectReceiveStream;
import dev.streams.StreamResource;
import dev.streams.TypedAttribute;
import dev.streams.TypedAttributeProvider;
import dev.streams.internal.Checks;
import dev.streams.internal.ResourceGuard;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A byte stream with a read buffer, for framing: exact counts ({@link #receiveExactly}) and
 * delimited records ({@link #receiveUntil}, as bytes or decoded), over any
 * {@link ByteReceiveStream} or over an {@link ObjectReceiveStream} of byte arrays
 * ({@link #ofObjects}).
 *
 * <pre>{@code
 * BufferedByteReceiveStream in = new BufferedByteReceiveStream(socket);
 * byte[] header = in.receiveExactly(4);                 // a 4-byte length prefix
 * byte[] line = in.receiveUntil(new byte[] {'\n'}, 8192);  // a line of at most 8 KiB, without '\n'
 * String text = in.receiveUntil(new byte[] {'\n'}, 8192, StandardCharsets.UTF_8); // the next one, decoded
 * }</pre>
 *
 * <p><b>Data already buffered survives every exception.</b> When {@code receiveExactly} or
 * {@code receiveUntil} fail ({@link IncompleteReadException}, {@link DelimiterNotFoundException},
 * {@link InterruptedException}, a broken source), every byte received so far stays in the buffer,
 * and the next call sees it again. Only {@link #close()} discards it.
 *
 * <p><b>Memory:</b> {@code receiveExactly} accepts at most {@link #maxExactBytes()} (16 MiB
 * unless set at construction), and a buffer that grew past 64 KiB for a large frame is let go once
 * little of it is unread, so one large frame does not pin its memory for the connection's life.
 *
 * <p>Thread-safety: one thread at a time. The receiving methods, {@link #feedData} and
 * {@link #buffer()} fail with {@link dev.streams.BusyResourceException} ("already reading from")
 * while another thread is inside one of them; handing the stream from one thread to another
 * between calls is safe. {@link #close()} may be called from any thread and wakes a blocked reader
 * through the source.
 *
 * <h2>Coming from AnyIO</h2>
 * {@code maxBytes} of {@code receiveUntil} is strict: the delimiter must start within the first
 * {@code maxBytes} bytes whatever the chunking (AnyIO's result depends on how the data arrived).
 * Every method of a closed stream throws {@link ClosedResourceException}, and
 * {@code receiveExactly} rejects a negative count.
 */
public class BufferedByteReceiveStream implements ByteReceiveStream {

    /**
     * The largest {@code nbytes} that {@link #receiveExactly} accepts unless the stream was built
     * with another limit: 16 MiB.
     */
    public static final int DEFAULT_MAX_EXACT_BYTES = 16 * 1024 * 1024;

    /** A read into the buffer asks the byte source for at least this many bytes. */
    private static final int MIN_READ = 4096;
    private static final int INITIAL_CAPACITY = 8192;
    /**
     * A buffer larger than this (64 KiB) is not kept once the data in it has been received: it
     * shrinks back as soon as what is left fits in half of this, so one large frame does not pin
     * its memory for the connection's life. Up to this size the buffer is kept and reused, so a
     * steady stream of smaller frames allocates nothing but the frames it returns.
     */
    static final int MAX_KEPT_CAPACITY = 64 * 1024;
    private static final byte[] EMPTY = new byte[0];

    private final @Nullable ByteReceiveStream byteSource;
    private final @Nullable ObjectReceiveStream<byte[]> objectSource;
    private final StreamResource resource;
    private final TypedAttributeProvider attributes;
    private final ResourceGuard guard = new ResourceGuard("reading from");
    private final int maxExactBytes;

    // The unread bytes are buf[readPos, writePos). Guarded by `guard`, whose CAS/release pair
    // publishes these fields to the next thread that enters.
    private byte[] buf = EMPTY;
    private int readPos;
    private int writePos;
    private @Nullable Utf8Records utf8;
    private volatile boolean closed;

    private static final VarHandle CLOSED;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        try {
            CLOSED = MethodHandles.lookup().findVarHandle(BufferedByteReceiveStream.class, "closed", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Buffers a byte stream.
     *
     * @throws NullPointerException if {@code source} is null
     */
    public BufferedByteReceiveStream(ByteReceiveStream source) {
        this(source, DEFAULT_MAX_EXACT_BYTES);
    }

    /**
     * Buffers a byte stream; {@link #receiveExactly} accepts at most {@code maxExactBytes}. Set
     * it to the largest frame your protocol allows, so that a length read from the peer cannot
     * make this stream buffer more.
     *
     * <pre>{@code
     * var in = new BufferedByteReceiveStream(socket, 1024 * 1024); // frames of at most 1 MiB
     * }</pre>
     *
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if {@code maxExactBytes} is negative
     */
    public BufferedByteReceiveStream(ByteReceiveStream source, int maxExactBytes) {
        Objects.requireNonNull(source, "source");
        this.byteSource = source;
        this.objectSource = null;
        this.resource = source;
        this.attributes = source;
        this.maxExactBytes = Checks.requireNonNegative(maxExactBytes, "maxExactBytes");
    }

    private BufferedByteReceiveStream(ObjectReceiveStream<byte[]> source, int maxExactBytes) {
        this.byteSource = null;
        this.objectSource = source;
        this.resource = source;
        this.attributes = source;
        this.maxExactBytes = Checks.requireNonNegative(maxExactBytes, "maxExactBytes");
    }

    /**
     * Buffers an object stream whose items are byte arrays, such as one end of a
     * {@link dev.streams.memory.MemoryObjectStream}. Empty items are skipped.
     *
     * <pre>{@code
     * var channel = MemoryObjectStream.<byte[]>create(16);
     * var in = BufferedByteReceiveStream.ofObjects(channel.receiveStream());
     * }</pre>
     *
     * @throws NullPointerException if {@code source} is null
     */
    public static BufferedByteReceiveStream ofObjects(ObjectReceiveStream<byte[]> source) {
        return ofObjects(source, DEFAULT_MAX_EXACT_BYTES);
    }

    /**
     * As {@link #ofObjects(ObjectReceiveStream)}, with {@link #receiveExactly} accepting at most
     * {@code maxExactBytes}.
     *
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if {@code maxExactBytes} is negative
     */
    public static BufferedByteReceiveStream ofObjects(ObjectReceiveStream<byte[]> source, int maxExactBytes) {
        Objects.requireNonNull(source, "source");
        return new BufferedByteReceiveStream(source, maxExactBytes);
    }

    /** The largest {@code nbytes} {@link #receiveExactly} accepts. */
    public int maxExactBytes() {
        return maxExactBytes;
    }

    /**
     * Returns 1 to {@code maxBytes} bytes. <b>If the buffer holds data, it is served from the
     * buffer alone, without touching the source</b>, even if that is fewer than {@code maxBytes}.
     * With an empty buffer it reads the source once; surplus bytes of an object source's item stay
     * buffered.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     * @throws ClosedResourceException if this stream was closed
     * @throws dev.streams.EndOfStreamException at the end of the source, once the buffer is empty
     */
    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        Checks.requirePositive(maxBytes, "maxBytes");
        enter();
        try {
            int unread = writePos - readPos;
            if (unread > 0) {
                return take(Math.min(unread, maxBytes));
            }
            if (byteSource != null) {
                return byteSource.receive(maxBytes);
            }
            byte[] chunk = receiveObject();
            if (chunk.length <= maxBytes) {
                return chunk;
            }
            append(chunk, maxBytes, chunk.length - maxBytes);
            return Arrays.copyOf(chunk, maxBytes);
        } finally {
            guard.exit();
        }
    }

    /**
     * Receives into {@code dst}, advancing its position, like {@link #receive(int)}. From a byte
     * source with an empty buffer the source writes straight into {@code dst}.
     *
     * @return the number of bytes received, at least 1
     * @throws IllegalArgumentException if {@code dst} has no room
     */
    @Override
    public int receive(ByteBuffer dst) throws InterruptedException {
        Checks.requireRoom(dst);
        enter();
        try {
            int unread = writePos - readPos;
            if (unread > 0) {
                int n = Math.min(unread, dst.remaining());
                dst.put(buf, readPos, n);
                consume(n);
                return n;
            }
            if (byteSource != null) {
                return byteSource.receive(dst);
            }
            byte[] chunk = receiveObject();
            int n = Math.min(chunk.length, dst.remaining());
            dst.put(chunk, 0, n);
            if (n < chunk.length) {
                append(chunk, n, chunk.length - n);
            }
            return n;
        } finally {
            guard.exit();
        }
    }

    /**
     * Receives exactly {@code nbytes} bytes, reading the source as often as needed.
     * {@code receiveExactly(0)} returns an empty array. <b>{@code nbytes} may not exceed
     * {@link #maxExactBytes()}</b> ({@value #DEFAULT_MAX_EXACT_BYTES} bytes unless set at
     * construction): the buffer grows to hold the whole frame, so a length chosen by the peer must
     * not decide how much memory this stream takes.
     *
     * <p><b>If the source ends first, this throws {@link IncompleteReadException} and the bytes
     * received so far stay buffered.</b>
     *
     * @throws IllegalArgumentException if {@code nbytes} is negative or greater than
     *     {@link #maxExactBytes()}; nothing is read
     * @throws IncompleteReadException if the source ended before {@code nbytes} bytes arrived; its
     *     cause is the {@link EndOfStreamException}
     * @throws ClosedResourceException if this stream was closed
     * @throws InterruptedException if interrupted while waiting; nothing is lost
     */
    public byte[] receiveExactly(int nbytes) throws InterruptedException {
        Checks.requireNonNegative(nbytes, "nbytes");
        if (nbytes > maxExactBytes) {
            throw new IllegalArgumentException("nbytes (" + nbytes + ") exceeds this stream's maxExactBytes ("
                    + maxExactBytes + ")");
        }
        enter();
        try {
            while (writePos - readPos < nbytes) {
                fill();
            }
            return take(nbytes);
        } finally {
            guard.exit();
        }
    }

    /**
     * Receives the bytes up to the next {@code delimiter}, which is consumed but not returned.
     * The delimiter may span chunks.
     *
     * <p><b>{@code maxBytes} is strict:</b> this succeeds if and only if the delimiter starts at
     * an index below {@code maxBytes} of the unread data (it may end past it), however the data
     * was chunked. Otherwise it throws {@link DelimiterNotFoundException} as soon as the first
     * {@code maxBytes + delimiter.length - 1} bytes are buffered. <b>No bytes are discarded when
     * this fails</b>, whatever the exception.
     *
     * <pre>{@code
     * byte[] line = in.receiveUntil(CRLF, 8192);
     * }</pre>
     *
     * @throws NullPointerException if {@code delimiter} is null
     * @throws IllegalArgumentException if {@code delimiter} is empty or {@code maxBytes} is less than 1
     * @throws DelimiterNotFoundException if the delimiter does not start within the first
     *     {@code maxBytes} bytes; the data stays buffered
     * @throws IncompleteReadException if the source ended first; the data stays buffered
     * @throws ClosedResourceException if this stream was closed
     * @throws InterruptedException if interrupted while waiting; nothing is lost
     */
    public byte[] receiveUntil(byte[] delimiter, int maxBytes) throws InterruptedException {
        checkDelimited(delimiter, maxBytes);
        enter();
        try {
            int end = bufferUntil(delimiter, maxBytes);
            byte[] record = Arrays.copyOfRange(buf, readPos, end);
            consume(end - readPos + delimiter.length);
            return record;
        } finally {
            guard.exit();
        }
    }

    /**
     * Receives the text up to the next {@code delimiter}, decoded from {@code charset}: the same
     * {@code String} as {@code new String(receiveUntil(delimiter, maxBytes), charset)}, decoded
     * straight from the read buffer, without the intermediate array. Malformed input and
     * unmappable characters are replaced with the charset's replacement (U+FFFD for UTF-8), as
     * {@link String#String(byte[], Charset)} does; the delimiter, {@code maxBytes} and every
     * exception are those of {@link #receiveUntil(byte[], int)}: {@code maxBytes} counts bytes,
     * and nothing is consumed when this fails.
     *
     * <p>The delimiter is matched on bytes, so it must be the encoded form of what you look for,
     * in a charset (such as UTF-8 or any ASCII superset) where its bytes cannot occur inside
     * another character.
     *
     * <pre>{@code
     * String line = in.receiveUntil(CRLF, 8192, StandardCharsets.UTF_8);
     * }</pre>
     *
     * @throws NullPointerException if {@code delimiter} or {@code charset} is null
     * @throws IllegalArgumentException if {@code delimiter} is empty or {@code maxBytes} is less than 1
     * @throws DelimiterNotFoundException if the delimiter does not start within the first
     *     {@code maxBytes} bytes; the data stays buffered
     * @throws IncompleteReadException if the source ended first; the data stays buffered
     * @throws ClosedResourceException if this stream was closed
     * @throws InterruptedException if interrupted while waiting; nothing is lost
     */
    public String receiveUntil(byte[] delimiter, int maxBytes, Charset charset) throws InterruptedException {
        checkDelimited(delimiter, maxBytes);
        Objects.requireNonNull(charset, "charset");
        enter();
        try {
            int end = bufferUntil(delimiter, maxBytes);
            // Decode before consume(): consuming may move the unread bytes to another array.
            String record = charset.equals(StandardCharsets.UTF_8)
                    ? utf8().decode(buf, readPos, end)
                    : new String(buf, readPos, end - readPos, charset);
            consume(end - readPos + delimiter.length);
            return record;
        } finally {
            guard.exit();
        }
    }

    private Utf8Records utf8() {
        Utf8Records decoder = utf8;
        if (decoder == null) {
            decoder = utf8 = new Utf8Records();
        }
        return decoder;
    }

    private static void checkDelimited(byte[] delimiter, int maxBytes) {
        Objects.requireNonNull(delimiter, "delimiter");
        if (delimiter.length == 0) {
            throw new IllegalArgumentException("delimiter cannot be empty");
        }
        Checks.requirePositive(maxBytes, "maxBytes");
    }

    /**
     * Reads until the delimiter starts within the first {@code maxBytes} unread bytes and returns
     * the index in {@code buf} where it starts; the record is {@code buf[readPos, index)}.
     * Consumes nothing.
     */
    private int bufferUntil(byte[] delimiter, int maxBytes) throws InterruptedException {
        int dlen = delimiter.length;
        // Start offsets (relative to readPos) in [0, scanned) are known not to hold the
        // delimiter. Relative, so compaction inside fill() does not invalidate it, and it only
        // grows: each byte is scanned once however many chunks the record arrives in.
        int scanned = 0;
        while (true) {
            int limit = Math.min(writePos - readPos - dlen + 1, maxBytes);
            if (limit > scanned) {
                int from = readPos + scanned;
                int to = readPos + limit;
                int index = dlen == 1 ? indexOf(buf, from, to, delimiter[0]) : indexOf(buf, from, to, delimiter);
                if (index >= 0) {
                    return index;
                }
                scanned = limit;
            }
            if (scanned >= maxBytes) {
                throw new DelimiterNotFoundException(maxBytes);
            }
            fill();
        }
    }

    /** A copy of the bytes buffered and not yet received. */
    public byte[] buffer() {
        enter();
        try {
            return Arrays.copyOfRange(buf, readPos, writePos);
        } finally {
            guard.exit();
        }
    }

    /**
     * Appends {@code data} to the buffer, after any data already buffered; the next receive
     * returns it before anything from the source. Useful to push back bytes read too early.
     *
     * @throws NullPointerException if {@code data} is null
     * @throws ClosedResourceException if this stream was closed
     */
    public void feedData(byte[] data) {
        Objects.requireNonNull(data, "data");
        enter();
        try {
            append(data, 0, data.length);
        } finally {
            guard.exit();
        }
    }

    /** Closes the source and discards the buffer. Idempotent; may be called from any thread. */
    @Override
    public void close() {
        if (!(boolean) CLOSED.getAndSet(this, true)) {
            resource.close();
        }
    }

    /** The attributes of the source. */
    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        return attributes.extraAttributes();
    }

    private void enter() {
        if (closed) {
            throw new ClosedResourceException();
        }
        guard.enter();
        if (closed) {
            guard.exit();
            throw new ClosedResourceException();
        }
    }

    private byte[] receiveObject() throws InterruptedException {
        while (true) {
            byte[] chunk = Objects.requireNonNull(objectSource).receive();
            if (chunk.length > 0) {
                return chunk;
            }
        }
    }

    /**
     * Reads the source once into the buffer.
     *
     * @throws IncompleteReadException at the end of the source; the buffer is unchanged
     */
    private void fill() throws InterruptedException {
        try {
            if (byteSource != null) {
                ensureWritable(MIN_READ);
                // Reading straight into the buffer spares a copy when the source overrides
                // receive(ByteBuffer) (files, sockets); a source that throws leaves writePos alone.
                ByteBuffer target = ByteBuffer.wrap(buf, writePos, buf.length - writePos);
                writePos += byteSource.receive(target);
            } else {
                byte[] chunk = receiveObject();
                append(chunk, 0, chunk.length);
            }
        } catch (EndOfStreamException e) {
            throw new IncompleteReadException(e);
        }
    }

    private void append(byte[] data, int offset, int length) {
        ensureWritable(length);
        System.arraycopy(data, offset, buf, writePos, length);
        writePos += length;
    }

    /** Makes room for {@code n} more bytes after writePos, compacting or growing the array. */
    private void ensureWritable(int n) {
        if (buf.length - writePos >= n) {
            return;
        }
        int unread = writePos - readPos;
        // Compact in place only while the unread part is at most half the array: then each byte
        // is moved O(1) times on average, and a long record arriving in small chunks grows the
        // array geometrically instead of being shifted on every chunk.
        if (unread + n <= buf.length && unread <= buf.length / 2) {
            System.arraycopy(buf, readPos, buf, 0, unread);
        } else {
            long wanted = Math.max(Math.max((long) buf.length * 2, (long) unread + n), INITIAL_CAPACITY);
            byte[] bigger = new byte[(int) Math.min(wanted, Integer.MAX_VALUE - 8)];
            if (bigger.length - unread < n) {
                throw new OutOfMemoryError("buffer would exceed the maximum array size");
            }
            System.arraycopy(buf, readPos, bigger, 0, unread);
            buf = bigger;
        }
        readPos = 0;
        writePos = unread;
    }

    private byte[] take(int n) {
        byte[] result = Arrays.copyOfRange(buf, readPos, readPos + n);
        consume(n);
        return result;
    }

    private void consume(int n) {
        readPos += n;
        int unread = writePos - readPos;
        if (buf.length > MAX_KEPT_CAPACITY && unread <= MAX_KEPT_CAPACITY / 2) {
            shrink(unread);
        } else if (unread == 0) {
            readPos = 0; // empty: the next fill starts at the front, no compaction needed
            writePos = 0;
        }
    }

    /**
     * Lets a buffer that grew past {@link #MAX_KEPT_CAPACITY} go once little of it is unread:
     * an empty one is dropped (the next fill allocates {@value #INITIAL_CAPACITY} bytes), the rest
     * moves to an array of the size the steady state would have. At most 32 KiB is copied, once
     * per large frame.
     */
    private void shrink(int unread) {
        if (unread == 0) {
            buf = EMPTY;
        } else {
            byte[] smaller = new byte[Math.max(INITIAL_CAPACITY, Integer.highestOneBit(unread - 1) << 1)];
            System.arraycopy(buf, readPos, smaller, 0, unread);
            buf = smaller;
        }
        readPos = 0;
        writePos = unread;
    }

    /** The capacity of the read buffer, for tests of what the stream keeps. */
    int capacity() {
        return buf.length;
    }

    /**
     * The first index in [from, to) of {@code b}. Eight bytes per step (SWAR): XOR with the
     * repeated byte turns matches into zero bytes, and {@code (x - 0x01..) & ~x & 0x80..} flags
     * zero bytes; its lowest flag is always a true match (false flags only sit above a true one).
     */
    private static int indexOf(byte[] a, int from, int to, byte b) {
        int i = from;
        long pattern = (b & 0xFFL) * 0x0101010101010101L;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long x = (long) LONGS.get(a, i) ^ pattern;
            long flags = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (flags != 0) {
                return i + (Long.numberOfTrailingZeros(flags) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The first start index in [from, to) of {@code d}; a[to + d.length - 2] must be readable. */
    private static int indexOf(byte[] a, int from, int to, byte[] d) {
        int dlen = d.length;
        for (int i = indexOf(a, from, to, d[0]); i >= 0; i = indexOf(a, i + 1, to, d[0])) {
            if (Arrays.equals(a, i + 1, i + dlen, d, 1, dlen)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + (byteSource != null ? byteSource : objectSource) + "]";
    }
}
