package dev.streams.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.TaskThreads;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * Runs one blocking call on a platform thread named {@code test-…}, so that a test can wait until
 * the call is parked, then interrupt it or close its resource from outside, and inspect the outcome.
 *
 * <pre>{@code
 * Background<byte[]> receiving = Background.start("receive", () -> stream.receive());
 * receiving.awaitParked();
 * receiving.thread().interrupt();
 * assertThat(receiving.failure()).isInstanceOf(InterruptedException.class);
 * }</pre>
 */
final class Background<T> {

    private final FutureTask<T> task;
    private final Thread thread;

    private Background(String name, Callable<T> call, boolean taskThread) {
        this.task = new FutureTask<>(call);
        if (taskThread) {
            this.thread = TaskThreads.newThread("test-" + name, task);
        } else {
            this.thread = new Thread(task, "test-" + name);
            this.thread.setDaemon(true);
        }
    }

    /** Runs {@code call} on a new platform thread. */
    static <T> Background<T> start(String name, Callable<T> call) {
        Background<T> background = new Background<>(name, call, false);
        background.thread.start();
        return background;
    }

    /** Runs {@code call} on "a new thread" as the library means it: virtual on JDK 21+. */
    static <T> Background<T> startTask(String name, Callable<T> call) {
        Background<T> background = new Background<>(name, call, true);
        background.thread.start();
        return background;
    }

    /** Runs {@code call} on a platform thread ({@code kind} "platform") or a task thread ("task", see {@link #startTask}). */
    static <T> Background<T> start(String kind, String name, Callable<T> call) {
        return kind.equals("task") ? startTask(name, call) : start(name, call);
    }

    Thread thread() {
        return thread;
    }

    /** Waits until the call is parked (blocked waiting, not running). */
    Background<T> awaitParked() {
        Awaitility.await("thread " + thread.getName() + " parked")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> isParked() || task.isDone());
        assertThat(task.isDone()).as("the call returned instead of blocking").isFalse();
        // Parked once could be a class-loading lock; parked in our poller is what we want.
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(() -> task.isDone() || isParkedInPoller());
        return this;
    }

    /**
     * Waits until the call waits for a connection: on a platform thread inside the listener's own
     * selector, on a virtual thread parked in the poller.
     */
    Background<T> awaitAccepting() {
        Awaitility.await("thread " + thread.getName() + " waiting for a connection")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> task.isDone() || isSelectingIn(SocketListener.class) || isParkedInPoller());
        assertThat(task.isDone()).as("the call returned instead of blocking").isFalse();
        return this;
    }

    /** Whether the thread is inside a {@code Selector.select} called from {@code owner}. */
    boolean isSelectingIn(Class<?> owner) {
        boolean selecting = false;
        for (StackTraceElement frame : thread.getStackTrace()) {
            selecting |= frame.getMethodName().equals("doSelect");
            if (frame.getClassName().equals(owner.getName())) {
                return selecting;
            }
        }
        return false;
    }

    private boolean isParked() {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    private boolean isParkedInPoller() {
        if (!isParked()) {
            return false;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().startsWith(SocketPoller.class.getName())
                    || frame.getClassName().equals(HappyEyeballs.class.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The call's result; fails the test if it threw or does not finish within 10 s. */
    T result() throws Exception {
        try {
            return task.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the background call failed", e.getCause());
        }
    }

    /** What the call threw; fails the test if it returned or does not finish within 10 s. */
    Throwable failure() throws Exception {
        try {
            T value = task.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected the call to fail, but it returned " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
