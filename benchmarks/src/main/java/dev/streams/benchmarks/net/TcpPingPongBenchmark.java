package dev.streams.benchmarks.net;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.benchmarks.baseline.Workers;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.SocketStream;
import dev.streams.net.Tcp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TCP request/response latency over loopback: the client sends 64 bytes, an echo thread reads all
 * 64 and sends them back, and the client reads the 64 bytes of the reply. One operation is one round
 * trip, reported as average time: lower is better. TCP_NODELAY is on for both.
 *
 * <p>Ours ({@code socketStream}): {@link SocketStream} on both ends ({@code send(ByteBuffer)},
 * {@code receive(ByteBuffer)}).
 * Baseline: a blocking {@link SocketChannel} on both ends, which the kernel wakes directly but which
 * an interrupt would close. {@code threads=platform}: the client loop runs on the JMH thread and the
 * echo on a platform thread; {@code threads=virtual} (JDK 21+): both run on virtual threads, the JMH
 * thread only starts each batch of {@value #ROUND_TRIPS} round trips and waits for it.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TcpPingPong -p threads=platform
 * </pre>
 *
 * <p>JMH state, confined to the benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TcpPingPongBenchmark {

    static final int ROUND_TRIPS = 256;
    static final int MESSAGE_BYTES = 64;

    @Param({"platform", "virtual"})
    public String threads;

    private ExecutorService workers;
    private SocketListener listener;
    private SocketStream oursClient;
    private ServerSocketChannel serverChannel;
    private SocketChannel blockingClient;
    private final ByteBuffer oursBuffer = ByteBuffer.allocateDirect(MESSAGE_BYTES);
    private final ByteBuffer blockingBuffer = ByteBuffer.allocateDirect(MESSAGE_BYTES);

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        workers = Workers.executor(threads, 4);

        listener = Tcp.listen("127.0.0.1", 0);
        oursClient = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
        SocketStream oursServer = listener.accept();
        workers.submit(() -> echo(oursServer));

        serverChannel = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        blockingClient = SocketChannel.open(serverChannel.getLocalAddress());
        blockingClient.setOption(StandardSocketOptions.TCP_NODELAY, true);
        SocketChannel blockingServer = serverChannel.accept();
        blockingServer.setOption(StandardSocketOptions.TCP_NODELAY, true);
        workers.submit(() -> echo(blockingServer));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        oursClient.close();
        listener.close();
        blockingClient.close();
        serverChannel.close();
        Workers.shutdown(workers);
    }

    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public long socketStream() throws Exception {
        return run(() -> {
            long checksum = 0;
            for (int i = 0; i < ROUND_TRIPS; i++) {
                oursBuffer.clear();
                oursBuffer.put(0, (byte) i);
                oursClient.send(oursBuffer);
                oursBuffer.clear();
                while (oursBuffer.hasRemaining()) {
                    oursClient.receive(oursBuffer);
                }
                checksum += oursBuffer.get(0);
            }
            return checksum;
        });
    }

    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public long blockingSocketChannel() throws Exception {
        return run(() -> {
            long checksum = 0;
            for (int i = 0; i < ROUND_TRIPS; i++) {
                blockingBuffer.clear();
                blockingBuffer.put(0, (byte) i);
                while (blockingBuffer.hasRemaining()) {
                    blockingClient.write(blockingBuffer);
                }
                blockingBuffer.clear();
                while (blockingBuffer.hasRemaining()) {
                    if (blockingClient.read(blockingBuffer) < 0) {
                        throw new IOException("echo closed");
                    }
                }
                checksum += blockingBuffer.get(0);
            }
            return checksum;
        });
    }

    /** Runs a batch on the JMH thread (platform) or on a virtual thread. */
    private long run(Callable<Long> batch) throws Exception {
        if (threads.equals("platform")) {
            return batch.call();
        }
        return workers.submit(batch).get();
    }

    private static Void echo(SocketStream stream) throws InterruptedException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MESSAGE_BYTES);
        try (stream) {
            while (true) {
                buffer.clear();
                while (buffer.hasRemaining()) {
                    stream.receive(buffer);
                }
                buffer.flip();
                stream.send(buffer);
            }
        } catch (EndOfStreamException | ClosedResourceException stopped) {
            return null;
        }
    }

    private static Void echo(SocketChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MESSAGE_BYTES);
        try (channel) {
            while (true) {
                buffer.clear();
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer) < 0) {
                        return null;
                    }
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException stopped) {
            return null; // closed by tearDown (or interrupted by shutdownNow)
        }
    }
}
