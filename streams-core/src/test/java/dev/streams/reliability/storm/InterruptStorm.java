package dev.streams.reliability.storm;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.WouldBlockException;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import dev.streams.memory.MemoryObjectStreamStatistics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One interrupt storm: producers and consumers, each on its own clone of a memory object stream,
 * call the blocking, timed and non-blocking forms at random while interrupting one another and
 * closing one another's clones. Each producer numbers its items; every send outcome is recorded
 * by the producer itself (accepted, or reported undelivered: interrupted, timed out, would block,
 * closed). Afterwards {@link Result#verify} checks exactly-once delivery and per-producer FIFO order
 * as seen by each consumer.
 *
 * <p>Thread-safety: {@link #run} is called from one test thread; the workers only share the stream,
 * the handle references and a few atomics; each keeps its own records and hands them over at join.
 */
final class InterruptStorm {

    /** What to run; {@code threads} creates an unstarted worker thread (platform or virtual). */
    record Config(String name, int bufferSize, int producers, int consumers, int sendsPerProducer, long seed,
            Function<Runnable, Thread> threads) {
    }

    private final Config config;
    private final MemoryObjectStream<Long> stream;
    private final MemoryObjectSendStream<Long> masterSend;
    private final MemoryObjectReceiveStream<Long> masterReceive;
    private final AtomicLong operations = new AtomicLong();
    private final AtomicLong interrupts = new AtomicLong();
    /** Interrupts that landed: a stream call threw InterruptedException. */
    private final AtomicLong interruptsLanded = new AtomicLong();
    private final AtomicLong cloneCloses = new AtomicLong();

    InterruptStorm(Config config) {
        this.config = config;
        this.stream = MemoryObjectStream.create(config.bufferSize());
        this.masterSend = stream.sendStream();
        this.masterReceive = stream.receiveStream();
    }

    /** Per producer: which sequence numbers were accepted and which were reported undelivered. */
    private static final class ProducerRecord {
        final BitSet accepted = new BitSet();
        final BitSet undelivered = new BitSet();
    }

    private static final class Worker {
        final AtomicReference<AutoCloseable> handle = new AtomicReference<>();
        volatile Thread thread;
    }

    Result run() throws InterruptedException {
        int producers = config.producers();
        int consumers = config.consumers();
        ProducerRecord[] sent = new ProducerRecord[producers];
        List<List<Long>> received = new ArrayList<>();
        List<Worker> workers = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        SplittableRandom seeds = new SplittableRandom(config.seed());

        List<Thread> producerThreads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int id = p;
            sent[p] = new ProducerRecord();
            Worker worker = new Worker();
            worker.handle.set(masterSend.clone());
            SplittableRandom random = seeds.split();
            Thread thread = config.threads().apply(guard(failures,
                    () -> produce(id, worker, random, sent[id], workers)));
            worker.thread = thread;
            workers.add(worker);
            producerThreads.add(thread);
        }
        List<Thread> consumerThreads = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            List<Long> mine = new ArrayList<>();
            received.add(mine);
            Worker worker = new Worker();
            worker.handle.set(masterReceive.clone());
            SplittableRandom random = seeds.split();
            Thread thread = config.threads().apply(guard(failures, () -> consume(worker, random, mine, workers)));
            worker.thread = thread;
            workers.add(worker);
            consumerThreads.add(thread);
        }
        producerThreads.forEach(Thread::start);
        consumerThreads.forEach(Thread::start);

        joinAll(producerThreads, "producers");
        // End the stream: every send handle closed, so consumers drain the buffer and then see the end.
        for (int p = 0; p < producers; p++) {
            closeQuietly(workers.get(p).handle.get());
        }
        masterSend.close();
        joinAll(consumerThreads, "consumers");
        MemoryObjectStreamStatistics after = masterReceive.statistics();
        for (Worker worker : workers) {
            closeQuietly(worker.handle.get());
        }
        masterReceive.close();
        return new Result(config, sent, received, failures, operations.get(), interrupts.get(), interruptsLanded.get(),
                cloneCloses.get(), after);
    }

    private void produce(int id, Worker worker, SplittableRandom random, ProducerRecord record, List<Worker> workers) {
        for (int seq = 0; seq < config.sendsPerProducer(); seq++) {
            long item = ((long) id << 32) | seq;
            @SuppressWarnings("unchecked")
            MemoryObjectSendStream<Long> handle = (MemoryObjectSendStream<Long>) worker.handle.get();
            boolean accepted = false;
            try {
                int form = random.nextInt(10);
                if (form < 5) {
                    handle.send(item);
                    accepted = true;
                } else if (form < 8) {
                    accepted = handle.send(item, Duration.ofNanos(random.nextLong(1, 300_000)));
                } else {
                    handle.sendNowait(item);
                    accepted = true;
                }
            } catch (InterruptedException e) {
                // Reported to the sender as not sent: counted below as undelivered.
                interruptsLanded.incrementAndGet();
            } catch (WouldBlockException e) {
                // Not sent either.
            } catch (ClosedResourceException e) {
                worker.handle.set(masterSend.clone()); // chaos closed our clone: carry on with a new one
            } catch (BrokenResourceException e) {
                throw new AssertionError("a receive handle stays open during the storm, so no send may be broken", e);
            }
            (accepted ? record.accepted : record.undelivered).set(seq);
            operations.incrementAndGet();
            strike(worker, workers, random);
            if (random.nextInt(500) == 0) {
                // Voluntary clone turnover: the old handle closes, a fresh one continues.
                AutoCloseable old = worker.handle.getAndSet(masterSend.clone());
                closeQuietly(old);
            }
        }
        Thread.interrupted(); // a late interrupt from chaos must not leak into the join
    }

    private void consume(Worker worker, SplittableRandom random, List<Long> mine, List<Worker> workers) {
        while (true) {
            @SuppressWarnings("unchecked")
            MemoryObjectReceiveStream<Long> handle = (MemoryObjectReceiveStream<Long>) worker.handle.get();
            try {
                int form = random.nextInt(10);
                Long item;
                if (form < 5) {
                    item = handle.receive();
                } else if (form < 8) {
                    Optional<Long> got = handle.receive(Duration.ofNanos(random.nextLong(1, 300_000)));
                    item = got.orElse(null);
                } else {
                    item = handle.receiveNowait();
                }
                if (item != null) {
                    mine.add(item);
                    // API 3.3: an item handed over just before an interrupt is returned with the flag
                    // set; clear it so the storm's bookkeeping goes on (the next call would throw).
                    Thread.interrupted();
                }
            } catch (InterruptedException e) {
                // A receiver interrupted before a hand-off gets nothing; the item stays for others.
                interruptsLanded.incrementAndGet();
            } catch (WouldBlockException e) {
                Thread.onSpinWait();
            } catch (ClosedResourceException e) {
                worker.handle.compareAndSet(handle, masterReceive.clone()); // chaos closed our clone
            } catch (EndOfStreamException e) {
                operations.incrementAndGet();
                return;
            }
            operations.incrementAndGet();
            strike(worker, workers, random);
        }
    }

    /**
     * The chaos, injected by the workers themselves at a rate tied to the operations rather than to
     * the scheduler: a separate chaos thread gets too few time slices on two busy cores to hit a storm
     * that lasts a fraction of a second. About one operation in 24 interrupts another worker (blocked
     * or not), one in 300 closes another worker's clone under it.
     */
    private void strike(Worker self, List<Worker> workers, SplittableRandom random) {
        int dice = random.nextInt(300);
        if (dice >= 13) {
            return;
        }
        Worker victim = workers.get(random.nextInt(workers.size()));
        if (victim == self) {
            return;
        }
        if (dice == 0) {
            closeQuietly(victim.handle.get());
            cloneCloses.incrementAndGet();
        } else {
            victim.thread.interrupt();
            interrupts.incrementAndGet();
        }
    }

    private static Runnable guard(List<Throwable> failures, Runnable body) {
        return () -> {
            try {
                body.run();
            } catch (Throwable t) {
                failures.add(t);
            }
        };
    }

    private void joinAll(List<Thread> threads, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (thread.isAlive()) {
                throw new AssertionError(config.name() + " seed " + config.seed() + ": " + what
                        + " did not finish (hang?) " + stream.receiveStream());
            }
        }
    }

    private static void closeQuietly(AutoCloseable handle) {
        if (handle != null) {
            try {
                handle.close();
            } catch (Exception e) {
                throw new AssertionError("close() of a memory stream handle never throws", e);
            }
        }
    }

    /** The records of one storm, and the exactly-once check over them. */
    record Result(Config config, ProducerRecord[] sent, List<List<Long>> received, List<Throwable> failures,
            long operations, long interrupts, long interruptsLanded, long cloneCloses,
            MemoryObjectStreamStatistics after) {

        long accepted() {
            long n = 0;
            for (ProducerRecord record : sent) {
                n += record.accepted.cardinality();
            }
            return n;
        }

        long undelivered() {
            long n = 0;
            for (ProducerRecord record : sent) {
                n += record.undelivered.cardinality();
            }
            return n;
        }

        /** Throws an AssertionError naming the first broken property and the seed to replay it. */
        void verify() {
            String where = config.name() + " (seed " + config.seed() + ")";
            if (!failures.isEmpty()) {
                AssertionError error = new AssertionError(where + ": a worker failed: " + failures.get(0));
                failures.forEach(error::addSuppressed);
                throw error;
            }
            BitSet[] seen = new BitSet[sent.length];
            for (int p = 0; p < sent.length; p++) {
                seen[p] = new BitSet();
                if (sent[p].accepted.intersects(sent[p].undelivered)) {
                    throw new AssertionError(where + ": an item was both accepted and reported undelivered");
                }
                int attempts = sent[p].accepted.cardinality() + sent[p].undelivered.cardinality();
                if (attempts != config.sendsPerProducer()) {
                    throw new AssertionError(where + ": producer " + p + " recorded " + attempts + " outcomes for "
                            + config.sendsPerProducer() + " sends");
                }
            }
            for (List<Long> consumer : received) {
                int[] lastSeq = new int[sent.length];
                java.util.Arrays.fill(lastSeq, -1);
                for (long item : consumer) {
                    int producer = (int) (item >>> 32);
                    int seq = (int) item;
                    if (seen[producer].get(seq)) {
                        throw new AssertionError(where + ": duplicate delivery of item " + producer + "/" + seq);
                    }
                    seen[producer].set(seq);
                    if (!sent[producer].accepted.get(seq)) {
                        throw new AssertionError(where + ": item " + producer + "/" + seq
                                + " was received although its sender was told it was not sent");
                    }
                    if (seq < lastSeq[producer]) {
                        throw new AssertionError(where + ": FIFO violated: item " + producer + "/" + seq
                                + " received after " + producer + "/" + lastSeq[producer] + " by the same consumer");
                    }
                    lastSeq[producer] = seq;
                }
            }
            for (int p = 0; p < sent.length; p++) {
                BitSet lost = (BitSet) sent[p].accepted.clone();
                lost.andNot(seen[p]);
                if (!lost.isEmpty()) {
                    throw new AssertionError(where + ": " + lost.cardinality() + " accepted items of producer " + p
                            + " were never received, first " + lost.nextSetBit(0));
                }
            }
            if (after.currentBufferUsed() != 0 || after.tasksWaitingSend() != 0 || after.tasksWaitingReceive() != 0) {
                throw new AssertionError(where + ": stream not drained and idle at the end: " + after);
            }
        }

        String summary() {
            return String.format("%s: %,d operations, %,d items accepted and received once, %,d reported undelivered,"
                    + " %,d interrupts (%,d landed in a stream call), %,d clone closes", config.name(), operations,
                    accepted(), undelivered(), interrupts, interruptsLanded, cloneCloses);
        }
    }
}
