package dev.streams.benchmarks.memory;

import dev.streams.benchmarks.baseline.SpinningQueues;
import dev.streams.benchmarks.baseline.Workers;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import org.jctools.queues.MpmcArrayQueue;
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
 * {@code sides} producers and as many consumers (2 × 2 or 4 × 4) on one buffer of 1024 items. Ours
 * gives every producer its own clone of the send stream and every consumer its own clone of the
 * receive stream (the AnyIO way of fanning in and out); the queues are shared as they are. One
 * operation is one item; each invocation moves {@value #ITEMS} items, split evenly over the
 * producers and over the consumers.
 *
 * <p>{@code threads=platform}: eight pool threads kept for the trial. {@code threads=virtual}: one
 * virtual thread per task (JDK 21+; on JDK 17 run with {@code -p threads=platform}, which the
 * documented commands do).
 *
 * <p>JMH state, confined to the benchmark thread; the helpers only touch their own clones.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MpmcBenchmark {

    static final int BUFFER = 1024;
    static final int ITEMS = 1 << 16;
    private static final Object ITEM = new Object();

    @Param({"platform", "virtual"})
    public String threads;

    /** Producers, and consumers: 2 × 2 or 4 × 4. */
    @Param({"2", "4"})
    public int sides;

    private ExecutorService workers;
    private MemoryObjectStream<Object> ours;
    private final List<MemoryObjectSendStream<Object>> oursSenders = new ArrayList<>();
    private final List<MemoryObjectReceiveStream<Object>> oursReceivers = new ArrayList<>();
    private ArrayBlockingQueue<Object> arrayBlockingQueue;
    private LinkedBlockingQueue<Object> linkedBlockingQueue;
    private LinkedTransferQueue<Object> linkedTransferQueue;
    private MpmcArrayQueue<Object> jctoolsMpmcArrayQueue;

    @Setup(Level.Trial)
    public void setUp() {
        workers = Workers.executor(threads, 2 * sides);
        ours = MemoryObjectStream.create(BUFFER);
        for (int i = 0; i < sides; i++) {
            oursSenders.add(ours.sendStream().clone());
            oursReceivers.add(ours.receiveStream().clone());
        }
        arrayBlockingQueue = new ArrayBlockingQueue<>(BUFFER);
        linkedBlockingQueue = new LinkedBlockingQueue<>(BUFFER);
        linkedTransferQueue = new LinkedTransferQueue<>();
        jctoolsMpmcArrayQueue = new MpmcArrayQueue<>(BUFFER);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        Workers.shutdown(workers);
        oursSenders.forEach(MemoryObjectSendStream::close);
        oursReceivers.forEach(MemoryObjectReceiveStream::close);
        ours.close();
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void memoryObjectStream() throws InterruptedException {
        int each = ITEMS / sides;
        List<Future<?>> tasks = new ArrayList<>(2 * sides);
        for (int side = 0; side < sides; side++) {
            MemoryObjectReceiveStream<Object> receiver = oursReceivers.get(side);
            tasks.add(workers.submit(() -> {
                for (int i = 0; i < each; i++) {
                    check(receiver.receive());
                }
                return null;
            }));
            MemoryObjectSendStream<Object> sender = oursSenders.get(side);
            tasks.add(workers.submit(() -> {
                for (int i = 0; i < each; i++) {
                    sender.send(ITEM);
                }
                return null;
            }));
        }
        Workers.await(tasks);
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void arrayBlockingQueue() throws InterruptedException {
        transfer(arrayBlockingQueue::take, arrayBlockingQueue::put);
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void linkedBlockingQueue() throws InterruptedException {
        transfer(linkedBlockingQueue::take, linkedBlockingQueue::put);
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void linkedTransferQueue() throws InterruptedException {
        transfer(linkedTransferQueue::take, linkedTransferQueue::put);
    }

    /**
     * JCTools' lock-free MPMC ring (per-slot sequence numbers, one CAS per side and item, as ours);
     * every side spins, then yields ({@link SpinningQueues}), never parks: a reference, not a goal.
     * Platform threads only: with more spinning virtual threads than carriers the JDK 25 run made no
     * progress within minutes (a yield gives the carrier to another spinner), so it fails fast instead.
     */
    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void jctoolsMpmcArrayQueue() throws InterruptedException {
        if (!threads.equals("platform")) {
            throw new UnsupportedOperationException("the JCTools row runs on platform threads only");
        }
        MpmcArrayQueue<Object> queue = jctoolsMpmcArrayQueue;
        transfer(() -> SpinningQueues.take(queue), item -> SpinningQueues.put(queue, item));
    }

    /**
     * Every producer and consumer on one shared queue. Each JMH fork runs one baseline, so the
     * {@code take}/{@code put} calls stay monomorphic and inline.
     */
    private void transfer(QueueEnds.Take take, QueueEnds.Put put) throws InterruptedException {
        int each = ITEMS / sides;
        List<Future<?>> tasks = new ArrayList<>(2 * sides);
        for (int side = 0; side < sides; side++) {
            tasks.add(workers.submit(() -> {
                for (int i = 0; i < each; i++) {
                    check(take.take());
                }
                return null;
            }));
            tasks.add(workers.submit(() -> {
                for (int i = 0; i < each; i++) {
                    put.put(ITEM);
                }
                return null;
            }));
        }
        Workers.await(tasks);
    }

    /** Consumers run on helper threads, where a Blackhole must not be shared: check the item instead. */
    private static void check(Object item) {
        if (item != ITEM) {
            throw new AssertionError("received a foreign item: " + item);
        }
    }
}
