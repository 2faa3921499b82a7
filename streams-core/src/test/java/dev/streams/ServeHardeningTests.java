package dev.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.SocketStream;
import dev.streams.net.Tcp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code serve} under pressure (issue 17, Low): an executor that throws must not leak the accepted
 * connection or stop serving; handler-start failures are logged once per interval, not once per
 * connection; {@link ServeOptions#maxConcurrentHandlers(int)} bounds the threads a flood of clients
 * can take. Real sockets on 127.0.0.1.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServeHardeningTests {

    @Test
    void anExecutorThatThrowsClosesThatConnectionAndServingGoesOn() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        AtomicInteger executions = new AtomicInteger();
        // The first execute throws something that is neither a rejection nor an OutOfMemoryError.
        ServeOptions options = ServeOptions.DEFAULT.executor(task -> {
            if (executions.incrementAndGet() == 1) {
                throw new IllegalStateException("executor broken for a moment");
            }
            pool.execute(task);
        });
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            FutureTask<Void> serving = serveInBackground(listener, echo(), options);
            int port = listener.extra(SocketAttribute.LOCAL_PORT);

            try (SocketStream refused = Tcp.connect("127.0.0.1", port)) {
                assertThatThrownBy(refused::receive).as("the server closed the connection it could not serve")
                        .isInstanceOf(EndOfStreamException.class);
            }
            try (SocketStream served = Tcp.connect("127.0.0.1", port)) {
                served.send(new byte[] {42});
                assertThat(served.receive()).as("the loop kept serving").containsExactly(42);
            }
            listener.close();
            serving.get(10, TimeUnit.SECONDS); // serve returns normally: its slot count is back to zero
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void threadCreationFailuresAreLoggedOncePerIntervalWithACount() throws Exception {
        ServeOptions options = ServeOptions.DEFAULT.executor(task -> {
            throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
        });
        List<LogRecord> warnings = new ArrayList<>();
        Logger logger = Logger.getLogger(SocketListener.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (warnings) {
                        warnings.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        int connections = 50;
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            FutureTask<Void> serving = serveInBackground(listener, echo(), options);
            int port = listener.extra(SocketAttribute.LOCAL_PORT);
            for (int i = 0; i < connections; i++) {
                try (SocketStream refused = Tcp.connect("127.0.0.1", port)) {
                    assertThatThrownBy(refused::receive).isInstanceOf(EndOfStreamException.class);
                }
            }
            listener.close();
            serving.get(10, TimeUnit.SECONDS);
        } finally {
            logger.removeHandler(capture);
        }
        synchronized (warnings) {
            assertThat(warnings).as("one line per 10 s interval, not one per connection")
                    .hasSizeBetween(1, 5);
            assertThat(warnings.get(0).getThrown()).isInstanceOf(OutOfMemoryError.class);
        }
    }

    @Test
    void theHandlerCapBoundsThreadsBeyond200Connections() throws Exception {
        int cap = 200;
        int connections = 260;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger handled = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        StreamHandler<SocketStream> holding = stream -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await();
            } finally {
                running.decrementAndGet();
                handled.incrementAndGet();
            }
        };
        List<SocketStream> clients = new ArrayList<>();
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            FutureTask<Void> serving = serveInBackground(listener, holding,
                    ServeOptions.DEFAULT.maxConcurrentHandlers(cap));
            int port = listener.extra(SocketAttribute.LOCAL_PORT);
            for (int i = 0; i < connections; i++) {
                clients.add(Tcp.connect("127.0.0.1", port)); // beyond the cap they wait in the backlog
            }
            Awaitility.await("the cap's worth of handlers running").atMost(Duration.ofSeconds(30))
                    .until(() -> running.get() == cap);
            release.countDown();
            Awaitility.await("every connection handled").atMost(Duration.ofSeconds(30))
                    .until(() -> handled.get() == connections);
            assertThat(mostAtOnce.get()).as("handlers that ever ran at once").isEqualTo(cap);
            listener.close();
            serving.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            clients.forEach(SocketStream::close);
        }
    }

    @Test
    void badOptionsAreRejectedNamingTheArgument() throws Exception {
        assertThatThrownBy(() -> ServeOptions.DEFAULT.maxConcurrentHandlers(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConcurrentHandlers");
        assertThatThrownBy(() -> ServeOptions.DEFAULT.executor(null))
                .isInstanceOf(NullPointerException.class).hasMessage("executor");
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            assertThatThrownBy(() -> listener.serve(stream -> { }, (ServeOptions) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("options");
        }
    }

    private static StreamHandler<SocketStream> echo() {
        return stream -> {
            for (byte[] chunk : stream) {
                stream.send(chunk);
            }
        };
    }

    /** Runs {@code serve} on a platform thread; the task's result is what serve returned or threw. */
    private static FutureTask<Void> serveInBackground(SocketListener listener, StreamHandler<SocketStream> handler,
            ServeOptions options) {
        AtomicReference<Thread> thread = new AtomicReference<>();
        FutureTask<Void> serving = new FutureTask<>(() -> {
            listener.serve(handler, options);
            return null;
        });
        thread.set(new Thread(serving, "test-serve"));
        thread.get().setDaemon(true);
        thread.get().start();
        return serving;
    }
}
