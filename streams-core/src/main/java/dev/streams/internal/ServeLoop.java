package dev.streams.internal;

import dev.streams.ClosedResourceException;
import dev.streams.Listener;
import dev.streams.StreamException;
import dev.streams.StreamHandler;
import dev.streams.StreamResource;
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
 * The accept loop behind {@link Listener#serve(StreamHandler)}, shared by every listener.
 *
 * <p>Structured like an AnyIO task group: the loop owns its handlers. When the listener is closed
 * the loop stops accepting and waits for the running handlers before it returns. When the serving
 * thread is interrupted, it stops accepting, interrupts the handlers, waits for them and throws
 * {@link InterruptedException}. A graceful shutdown is therefore "close the listener, wait for
 * {@code serve} to return for a while, then interrupt it".
 *
 * <p>A failing accept that is not a close (for example "too many open files") is logged and
 * retried after a short back-off, as servers do, so one bad moment never takes the listener down.
 */
public final class ServeLoop {

    private static final long MAX_ACCEPT_BACKOFF_MILLIS = 1000;
    private static final AtomicLong HANDLER_COUNTER = new AtomicLong();

    private final System.Logger log;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private final Set<Thread> runningThreads = ConcurrentHashMap.newKeySet();
    private int activeHandlers; // guarded by lock: submitted and not yet finished
    private volatile boolean cancelled;

    private ServeLoop(Listener<?> listener) {
        this.log = System.getLogger(listener.getClass().getName());
    }

    /**
     * Serves {@code listener} until it is closed; see {@link Listener#serve(StreamHandler)}.
     *
     * @param executor runs the handlers; null means a new (virtual where available) thread each
     */
    public static <T extends StreamResource> void serve(Listener<T> listener, StreamHandler<? super T> handler,
            Executor executor) throws InterruptedException {
        Objects.requireNonNull(handler, "handler");
        new ServeLoop(listener).run(listener, handler, executor);
    }

    private <T extends StreamResource> void run(Listener<T> listener, StreamHandler<? super T> handler,
            Executor executor) throws InterruptedException {
        long backoffMillis = 10;
        try {
            while (true) {
                T stream;
                try {
                    stream = listener.accept();
                    backoffMillis = 10;
                } catch (ClosedResourceException e) {
                    break;
                } catch (StreamException e) {
                    log.log(Level.WARNING, "accept failed; retrying in " + backoffMillis + " ms", e);
                    TimeUnit.MILLISECONDS.sleep(backoffMillis);
                    backoffMillis = Math.min(backoffMillis * 2, MAX_ACCEPT_BACKOFF_MILLIS);
                    continue;
                }
                dispatch(stream, handler, executor);
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
            // At capacity: refuse this connection, keep serving the others.
            log.log(Level.WARNING, "could not start a handler; closing the connection", e);
            stream.close();
            handlerFinished();
        }
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
            if (--activeHandlers == 0) {
                idle.signalAll(); // wakes the serving thread waiting in awaitHandlers
            }
        } finally {
            lock.unlock();
        }
    }

    private void awaitHandlers() throws InterruptedException {
        lock.lock();
        try {
            while (activeHandlers > 0) {
                idle.await();
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
                    idle.await(100, TimeUnit.MILLISECONDS);
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
