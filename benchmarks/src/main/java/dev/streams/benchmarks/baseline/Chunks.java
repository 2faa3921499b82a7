package dev.streams.benchmarks.baseline;

import dev.streams.ByteReceiveStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Benchmark inputs cut into chunks, and the same chunks served to each library the way it reads:
 * as our {@link ByteReceiveStream}, as a JDK {@link InputStream} and as an Okio {@link okio.Source}.
 *
 * <p>Our source hands its pre-made chunks over without copying, as a memory stream of {@code byte[]}
 * would, from {@code receive(int)}, and copies them into the caller's buffer, as a socket reads,
 * from {@code receive(ByteBuffer)}; the {@code InputStream} and the Okio source copy each chunk
 * once into the reader's buffer, which is what those APIs do with any source. Netty's benchmarks wrap the same arrays without copying.
 *
 * <pre>{@code
 * byte[][] chunks = Chunks.split(Chunks.lines(1024, 1024), 8192);
 * BufferedByteReceiveStream framed = new BufferedByteReceiveStream(Chunks.receiveStream(chunks));
 * }</pre>
 *
 * <p>The factories are thread-safe; each returned reader is for one thread.
 */
public final class Chunks {

    private Chunks() {
    }

    /** {@code count} lines of {@code length} bytes each, the last byte of each a {@code '\n'}. */
    public static byte[] lines(int count, int length) {
        byte[] data = new byte[count * length];
        for (int line = 0; line < count; line++) {
            int start = line * length;
            for (int i = 0; i < length - 1; i++) {
                data[start + i] = (byte) ('a' + (line + i) % 26);
            }
            data[start + length - 1] = '\n';
        }
        return data;
    }

    /** {@code sample} repeated as UTF-8 until {@code size} bytes, cut at a character boundary. */
    public static byte[] text(String sample, int size) {
        StringBuilder text = new StringBuilder(size + sample.length());
        while (text.length() < size) {
            text.append(sample);
        }
        byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
        int end = size;
        while ((encoded[end] & 0xC0) == 0x80) {
            end--; // do not end inside a character: the whole input is valid UTF-8
        }
        return Arrays.copyOf(encoded, end);
    }

    /** {@code data} cut into chunks of {@code size} bytes (the last may be shorter). */
    public static byte[][] split(byte[] data, int size) {
        byte[][] chunks = new byte[(data.length + size - 1) / size][];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = Arrays.copyOfRange(data, i * size, Math.min(data.length, (i + 1) * size));
        }
        return chunks;
    }

    /** Our byte stream over the chunks, then end of stream. */
    public static ByteReceiveStream receiveStream(byte[][] chunks) {
        return new ChunkReceiveStream(chunks, false);
    }

    /**
     * Our byte stream over copies of the chunks: each chunk is copied once, as the JDK and Okio
     * sources copy it into their reader's buffer (the like-for-like variant of the comparison).
     */
    public static ByteReceiveStream copyingReceiveStream(byte[][] chunks) {
        return new ChunkReceiveStream(chunks, true);
    }

    /** A JDK input stream over the chunks: each read copies from at most one chunk. */
    public static InputStream inputStream(byte[][] chunks) {
        return new ChunkInputStream(chunks);
    }

    /** An Okio source over the chunks: each read copies one chunk (or part of it) into the sink. */
    public static okio.Source okioSource(byte[][] chunks) {
        return new ChunkOkioSource(chunks);
    }

    private static final class ChunkReceiveStream implements ByteReceiveStream {
        private final byte[][] chunks;
        private final boolean copy;
        private int index;
        private int offset;
        private boolean closed;

        ChunkReceiveStream(byte[][] chunks, boolean copy) {
            this.chunks = chunks;
            this.copy = copy;
        }

        @Override
        public byte[] receive(int maxBytes) {
            if (maxBytes < 1) { // the ByteReceiveStream contract, checked here rather than with core's internals
                throw new IllegalArgumentException("maxBytes must be a positive integer (was " + maxBytes + ")");
            }
            if (closed) {
                throw new ClosedResourceException();
            }
            if (index == chunks.length) {
                throw new EndOfStreamException();
            }
            byte[] chunk = chunks[index];
            if (offset == 0 && chunk.length <= maxBytes) {
                index++;
                return copy ? chunk.clone() : chunk;
            }
            int end = Math.min(chunk.length, offset + maxBytes);
            byte[] part = Arrays.copyOfRange(chunk, offset, end);
            if (end == chunk.length) {
                index++;
                offset = 0;
            } else {
                offset = end;
            }
            return part;
        }

        /** Copies into {@code dst} as a socket reads into it: no intermediate array. */
        @Override
        public int receive(java.nio.ByteBuffer dst) {
            if (!dst.hasRemaining()) { // the ByteReceiveStream contract, as in receive(int)
                throw new IllegalArgumentException("maxBytes must be a positive integer (the buffer has no room)");
            }
            if (closed) {
                throw new ClosedResourceException();
            }
            if (index == chunks.length) {
                throw new EndOfStreamException();
            }
            byte[] chunk = chunks[index];
            int count = Math.min(dst.remaining(), chunk.length - offset);
            dst.put(chunk, offset, count);
            offset += count;
            if (offset == chunk.length) {
                index++;
                offset = 0;
            }
            return count;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class ChunkInputStream extends InputStream {
        private final byte[][] chunks;
        private int index;
        private int offset;

        ChunkInputStream(byte[][] chunks) {
            this.chunks = chunks;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (index == chunks.length) {
                return -1;
            }
            byte[] chunk = chunks[index];
            int count = Math.min(len, chunk.length - offset);
            System.arraycopy(chunk, offset, buffer, off, count);
            offset += count;
            if (offset == chunk.length) {
                index++;
                offset = 0;
            }
            return count;
        }
    }

    private static final class ChunkOkioSource implements okio.Source {
        private final byte[][] chunks;
        private int index;
        private int offset;

        ChunkOkioSource(byte[][] chunks) {
            this.chunks = chunks;
        }

        @Override
        public long read(okio.Buffer sink, long byteCount) {
            if (index == chunks.length) {
                return -1;
            }
            byte[] chunk = chunks[index];
            int count = (int) Math.min(byteCount, chunk.length - offset);
            sink.write(chunk, offset, count);
            offset += count;
            if (offset == chunk.length) {
                index++;
                offset = 0;
            }
            return count;
        }

        @Override
        public okio.Timeout timeout() {
            return okio.Timeout.NONE;
        }

        @Override
        public void close() {
        }
    }
}
