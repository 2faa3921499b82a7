package dev.streams.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.ByteSendStream;
import dev.streams.ByteStream;
import dev.streams.buffered.BufferedByteReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.memory.MemoryObjectStream;
import dev.streams.net.SocketListener;
import dev.streams.net.Tcp;
import dev.streams.stapled.StapledByteStream;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Shared certificates, transports and helpers for the TLS tests. */
final class TlsFixtures {

    static final TestCertificateAuthority CA = TestCertificateAuthority.create();
    static final IssuedCertificate SERVER = CA.issue("localhost", "127.0.0.1", "::1");

    private TlsFixtures() {
    }

    /**
     * Waits until {@code thread} is parked inside the transport's receive (a memory stream, the
     * test pipe or the socket poller), which is where a {@code TlsStream.receive} with nothing to
     * read blocks; a short park on the engine lock does not count. Fails if {@code call} ends first.
     */
    static void awaitBlockedInTransport(Thread thread, Future<?> call) {
        Awaitility.await("thread " + thread.getName() + " blocked in the transport's receive")
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5))
                .until(() -> call.isDone() || isParkedInTransport(thread));
        assertThat(call.isDone()).as("the call returned instead of blocking").isFalse();
    }

    private static boolean isParkedInTransport(Thread thread) {
        Thread.State state = thread.getState();
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
            return false;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("dev.streams.memory.") || type.startsWith(MemoryPipe.class.getName())
                    || type.startsWith("dev.streams.net.")) {
                return true;
            }
        }
        return false;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static TlsOptions client() {
        return TlsOptions.client(CA.clientContext()).hostname("localhost");
    }

    static TlsOptions server() {
        return TlsOptions.server(SERVER.serverContext());
    }

    /** The kinds of transport every TLS behaviour is checked over. */
    enum Transport {
        /** The library's memory object streams, stapled into byte streams (bounded: 4 chunks). */
        MEMORY_STREAMS {
            @Override
            ByteStream[] pair() {
                MemoryObjectStream<byte[]> ab = MemoryObjectStream.create(4);
                MemoryObjectStream<byte[]> ba = MemoryObjectStream.create(4);
                return new ByteStream[] {
                    new StapledByteStream(sender(ab.sendStream()), BufferedByteReceiveStream.ofObjects(ba.receiveStream())),
                    new StapledByteStream(sender(ba.sendStream()), BufferedByteReceiveStream.ofObjects(ab.receiveStream()))
                };
            }
        },
        /** A tiny in-test pipe with a 64 KiB byte buffer per direction. */
        PIPE {
            @Override
            ByteStream[] pair() {
                return MemoryPipe.pair(65536);
            }
        },
        /** Real loopback TCP. */
        TCP {
            @Override
            ByteStream[] pair() throws InterruptedException {
                try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
                    ByteStream client = Tcp.connect("127.0.0.1",
                            listener.extra(dev.streams.net.SocketAttribute.LOCAL_PORT));
                    return new ByteStream[] {client, listener.accept()};
                }
            }
        };

        /** A connected pair: [client end, server end]. */
        abstract ByteStream[] pair() throws InterruptedException;
    }

    static ByteSendStream sender(MemoryObjectSendStream<byte[]> items) {
        return new ByteSendStream() {
            @Override
            public void send(byte[] data) throws InterruptedException {
                if (data.length > 0) {
                    items.send(data.clone());
                }
            }

            @Override
            public void close() {
                items.close();
            }
        };
    }

    /** Runs tasks on named platform threads and joins them. */
    static final class Tasks implements AutoCloseable {
        private static final AtomicInteger COUNTER = new AtomicInteger();
        private final ExecutorService executor = Executors.newCachedThreadPool(named());

        <T> Future<T> start(Callable<T> task) {
            return executor.submit(task);
        }

        static <T> T await(Future<T> future) throws Exception {
            try {
                return future.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }

        @Override
        public void close() {
            executor.shutdownNow();
            try {
                assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).as("test tasks finished").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static ThreadFactory named() {
            return task -> {
                Thread thread = new Thread(task, "test-tls-" + COUNTER.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
        }
    }

    /** A client and server pair, handshaken concurrently. */
    record Connection(TlsStream client, TlsStream server) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            server.close();
        }
    }

    static Connection connect(Tasks tasks, Transport transport, TlsOptions client, TlsOptions server)
            throws Exception {
        ByteStream[] pair = transport.pair();
        Future<TlsStream> serverSide = tasks.start(() -> {
            try {
                return TlsStream.wrap(pair[1], server);
            } catch (RuntimeException e) {
                pair[1].close();
                throw e;
            }
        });
        TlsStream clientStream;
        try {
            clientStream = TlsStream.wrap(pair[0], client);
        } catch (RuntimeException e) {
            pair[0].close();
            try {
                Tasks.await(serverSide).close();
            } catch (Exception ignored) {
                // the server failed too
            }
            throw e;
        }
        return new Connection(clientStream, Tasks.await(serverSide));
    }

    /**
     * Fails a test that leaves sockets or threads named {@code streams-}/{@code test-} behind (the
     * JVM-wide socket poller and handshake timer are started before the baseline).
     */
    static final class LeakCheck implements BeforeEachCallback, AfterEachCallback {
        private static final Path FD_DIR = Path.of("/proc/self/fd");
        private int baselineSockets;
        private List<String> baselineThreads;

        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            HandshakeTimer.schedule(() -> { }, Duration.ZERO).get();
            try (SocketListener listener = Tcp.listen("127.0.0.1", 0);
                    ByteStream client = Tcp.connect("127.0.0.1", listener.extra(dev.streams.net.SocketAttribute.LOCAL_PORT));
                    dev.streams.net.SocketStream accepted = listener.accept()) {
                // Starts the poller thread and warms the JDK's networking before the baseline. A
                // loopback connect and a platform thread's accept no longer touch the poller, so
                // one receive waits (and times out) to start it: its thread selector is watched there.
                accepted.timeouts(new dev.streams.net.ConnectionTimeouts(Duration.ofMillis(1), Duration.ZERO));
                try {
                    accepted.receive();
                } catch (dev.streams.net.IdleTimeoutException expected) {
                    // the point: it waited
                }
            }
            baselineSockets = sockets();
            baselineThreads = threads();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Awaitility.await("sockets and threads back to the baseline").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
                        assertThat(sockets()).as("open sockets").isLessThanOrEqualTo(baselineSockets);
                        assertThat(threads()).as("live threads").isSubsetOf(baselineThreads);
                    });
        }

        static int sockets() throws Exception {
            if (!Files.isDirectory(FD_DIR)) {
                return 0;
            }
            Map<String, Integer> counts = new HashMap<>();
            try (Stream<Path> fds = Files.list(FD_DIR)) {
                for (Path fd : (Iterable<Path>) fds::iterator) {
                    try {
                        if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
                            counts.merge("socket", 1, Integer::sum);
                        }
                    } catch (java.io.IOException e) {
                        // closed while listing
                    }
                }
            }
            return counts.getOrDefault("socket", 0);
        }

        static List<String> threads() {
            return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .filter(name -> name.startsWith("streams-") || name.startsWith("test-")).sorted().toList();
        }
    }
}
