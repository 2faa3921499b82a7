package dev.streams;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The accept loop behind {@link Listener#serve(StreamHandler)}, shared by every listener. It lives
 * next to {@link Listener} (package-private) so that the interface and its loop do not import each
 * other across packages.
 *
 * <p>Structured like an AnyIO task group: the loop owns its handlers. When the listener is closed
 * the loop stops accepting and waits for the running handlers before it returns. When the serving
 * thread is interrupted, it stops accepting, interrupts the handlers, waits for them and throws
 * {@link InterruptedException}. A graceful shutdown is therefore "close the listener, wait for
 * {@code serve} to return for a while, then interrupt it".
 *
 * <p>Failures never stop the loop and never leak a connection:
 * <ul>
 *   <li>A failing accept that is not a close (for example "too many open files") is logged and
 *       retried after a short back-off, as servers do.</li>
 *   <li>A handler that cannot be started (the executor rejects or throws anything, a thread cannot
 *       be created) gets its connection closed and its slot back; the warning is logged at most
 *       once per interval with a count, so a flood costs a line per interval.</li>
 *   <li>At {@link ServeOptions#maxConcurrentHandlers()} the loop waits for a handler to finish
 *       before it accepts again: new clients wait in the listen backlog.</li>
 * </ul>
 */
final class ServeLoop {

    private static final long MAX_ACCEPT_BACKOFF_MILLIS = 1000;
    private static final AtomicLong HANDLER_COUNTER = new AtomicLong();

    private final System.Logger log;
    private final RateLimitedLog startFailures;
    private final RateLimitedLog acceptFailures;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition handlerDone = lock.newCondition();
    private final Set<Thread> runningThreads = ConcurrentHashMap.newKeySet();
    private int activeHandlers; // guarded by lock: submitted and not yet finished
    private volatile boolean cancelled;

    private ServeLoop(Listener<?> listener) {
        this.log = System.getLogger(listener.getClass().getName());
        this.startFailures = new RateLimitedLog(log, RateLimitedLog.DEFAULT_INTERVAL_NANOS);
        this.acceptFailures = new RateLimitedLog(log, RateLimitedLog.DEFAULT_INTERVAL_NANOS);
    }

    /** Serves {@code listener} until it is closed; see {@link Listener#serve(StreamHandler, ServeOptions)}. */
    static <T extends StreamResource> void serve(Listener<T> listener, StreamHandler<? super T> handler,
            ServeOptions options) throws InterruptedException {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(options, "options");
        new ServeLoop(listener).run(listener, handler, options);
    }

    private <T extends StreamResource> void run(Listener<T> listener, StreamHandler<? super T> handler,
            ServeOptions options) throws InterruptedException {
        long backoffMillis = 10;
        try {
            while (true) {
                awaitFreeSlot(options.maxConcurrentHandlers());
                T stream;
                try {
                    stream = listener.accept();
                    backoffMillis = 10;
                } catch (ClosedResourceException e) {
                    break;
                } catch (RuntimeException e) { // StreamException or a listener's bug: retry, never die
                    acceptFailures.warn("accept failed; retrying in " + backoffMillis + " ms", e);
                    TimeUnit.MILLISECONDS.sleep(backoffMillis);
                    backoffMillis = Math.min(backoffMillis * 2, MAX_ACCEPT_BACKOFF_MILLIS);
                    continue;
                }
                dispatch(stream, handler, options.executor());
            }
        } catch (InterruptedException e) {
            cancelAndAwaitHandlers();
            throw e;
        }
        try {
            awaitHandlers();
        } catch (InterruptedException e) {
            cancelAndAwaitHandlers();
            throw e;
        }
    }

    private void awaitFreeSlot(int maxConcurrentHandlers) throws InterruptedException {
        lock.lock();
        try {
            while (activeHandlers >= maxConcurrentHandlers) {
                handlerDone.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private <T extends StreamResource> void dispatch(T stream, StreamHandler<? super T> handler, Executor executor) {
        lock.lock();
        try {
            activeHandlers++;
        } finally {
            lock.unlock();
        }
        Runnable task = () -> runHandler(stream, handler);
        try {
            if (executor == null) {
                TaskThreads.start("streams-handler-" + HANDLER_COUNTER.incrementAndGet(), task);
            } else {
                executor.execute(task);
            }
        } catch (RejectedExecutionException | OutOfMemoryError e) {
            // At capacity (a full executor, no thread left): refuse this connection, keep serving.
            refuse(stream, "could not start a handler; closing the connection", e);
        } catch (RuntimeException | Error e) {
            // Any other failure of the executor: the same, so the connection and its slot never leak.
            refuse(stream, "the executor failed to run a handler; closing the connection", e);
        }
    }

    private void refuse(StreamResource stream, String message, Throwable cause) {
        try {
            stream.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        } finally {
            handlerFinished();
        }
        startFailures.warn(message, cause);
    }

    private <T extends StreamResource> void runHandler(T stream, StreamHandler<? super T> handler) {
        Thread self = Thread.currentThread();
        runningThreads.add(self);
        try (stream) {
            if (!cancelled) { // a task queued in an executor may start after the loop was interrupted
                handler.handle(stream);
            }
        } catch (InterruptedException e) {
            log.log(Level.DEBUG, "handler interrupted", e);
        } catch (Throwable e) {
            log.log(Level.WARNING, "handler failed; the listener keeps serving", e);
        } finally {
            runningThreads.remove(self);
            // An executor thread is reused: do not leak our interrupt into its next task.
            Thread.interrupted();
            handlerFinished();
        }
    }

    private void handlerFinished() {
        lock.lock();
        try {
            activeHandlers--;
            handlerDone.signalAll(); // wakes the serving thread waiting for a slot or for the last handler
        } finally {
            lock.unlock();
        }
    }

    private void awaitHandlers() throws InterruptedException {
        lock.lock();
        try {
            while (activeHandlers > 0) {
                handlerDone.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private void cancelAndAwaitHandlers() {
        cancelled = true;
        for (Thread thread : runningThreads) {
            thread.interrupt();
        }
        boolean interrupted = false;
        lock.lock();
        try {
            while (activeHandlers > 0) {
                try {
                    handlerDone.await(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException again) {
                    interrupted = true;
                }
                // A handler may have started after the first round of interrupts.
                for (Thread thread : runningThreads) {
                    thread.interrupt();
                }
            }
        } finally {
            lock.unlock();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
