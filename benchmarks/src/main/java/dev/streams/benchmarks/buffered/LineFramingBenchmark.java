package dev.streams.benchmarks.buffered;

import dev.streams.IncompleteReadException;
import dev.streams.benchmarks.baseline.Chunks;
import dev.streams.buffered.BufferedByteReceiveStream;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import okio.BufferedSource;
import okio.Okio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Line framing: {@value #LINES} lines of 1 KiB (1023 bytes and {@code '\n'}) arriving in 8 KiB chunks.
 * One operation is one line; the input is 1 MiB, so lines/µs × 1.024 is GB/s.
 *
 * <p>{@code text=ascii}: lowercase letters. {@code text=multilingual}: the same multilingual UTF-8
 * as {@code TextDecodeBenchmark} (Latin with diacritics, Cyrillic, Greek, Arabic, CJK, emoji), each
 * line cut at a character boundary and padded with spaces to 1023 bytes.
 *
 * <p>Bytes out: ours frames with {@code receiveUntil("\n", 65536)}; baselines Okio's
 * {@code indexOf} + {@code readByteArray} and Netty's {@code LineBasedFrameDecoder} in an
 * {@code EmbeddedChannel} (zero-copy slices, released at once).
 *
 * <p>Framing plus decoding, one {@code String} per line, malformed input replaced by U+FFFD on every
 * side (equal work): ours {@code new String(receiveUntil(...), UTF_8)} and
 * {@code receiveUntil(..., UTF_8)} (decodes from the read buffer, no intermediate array), Okio's
 * {@code readUtf8Line}, and {@code BufferedReader.readLine} over an {@code InputStreamReader(UTF_8)}. Caveat: Okio and
 * the reader also accept {@code "\r\n"}; none of these lines has a {@code '\r'}.
 *
 * <p>JMH state, confined to the benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LineFramingBenchmark {

    static final int LINES = 1024;
    static final int LINE = 1024;
    static final int CHUNK = 8192;
    static final int MAX_LINE = 65536;
    private static final byte[] NEWLINE = {'\n'};

    static final String MULTILINGUAL_SAMPLE = "Grüße aus Zürich, ça va? Привет, как дела? Καλημέρα κόσμε. "
            + "مرحبا بالعالم. こんにちは世界、元気ですか。你好，世界！안녕하세요 😀🚀 ";

    @Param({"ascii", "multilingual"})
    public String text;

    private byte[][] chunks;

    @Setup(Level.Trial)
    public void setUp() {
        chunks = Chunks.split(text.equals("ascii") ? Chunks.lines(LINES, LINE) : multilingualLines(), CHUNK);
    }

    /** {@value #LINES} lines of multilingual UTF-8, each 1023 bytes and {@code '\n'}. */
    private static byte[] multilingualLines() {
        byte[] sample = Chunks.text(MULTILINGUAL_SAMPLE, 4 * LINE);
        byte[] data = new byte[LINES * LINE];
        for (int line = 0; line < LINES; line++) {
            int from = line % 97; // vary where each line starts in the sample, at a character boundary
            while ((sample[from] & 0xC0) == 0x80) {
                from++;
            }
            int end = from + LINE - 1;
            while ((sample[end] & 0xC0) == 0x80) {
                end--;
            }
            int start = line * LINE;
            System.arraycopy(sample, from, data, start, end - from);
            Arrays.fill(data, start + end - from, start + LINE - 1, (byte) ' ');
            data[start + LINE - 1] = '\n';
        }
        return data;
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int receiveUntil(Blackhole blackhole) throws InterruptedException {
        return frame(new BufferedByteReceiveStream(Chunks.receiveStream(chunks)), blackhole);
    }

    /**
     * Like {@code receiveUntil}, over a source whose {@code receive(int)} copies each chunk. The
     * stream fills its buffer through {@code receive(ByteBuffer)}, which copies in both sources, so
     * this does the same work as {@code receiveUntil}: kept as a check of that.
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int receiveUntilCopiedChunks(Blackhole blackhole) throws InterruptedException {
        return frame(new BufferedByteReceiveStream(Chunks.copyingReceiveStream(chunks)), blackhole);
    }

    private int frame(BufferedByteReceiveStream stream, Blackhole blackhole) throws InterruptedException {
        int lines = 0;
        try {
            while (true) {
                blackhole.consume(stream.receiveUntil(NEWLINE, MAX_LINE));
                lines++;
            }
        } catch (IncompleteReadException end) {
            // AnyIO semantics: end of stream before a delimiter, even with nothing buffered
            return expect(lines);
        }
    }

    /** Framing plus decoding: the same {@code String} per line as Okio's {@code readUtf8Line}. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int receiveUntilDecoded(Blackhole blackhole) throws InterruptedException {
        BufferedByteReceiveStream stream = new BufferedByteReceiveStream(Chunks.receiveStream(chunks));
        int lines = 0;
        try {
            while (true) {
                blackhole.consume(new String(stream.receiveUntil(NEWLINE, MAX_LINE), StandardCharsets.UTF_8));
                lines++;
            }
        } catch (IncompleteReadException end) {
            return expect(lines);
        }
    }

    /** Framing plus decoding in one call, decoded straight from the read buffer. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int receiveUntilString(Blackhole blackhole) throws InterruptedException {
        BufferedByteReceiveStream stream = new BufferedByteReceiveStream(Chunks.receiveStream(chunks));
        int lines = 0;
        try {
            while (true) {
                blackhole.consume(stream.receiveUntil(NEWLINE, MAX_LINE, StandardCharsets.UTF_8));
                lines++;
            }
        } catch (IncompleteReadException end) {
            return expect(lines);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int bufferedReaderReadLine(Blackhole blackhole) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(Chunks.inputStream(chunks), StandardCharsets.UTF_8), CHUNK);
        int lines = 0;
        for (String line; (line = reader.readLine()) != null; lines++) {
            blackhole.consume(line);
        }
        return expect(lines);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int okioReadUtf8Line(Blackhole blackhole) throws IOException {
        BufferedSource source = Okio.buffer(Chunks.okioSource(chunks));
        int lines = 0;
        for (String line; (line = source.readUtf8Line()) != null; lines++) {
            blackhole.consume(line);
        }
        return expect(lines);
    }

    /** Okio without decoding: the same bytes-out contract as {@code receiveUntil}. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public int okioReadByteArray(Blackhole blackhole) throws IOException {
        BufferedSource source = Okio.buffer(Chunks.okioSource(chunks));
        int lines = 0;
        for (long end; (end = source.indexOf((byte) '\n', 0, MAX_LINE)) != -1; lines++) {
            blackhole.consume(source.readByteArray(end));
            source.skip(1);
        }
        return expect(lines);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int nettyLineBasedFrameDecoder(Blackhole blackhole) {
        EmbeddedChannel channel = new EmbeddedChannel(new LineBasedFrameDecoder(MAX_LINE, true, false));
        int lines = 0;
        for (byte[] chunk : chunks) {
            channel.writeInbound(Unpooled.wrappedBuffer(chunk));
            for (ByteBuf frame; (frame = channel.readInbound()) != null; lines++) {
                blackhole.consume(frame.readableBytes());
                frame.release();
            }
        }
        channel.finishAndReleaseAll();
        return expect(lines);
    }

    private static int expect(int lines) {
        if (lines != LINES) {
            throw new AssertionError("framed " + lines + " lines, expected " + LINES);
        }
        return lines;
    }
}
