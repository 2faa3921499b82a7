package dev.streams.benchmarks.memory;

import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.benchmarks.baseline.KotlinChannels;
import dev.streams.benchmarks.baseline.Workers;
import dev.streams.memory.MemoryObjectStream;
import java.util.concurrent.Exchanger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import kotlinx.coroutines.channels.Channel;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ping-pong through two rendezvous channels (buffer 0): the benchmark thread hands an item to an
 * echo thread, which hands it back. One operation is one round trip, i.e. two hand-offs, reported as
 * average time: lower is better.
 *
 * <p>{@code threads} picks the echo threads: platform threads, or virtual threads (JDK 21+) while the
 * benchmark thread stays a platform thread.
 *
 * <p>Baselines: two {@code SynchronousQueue}s (unfair, the default, and fair), an {@code Exchanger} used twice per round trip (once
 * for the ping, once for the pong, so the hand-off count matches) and two Kotlin rendezvous
 * {@code Channel()}s, both sides in {@code runBlocking} on their own threads. The echo threads live
 * for the whole trial; each invocation runs {@value #ROUND_TRIPS} round trips.
 *
 * <p>JMH state, confined to the benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RendezvousPingPongBenchmark {

    static final int ROUND_TRIPS = 1 << 10;
    private static final Object PING = new Object();

    private ExecutorService echoes;
    private MemoryObjectStream<Object> oursPing;
    private MemoryObjectStream<Object> oursPong;
    private SynchronousQueue<Object> queuePing;
    private SynchronousQueue<Object> queuePong;
    private SynchronousQueue<Object> fairPing;
    private SynchronousQueue<Object> fairPong;
    private Exchanger<Object> exchanger;
    private Channel<Object> kotlinPing;
    private Channel<Object> kotlinPong;

    @Param({"platform", "virtual"})
    public String threads;

    @Setup(Level.Trial)
    public void setUp() {
        echoes = Workers.executor(threads, 5);
        oursPing = MemoryObjectStream.create(0);
        oursPong = MemoryObjectStream.create(0);
        echoes.submit(() -> {
            try {
                while (true) {
                    oursPong.sendStream().send(oursPing.receiveStream().receive());
                }
            } catch (EndOfStreamException | ClosedResourceException | InterruptedException stopped) {
                return null;
            }
        });
        queuePing = new SynchronousQueue<>();
        queuePong = new SynchronousQueue<>();
        echoes.submit(() -> {
            while (true) {
                queuePong.put(queuePing.take());
            }
        });
        fairPing = new SynchronousQueue<>(true);
        fairPong = new SynchronousQueue<>(true);
        echoes.submit(() -> {
            while (true) {
                fairPong.put(fairPing.take());
            }
        });
        exchanger = new Exchanger<>();
        echoes.submit(() -> {
            while (true) {
                Object ping = exchanger.exchange(null);
                exchanger.exchange(ping);
            }
        });
        kotlinPing = KotlinChannels.rendezvous();
        kotlinPong = KotlinChannels.rendezvous();
        echoes.submit(() -> KotlinChannels.echo(kotlinPing, kotlinPong));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        oursPing.close();
        oursPong.close();
        kotlinPing.close(null);
        kotlinPong.close(null);
        Workers.shutdown(echoes);
    }

    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public void memoryObjectStream(Blackhole blackhole) throws InterruptedException {
        for (int i = 0; i < ROUND_TRIPS; i++) {
            oursPing.sendStream().send(PING);
            blackhole.consume(oursPong.receiveStream().receive());
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public void synchronousQueue(Blackhole blackhole) throws InterruptedException {
        for (int i = 0; i < ROUND_TRIPS; i++) {
            queuePing.put(PING);
            blackhole.consume(queuePong.take());
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public void synchronousQueueFair(Blackhole blackhole) throws InterruptedException {
        for (int i = 0; i < ROUND_TRIPS; i++) {
            fairPing.put(PING);
            blackhole.consume(fairPong.take());
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public void exchanger(Blackhole blackhole) throws InterruptedException {
        for (int i = 0; i < ROUND_TRIPS; i++) {
            exchanger.exchange(PING);
            blackhole.consume(exchanger.exchange(null));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROUND_TRIPS)
    public void kotlinRendezvousChannel(Blackhole blackhole) {
        KotlinChannels.pingPong(kotlinPing, kotlinPong, PING, ROUND_TRIPS, blackhole);
    }
}
