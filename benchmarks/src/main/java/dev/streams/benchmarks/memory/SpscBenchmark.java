package dev.streams.benchmarks.memory;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import dev.streams.benchmarks.baseline.KotlinChannels;
import dev.streams.benchmarks.baseline.SpinningQueues;
import dev.streams.benchmarks.baseline.Workers;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import kotlinx.coroutines.channels.Channel;
import org.jctools.queues.MpmcArrayQueue;
import org.jctools.queues.SpscArrayQueue;
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
 * Single producer, single consumer through a buffer of 1024 items: our memory object stream against
 * {@code ArrayBlockingQueue}, {@code LinkedTransferQueue}, a Kotlin {@code Channel(1024)} and, for
 * reference, JCTools' {@code SpscArrayQueue} and {@code MpmcArrayQueue} with spinning, yielding waits
 * and, as the ceiling, the
 * LMAX Disruptor.
 *
 * <p>One operation is one item. Each invocation moves {@value #ITEMS} items: a helper thread that lives
 * for the whole trial produces them and the benchmark thread consumes them (Disruptor: the benchmark
 * thread produces and waits until its consumer thread has seen the last one), so every variant pays
 * for exactly one thread hand-over per item and none pays for starting a thread.
 *
 * <p>{@code threads} picks the producer: a platform thread, or a virtual thread (JDK 21+); the
 * consumer is the benchmark thread.
 *
 * <p>JMH state, confined to the benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SpscBenchmark {

    static final int BUFFER = 1024;
    static final int ITEMS = 1 << 16;
    private static final Object ITEM = new Object();

    @Param({"platform", "virtual"})
    public String threads;

    private ExecutorService producer;
    private MemoryObjectSendStream<Object> oursSend;
    private MemoryObjectReceiveStream<Object> oursReceive;
    private ArrayBlockingQueue<Object> arrayBlockingQueue;
    private LinkedTransferQueue<Object> linkedTransferQueue;
    private Channel<Object> kotlinChannel;
    private SpscArrayQueue<Object> jctoolsSpscArrayQueue;
    private MpmcArrayQueue<Object> jctoolsMpmcArrayQueue;

    @Setup(Level.Trial)
    public void setUp() {
        producer = Workers.executor(threads, 1);
        MemoryObjectStream<Object> ours = MemoryObjectStream.create(BUFFER);
        oursSend = ours.sendStream();
        oursReceive = ours.receiveStream();
        arrayBlockingQueue = new ArrayBlockingQueue<>(BUFFER);
        linkedTransferQueue = new LinkedTransferQueue<>();
        kotlinChannel = KotlinChannels.bounded(BUFFER);
        jctoolsSpscArrayQueue = new SpscArrayQueue<>(BUFFER);
        jctoolsMpmcArrayQueue = new MpmcArrayQueue<>(BUFFER);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        Workers.shutdown(producer);
        oursSend.close();
        oursReceive.close();
        kotlinChannel.close(null);
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void memoryObjectStream(Blackhole blackhole) throws InterruptedException {
        Future<?> sent = producer.submit(() -> {
            for (int i = 0; i < ITEMS; i++) {
                oursSend.send(ITEM);
            }
            return null;
        });
        for (int i = 0; i < ITEMS; i++) {
            blackhole.consume(oursReceive.receive());
        }
        Workers.await(sent);
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void arrayBlockingQueue(Blackhole blackhole) throws InterruptedException {
        transfer(arrayBlockingQueue::take, arrayBlockingQueue::put, blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void linkedTransferQueue(Blackhole blackhole) throws InterruptedException {
        transfer(linkedTransferQueue::take, linkedTransferQueue::put, blackhole);
    }

    /**
     * JCTools' lock-free SPSC ring: one producer by contract, so no CAS (ours must admit a clone at
     * any time). Both sides spin, then yield ({@link SpinningQueues}), never park.
     */
    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void jctoolsSpscArrayQueue(Blackhole blackhole) throws InterruptedException {
        spinning(jctoolsSpscArrayQueue, blackhole);
    }

    /** JCTools' lock-free MPMC ring (a CAS per side and item, as ours) with one producer and one consumer. */
    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void jctoolsMpmcArrayQueue(Blackhole blackhole) throws InterruptedException {
        spinning(jctoolsMpmcArrayQueue, blackhole);
    }

    private void spinning(Queue<Object> queue, Blackhole blackhole) throws InterruptedException {
        transfer(() -> SpinningQueues.take(queue), item -> SpinningQueues.put(queue, item), blackhole);
    }

    /**
     * The producer task puts {@link #ITEMS} items, this thread takes them. Each JMH fork runs one
     * baseline, so the {@code take}/{@code put} calls stay monomorphic and inline.
     */
    private void transfer(QueueEnds.Take take, QueueEnds.Put put, Blackhole blackhole) throws InterruptedException {
        Future<?> sent = producer.submit(() -> {
            for (int i = 0; i < ITEMS; i++) {
                put.put(ITEM);
            }
            return null;
        });
        for (int i = 0; i < ITEMS; i++) {
            blackhole.consume(take.take());
        }
        Workers.await(sent);
    }

    /** Kotlin {@code Channel(1024)}, producer and consumer each in a {@code runBlocking} on its own thread. */
    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void kotlinChannel(Blackhole blackhole) throws InterruptedException {
        Future<?> sent = producer.submit(() -> KotlinChannels.sendAll(kotlinChannel, ITEM, ITEMS));
        KotlinChannels.receiveAll(kotlinChannel, ITEMS, blackhole);
        Workers.await(sent);
    }

    /** Kotlin {@code Channel(1024)}, producer and consumer coroutines on {@code Dispatchers.Default}. */
    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void kotlinChannelDefaultDispatcher(Blackhole blackhole) {
        KotlinChannels.transferOnDefaultDispatcher(kotlinChannel, ITEM, ITEMS, blackhole);
    }

    /** The ceiling: a pre-allocated ring, consumer thread yielding while it waits. */
    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public long disruptorYielding(YieldingDisruptor yielding) {
        return yielding.publishAndAwait(ITEMS);
    }

    /** The Disruptor with a lock-and-condition wait strategy, the shape closest to ours. */
    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public long disruptorBlocking(BlockingDisruptor blocking) {
        return blocking.publishAndAwait(ITEMS);
    }

    /** A Disruptor event: one pre-allocated slot of the ring. */
    static final class LongEvent {
        long value;
    }

    /**
     * A started Disruptor with one consumer that publishes how many events it has seen. Its own JMH
     * state, started only for the benchmark that uses it: a yielding consumer thread never sleeps,
     * and left running beside the other variants it would take a core from them.
     */
    public abstract static class DisruptorCeiling {
        private Disruptor<LongEvent> disruptor;
        private RingBuffer<LongEvent> ring;
        private volatile long consumed;
        private long published;

        protected abstract com.lmax.disruptor.WaitStrategy waitStrategy();

        @Setup(Level.Trial)
        public void start() {
            disruptor = new Disruptor<>(LongEvent::new, BUFFER, Thread::new, ProducerType.SINGLE, waitStrategy());
            EventHandler<LongEvent> counter = (event, sequence, endOfBatch) -> {
                if (endOfBatch) {
                    consumed = sequence + 1; // release: the waiting producer reads it
                }
            };
            disruptor.handleEventsWith(counter);
            ring = disruptor.start();
        }

        @TearDown(Level.Trial)
        public void stop() {
            disruptor.shutdown();
        }

        long publishAndAwait(int count) {
            for (int i = 0; i < count; i++) {
                long sequence = ring.next();
                ring.get(sequence).value = i;
                ring.publish(sequence);
            }
            published += count;
            while (consumed < published) {
                Thread.yield(); // the consumer may need this core (2-core machines)
            }
            return published;
        }
    }

    /** The ceiling: the consumer yields while it waits. */
    @State(Scope.Thread)
    public static class YieldingDisruptor extends DisruptorCeiling {
        @Override
        protected com.lmax.disruptor.WaitStrategy waitStrategy() {
            return new YieldingWaitStrategy();
        }
    }

    /** The consumer waits on a lock and condition, the shape closest to ours. */
    @State(Scope.Thread)
    public static class BlockingDisruptor extends DisruptorCeiling {
        @Override
        protected com.lmax.disruptor.WaitStrategy waitStrategy() {
            return new BlockingWaitStrategy();
        }
    }
}
