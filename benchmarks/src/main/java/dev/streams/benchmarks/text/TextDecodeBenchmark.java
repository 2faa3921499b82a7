package dev.streams.benchmarks.text;

import dev.streams.EndOfStreamException;
import dev.streams.benchmarks.baseline.Chunks;
import dev.streams.text.TextReceiveStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * Incremental UTF-8 decoding of 1 MiB arriving in 8 KiB chunks (multi-byte characters are split
 * across chunk boundaries). One operation is one MiB of input, so ops/s is MiB/s.
 *
 * <p>{@code text=ascii}: English prose with an accented word now and then (about 1% non-ASCII bytes).
 * {@code text=multilingual}: Latin with diacritics, Cyrillic, Greek, Arabic, CJK and emoji.
 *
 * <p>Ours: {@code TextReceiveStream.receive()} (one {@code String} per chunk, {@code REPORT}).
 * Baselines: {@code InputStreamReader.read(char[8192])} (chars only, no {@code String}), the same
 * followed by {@code new String(chars)} (the output ours produces: the fair comparison), both with a
 * {@code REPORT} decoder ({@code UTF_8.newDecoder()}) as ours, and the ceiling
 * {@code new String(chunk, UTF_8)} per chunk, which replaces errors and ignores characters split
 * across chunks. Caveat: the {@code InputStream} copies each chunk into the reader's byte buffer,
 * while our source hands its chunks over as a memory stream of {@code byte[]} would.
 *
 * <p>JMH state, confined to the benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextDecodeBenchmark {

    static final int SIZE = 1 << 20;
    static final int CHUNK = 8192;
    static final String ASCII_SAMPLE = "The quick brown fox jumps over the lazy dog near the river bank, "
            + "while a café owner counts receipts and the evening train leaves on time. ";
    static final String MULTILINGUAL_SAMPLE = "Grüße aus Zürich, ça va? Привет, как дела? Καλημέρα κόσμε. "
            + "مرحبا بالعالم. こんにちは世界、元気ですか。你好，世界！안녕하세요 😀🚀 ";

    @Param({"ascii", "multilingual"})
    public String text;

    private byte[][] chunks;
    private int expectedLength;
    private final char[] chars = new char[CHUNK];

    @Setup(Level.Trial)
    public void setUp() {
        String sample = text.equals("ascii") ? ASCII_SAMPLE : MULTILINGUAL_SAMPLE;
        byte[] all = Chunks.text(sample, SIZE);
        chunks = Chunks.split(all, CHUNK);
        expectedLength = new String(all, StandardCharsets.UTF_8).length();
    }

    @Benchmark
    public int textReceiveStream(Blackhole blackhole) throws InterruptedException {
        return decode(new TextReceiveStream(Chunks.receiveStream(chunks)), blackhole);
    }

    /** Like {@code textReceiveStream}, with each chunk copied once, as the {@code InputStream} source does. */
    @Benchmark
    public int textReceiveStreamCopiedChunks(Blackhole blackhole) throws InterruptedException {
        return decode(new TextReceiveStream(Chunks.copyingReceiveStream(chunks)), blackhole);
    }

    private int decode(TextReceiveStream stream, Blackhole blackhole) throws InterruptedException {
        int length = 0;
        try {
            while (true) {
                String decoded = stream.receive();
                length += decoded.length();
                blackhole.consume(decoded);
            }
        } catch (EndOfStreamException end) {
            return expect(length);
        }
    }

    /** Every correct decoder yields the text's length in chars: anything else is a broken benchmark. */
    private int expect(int length) {
        if (length != expectedLength) {
            throw new AssertionError("decoded " + length + " chars, expected " + expectedLength);
        }
        return length;
    }

    @Benchmark
    public int inputStreamReader(Blackhole blackhole) throws IOException {
        Reader reader = new InputStreamReader(Chunks.inputStream(chunks), StandardCharsets.UTF_8.newDecoder());
        int length = 0;
        for (int count; (count = reader.read(chars)) != -1; ) {
            length += count;
            blackhole.consume(chars);
        }
        return expect(length);
    }

    @Benchmark
    public int inputStreamReaderToString(Blackhole blackhole) throws IOException {
        Reader reader = new InputStreamReader(Chunks.inputStream(chunks), StandardCharsets.UTF_8.newDecoder());
        int length = 0;
        for (int count; (count = reader.read(chars)) != -1; ) {
            length += count;
            blackhole.consume(new String(chars, 0, count));
        }
        return expect(length);
    }

    @Benchmark
    public int newStringCeiling(Blackhole blackhole) {
        int length = 0;
        for (byte[] chunk : chunks) {
            String decoded = new String(chunk, StandardCharsets.UTF_8);
            length += decoded.length();
            blackhole.consume(decoded);
        }
        // Not a correct decoder: a character split across two chunks becomes 1 to 4 U+FFFD instead
        // of its 1 or 2 chars, so only a bound per chunk boundary can be checked.
        if (Math.abs(length - expectedLength) > 4 * chunks.length) {
            throw new AssertionError("decoded " + length + " chars, expected about " + expectedLength);
        }
        return length;
    }
}
