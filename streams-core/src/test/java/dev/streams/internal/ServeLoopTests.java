package dev.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.Listener;
import dev.streams.StreamResource;
import dev.streams.TaskThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class ServeLoopTests {

    /** A connection that records whether it was closed. */
    static final class Connection implements StreamResource {
        final int id;
        final AtomicBoolean closed = new AtomicBoolean();

        Connection(int id) {
            this.id = id;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    /** A listener whose connections the test feeds in; accept() blocks on a queue. */
    static final class QueueListener implements Listener<Connection> {
        static final Connection CLOSED = new Connection(-1);
        static final Connection FAILURE = new Connection(-2);
        final LinkedBlockingQueue<Connection> incoming = new LinkedBlockingQueue<>();
        /** Counted down once an accept has thrown because the listener is closed. */
        final CountDownLatch acceptSawClose = new CountDownLatch(1);

        @Override
        public Connection accept() throws InterruptedException {
            Connection next = incoming.take();
            if (next == CLOSED) {
                incoming.add(CLOSED); // stays closed for every later accept
                acceptSawClose.countDown();
                throw new ClosedResourceException();
            }
            if (next == FAILURE) {
                throw new BrokenResourceException("too many open files");
            }
            return next;
        }

        @Override
        public void close() {
            incoming.add(CLOSED);
        }
    }

    @Test
    void servesEachConnectionOnItsOwnThreadAndClosesIt() throws Exception {
        QueueListener listener = new QueueListener();
        CountDownLatch bothRunning = new CountDownLatch(2);
        List<String> threads = new CopyOnWriteArrayList<>();
        Connection a = new Connection(1);
        Connection b = new Connection(2);
        listener.incoming.addAll(List.of(a, b));
        Thread server = new Thread(() -> {
            try {
                listener.serve(connection -> {
                    threads.add(Thread.currentThread().getName());
                    bothRunning.countDown();
                    bothRunning.await(); // proves the two handlers run at the same time
                });
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        server.start();
        assertThat(bothRunning.await(10, TimeUnit.SECONDS)).isTrue();
        listener.close();
        server.join(10_000);
        assertThat(server.isAlive()).isFalse();
        assertThat(a.closed).isTrue();
        assertThat(b.closed).isTrue();
        assertThat(threads).hasSize(2).allMatch(name -> name.startsWith("streams-handler-"));
    }

    @Test
    void closingTheListenerWaitsForRunningHandlersBeforeReturning() throws Exception {
        QueueListener listener = new QueueListener();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Connection connection = new Connection(1);
        listener.incoming.add(connection);
        AtomicBoolean serveReturned = new AtomicBoolean();
        Thread server = new Thread(() -> {
            try {
                listener.serve(c -> {
                    started.countDown();
                    release.await();
                });
                serveReturned.set(true);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        server.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        listener.close();
        // serve has seen the close and is parked (waiting for the handler) or, wrongly, has returned
        assertThat(listener.acceptSawClose.await(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !server.isAlive()
                || server.getState() == Thread.State.WAITING || server.getState() == Thread.State.TIMED_WAITING);
        assertThat(serveReturned).as("serve returned while a handler was still running").isFalse();
        assertThat(server.isAlive()).isTrue();
        release.countDown();
        server.join(10_000);
        assertThat(serveReturned).isTrue();
        assertThat(connection.closed).isTrue();
    }

    @Test
    void handlerExceptionIsLoggedAndServingContinues() throws Exception {
        QueueListener listener = new QueueListener();
        Connection failing = new Connection(1);
        Connection next = new Connection(2);
        listener.incoming.addAll(List.of(failing, next));
        List<Integer> handled = new CopyOnWriteArrayList<>();
        Thread server = new Thread(() -> {
            try {
                listener.serve(c -> {
                    handled.add(c.id);
                    if (c.id == 1) {
                        throw new IllegalStateException("handler bug");
                    }
                });
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        server.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 2);
        listener.close();
        server.join(10_000);
        assertThat(failing.closed).isTrue();
        assertThat(next.closed).isTrue();
    }

    @Test
    void acceptFailureIsRetriedWithoutStoppingTheListener() throws Exception {
        QueueListener listener = new QueueListener();
        Connection after = new Connection(7);
        listener.incoming.addAll(List.of(QueueListener.FAILURE, after));
        AtomicInteger handled = new AtomicInteger();
        Thread server = new Thread(() -> {
            try {
                listener.serve(c -> handled.incrementAndGet());
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        server.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.get() == 1);
        listener.close();
        server.join(10_000);
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void interruptingTheServingThreadInterruptsHandlersWaitsForThemAndThrows() throws Exception {
        QueueListener listener = new QueueListener();
        Connection connection = new Connection(1);
        listener.incoming.add(connection);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean handlerInterrupted = new AtomicBoolean();
        AtomicReference<Throwable> serveOutcome = new AtomicReference<>();
        Thread server = new Thread(() -> {
            try {
                listener.serve(c -> {
                    started.countDown();
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        handlerInterrupted.set(true);
                        throw e;
                    }
                });
            } catch (Throwable e) {
                serveOutcome.set(e);
            }
        });
        server.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        server.interrupt();
        server.join(10_000);
        assertThat(serveOutcome.get()).isInstanceOf(InterruptedException.class);
        assertThat(handlerInterrupted).isTrue();
        assertThat(connection.closed).isTrue();
    }

    @Test
    void runsHandlersOnTheGivenExecutor() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> new Thread(r, "custom-pool"));
        try {
            QueueListener listener = new QueueListener();
            listener.incoming.add(new Connection(1));
            AtomicReference<String> threadName = new AtomicReference<>();
            Thread server = new Thread(() -> {
                try {
                    listener.serve(c -> threadName.set(Thread.currentThread().getName()), executor);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
            server.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> threadName.get() != null);
            listener.close();
            server.join(10_000);
            assertThat(threadName.get()).isEqualTo("custom-pool");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void rejectedHandlerClosesTheConnectionAndServingContinues() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown(); // rejects everything
        QueueListener listener = new QueueListener();
        Connection refused = new Connection(1);
        listener.incoming.add(refused);
        listener.incoming.add(QueueListener.CLOSED);
        listener.serve(c -> {
            throw new AssertionError("must not run");
        }, executor);
        assertThat(refused.closed).isTrue();
    }

    @Test
    void nullHandlerIsRejectedByName() {
        assertThatThrownBy(() -> new QueueListener().serve(null))
                .isInstanceOf(NullPointerException.class).hasMessage("handler");
    }

    @Test
    void taskThreadsAreVirtualExactlyWhenTheJdkHasThem() throws Exception {
        boolean expected = Runtime.version().feature() >= 21;
        assertThat(TaskThreads.virtualThreadsAvailable()).isEqualTo(expected);
        AtomicReference<Thread> ran = new AtomicReference<>();
        Thread thread = TaskThreads.start("probe", () -> ran.set(Thread.currentThread()));
        thread.join(5_000);
        assertThat(ran.get()).isSameAs(thread);
        assertThat(thread.getName()).startsWith("probe");
        if (!expected) {
            assertThat(thread.isDaemon()).isTrue();
        }
    }

    @Test
    void resourceGuardRejectsASecondThreadWithTheAction() throws Exception {
        ResourceGuard guard = new ResourceGuard("reading from");
        guard.enter();
        AtomicReference<Throwable> second = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                guard.enter();
            } catch (Throwable e) {
                second.set(e);
            }
        });
        other.start();
        other.join(5_000);
        assertThat(second.get()).hasMessage("Another thread is already reading from this resource");
        guard.exit();
        guard.enter(); // free again after exit
        guard.exit();
    }

    @Test
    void checksNameTheArgument() {
        assertThatThrownBy(() -> Checks.requirePositive(0, "maxBytes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxBytes must be a positive integer");
        assertThatThrownBy(() -> Checks.requireNonNegative(-1, "maxBufferSize"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxBufferSize cannot be negative");
    }
}
