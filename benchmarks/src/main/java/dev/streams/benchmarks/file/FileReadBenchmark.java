package dev.streams.benchmarks.file;

import dev.streams.EndOfStreamException;
import dev.streams.file.FileReadStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a whole file of {@code sizeMiB} MiB (256 by default), sequentially, in 64 KiB reads. The
 * file is written to a fresh temporary directory at setup and deleted at teardown; after the first
 * read it is in the page cache, so this measures the read path, not the disk. One operation is one
 * whole file, reported as average time (256 MiB / time = MiB/s).
 *
 * <p>Ours: {@code FileReadStream.receive()} (a new array per 64 KiB, as the API returns) and
 * {@code receive(ByteBuffer)} into one reused heap buffer. Baselines: {@code Files.newInputStream}
 * into a reused {@code byte[65536]} and {@code FileChannel.read} into a reused heap buffer.
 *
 * <p>JMH state, confined to the benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FileReadBenchmark {

    static final int READ = 65536;

    @Param({"256"})
    public int sizeMiB;

    private Path directory;
    private Path file;
    private long size;
    private final byte[] array = new byte[READ];
    private final ByteBuffer buffer = ByteBuffer.allocate(READ);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        directory = Files.createTempDirectory("streams-bench-");
        file = directory.resolve("data.bin");
        size = (long) sizeMiB << 20;
        byte[] block = new byte[1 << 20];
        new SplittableRandom(42).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            for (int i = 0; i < sizeMiB; i++) {
                out.write(block);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }

    @Benchmark
    public long fileReadStream(Blackhole blackhole) throws InterruptedException {
        long total = 0;
        try (FileReadStream stream = FileReadStream.fromPath(file)) {
            while (true) {
                byte[] data = stream.receive(READ);
                total += data.length;
                blackhole.consume(data);
            }
        } catch (EndOfStreamException end) {
            return expect(total);
        }
    }

    @Benchmark
    public long fileReadStreamIntoBuffer(Blackhole blackhole) throws InterruptedException {
        long total = 0;
        try (FileReadStream stream = FileReadStream.fromPath(file)) {
            while (true) {
                buffer.clear();
                total += stream.receive(buffer);
                blackhole.consume(buffer);
            }
        } catch (EndOfStreamException end) {
            return expect(total);
        }
    }

    @Benchmark
    public long filesNewInputStream(Blackhole blackhole) throws IOException {
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int count; (count = in.read(array)) != -1; ) {
                total += count;
                blackhole.consume(array);
            }
        }
        return expect(total);
    }

    @Benchmark
    public long fileChannelRead(Blackhole blackhole) throws IOException {
        long total = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            buffer.clear();
            for (int count; (count = channel.read(buffer)) != -1; buffer.clear()) {
                total += count;
                blackhole.consume(buffer);
            }
        }
        return expect(total);
    }

    private long expect(long total) {
        if (total != size) {
            throw new AssertionError("read " + total + " bytes, expected " + size);
        }
        return total;
    }
}
