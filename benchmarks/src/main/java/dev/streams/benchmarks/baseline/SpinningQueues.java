package dev.streams.benchmarks.baseline;

import java.util.Queue;

/**
 * Blocking put and take over a non-blocking queue (JCTools' {@code SpscArrayQueue} and
 * {@code MpmcArrayQueue}), the way their users wait: spin a little, then yield the core, never park.
 * It shows what a lock-free array queue with per-slot sequence numbers does on this machine when
 * nobody ever sleeps; a waiting thread takes a core (as the Disruptor's yielding strategy does), so
 * these rows are references, not goals.
 *
 * <pre>{@code
 * Queue<Object> queue = new MpmcArrayQueue<>(1024);
 * SpinningQueues.put(queue, item);   // another thread: Object item = SpinningQueues.take(queue);
 * }</pre>
 *
 * <p>Thread-safe as the queue is: the methods keep no state.
 */
public final class SpinningQueues {

    /** {@code Thread.onSpinWait()} calls before each {@code Thread.yield()}, as our ring spins. */
    private static final int SPINS = 128;

    private SpinningQueues() {
    }

    /** Offers {@code item} until the queue takes it; an interrupt (a trial's shutdown) ends the wait. */
    public static <T> void put(Queue<T> queue, T item) throws InterruptedException {
        for (int spin = 0; !queue.offer(item); spin++) {
            idle(spin);
        }
    }

    /** Polls until the queue hands out an item; an interrupt ends the wait. */
    public static <T> T take(Queue<T> queue) throws InterruptedException {
        T item;
        for (int spin = 0; (item = queue.poll()) == null; spin++) {
            idle(spin);
        }
        return item;
    }

    private static void idle(int spin) throws InterruptedException {
        if (spin < SPINS) {
            Thread.onSpinWait();
        } else if (Thread.interrupted()) {
            throw new InterruptedException();
        } else {
            Thread.yield();
        }
    }
}
