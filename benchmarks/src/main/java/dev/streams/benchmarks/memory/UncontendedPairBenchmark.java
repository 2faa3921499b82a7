package dev.streams.benchmarks.memory;

import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One send and one receive on the same thread through a buffer of 1024 items that is neither full
 * nor empty (one item stays in it): the cost of the buffered path itself, with nobody waiting and
 * no other thread touching the stream. One operation is one pair, reported as average time; run
 * with {@code -prof gc} for the allocation per pair (the goal is 0 B/op).
 *
 * <p>Baselines: {@code ArrayBlockingQueue(1024)} and {@code LinkedTransferQueue} with
 * {@code offer} + {@code poll} (non-blocking, like {@code sendNowait} + {@code receiveNowait}) and
 * with {@code put} + {@code take}; ours with {@code sendNowait} + {@code receiveNowait} and with
 * {@code send} + {@code receive}.
 *
 * <p>JMH state, confined to the benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UncontendedPairBenchmark {

    static final int BUFFER = 1024;
    private static final Object ITEM = new Object();

    private MemoryObjectSendStream<Object> oursSend;
    private MemoryObjectReceiveStream<Object> oursReceive;
    private ArrayBlockingQueue<Object> arrayBlockingQueue;
    private LinkedTransferQueue<Object> linkedTransferQueue;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        MemoryObjectStream<Object> ours = MemoryObjectStream.create(BUFFER);
        oursSend = ours.sendStream();
        oursReceive = ours.receiveStream();
        arrayBlockingQueue = new ArrayBlockingQueue<>(BUFFER);
        linkedTransferQueue = new LinkedTransferQueue<>();
        // One item stays buffered: the pair never sees an empty or a full buffer.
        oursSend.send(ITEM);
        arrayBlockingQueue.put(ITEM);
        linkedTransferQueue.put(ITEM);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oursSend.close();
        oursReceive.close();
    }

    @Benchmark
    public Object memoryObjectStreamNowait() {
        oursSend.sendNowait(ITEM);
        return oursReceive.receiveNowait();
    }

    @Benchmark
    public Object memoryObjectStreamBlocking() throws InterruptedException {
        oursSend.send(ITEM);
        return oursReceive.receive();
    }

    @Benchmark
    public Object arrayBlockingQueueOfferPoll() {
        arrayBlockingQueue.offer(ITEM);
        return arrayBlockingQueue.poll();
    }

    @Benchmark
    public Object arrayBlockingQueuePutTake() throws InterruptedException {
        arrayBlockingQueue.put(ITEM);
        return arrayBlockingQueue.take();
    }

    @Benchmark
    public Object linkedTransferQueueOfferPoll() {
        linkedTransferQueue.offer(ITEM);
        return linkedTransferQueue.poll();
    }

    @Benchmark
    public Object linkedTransferQueuePutTake() throws InterruptedException {
        linkedTransferQueue.put(ITEM);
        return linkedTransferQueue.take();
    }
}
