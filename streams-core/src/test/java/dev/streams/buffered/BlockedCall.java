package dev.streams.buffered;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/** A call running on its own thread, started and awaited until it blocks (parks) in a stream. */
public final class BlockedCall {

    /** The blocking call. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean interruptFlagAfterFailure;

    private BlockedCall(Call call) {
        thread = new Thread(() -> {
            try {
                call.run();
            } catch (Throwable e) {
                interruptFlagAfterFailure = Thread.currentThread().isInterrupted();
                failure.set(e);
            }
        });
    }

    /** Starts {@code call} on a new thread and returns once that thread is parked. */
    public static BlockedCall start(Call call) {
        BlockedCall blocked = new BlockedCall(call);
        blocked.thread.start();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> blocked.thread.getState() == Thread.State.WAITING
                || blocked.thread.getState() == Thread.State.TIMED_WAITING);
        return blocked;
    }

    /** Interrupts the thread and returns what the call threw. */
    public Throwable interruptAndAwaitFailure() throws InterruptedException {
        thread.interrupt();
        return awaitFailure();
    }

    /** Waits for the call to end and returns what it threw, or null. */
    public Throwable awaitFailure() throws InterruptedException {
        thread.join(5000);
        return failure.get();
    }

    /** Whether the thread's interrupt flag was set when the call threw. */
    public boolean interruptFlagAfterFailure() {
        return interruptFlagAfterFailure;
    }
}
