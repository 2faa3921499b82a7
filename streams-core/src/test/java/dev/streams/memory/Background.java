package dev.streams.memory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A blocking call running on its own thread, so a test can observe it blocked, poke the stream and
 * then look at how the call ended (its result, or the exception it threw and the interrupt flag).
 */
final class Background<T> {

    /** A blocking call that may throw anything. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    /** How the call ended. */
    record Outcome<T>(T value, Throwable failure, boolean interruptFlag) {
    }

    final Thread thread;
    private final CompletableFuture<Outcome<T>> outcome = new CompletableFuture<>();

    private Background(String name, Call<T> call) {
        thread = new Thread(() -> {
            try {
                T value = call.call();
                outcome.complete(new Outcome<>(value, null, Thread.currentThread().isInterrupted()));
            } catch (Throwable e) {
                outcome.complete(new Outcome<>(null, e, Thread.currentThread().isInterrupted()));
            }
        }, name);
        thread.setDaemon(true);
    }

    static <T> Background<T> start(String name, Call<T> call) {
        Background<T> background = new Background<>(name, call);
        background.thread.start();
        return background;
    }

    /** Waits (at most 10 s) for the call to end. */
    Outcome<T> outcome() throws InterruptedException {
        try {
            return outcome.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background call did not end: " + thread.getName() + " " + thread.getState(), e);
        }
    }

    /** The value the call returned; fails if it threw. */
    T value() throws InterruptedException {
        Outcome<T> o = outcome();
        if (o.failure() != null) {
            throw new AssertionError("background call failed", o.failure());
        }
        return o.value();
    }

    /** What the call threw; fails if it returned. */
    Throwable failure() throws InterruptedException {
        Outcome<T> o = outcome();
        if (o.failure() == null) {
            throw new AssertionError("background call returned " + o.value() + " instead of failing");
        }
        return o.failure();
    }

    boolean isDone() {
        return outcome.isDone();
    }
}
