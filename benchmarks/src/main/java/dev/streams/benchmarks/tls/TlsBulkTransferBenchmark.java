package dev.streams.benchmarks.tls;

import dev.streams.BrokenResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.benchmarks.baseline.Workers;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.Tcp;
import dev.streams.tls.TlsStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TLS 1.3 bulk transfer over loopback, {@code TLS_AES_128_GCM_SHA256}, 16 KiB writes: the benchmark
 * thread writes, a helper thread reads and discards on the other end of one long-lived connection.
 * One operation is 64 writes (1 MiB), so ops/s is MiB/s; backpressure comes from the reader through
 * the socket buffers, whose few MiB are noise against the hundreds of MiB of an iteration.
 *
 * <p>Ours uses our TLS on both ends ({@code Tcp.connect} with TLS options, {@code TlsStream.wrap} on
 * the accepted socket); the baseline uses {@code SSLSocket} on both ends, with the same certificates,
 * protocol and cipher suite.
 *
 * <p>JMH state, confined to the benchmark thread (the reader only touches its own end).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TlsBulkTransferBenchmark {

    static final int WRITE = 16384;
    static final int WRITES = 64;

    private final byte[] payload = new byte[WRITE];
    private ExecutorService readers;

    private SocketListener oursListener;
    private TlsStream oursClient;
    private Future<Long> oursReader;
    private final AtomicLong oursReceived = new AtomicLong();
    private long oursSent;

    private SSLServerSocket jdkServer;
    private SSLSocket jdkClient;
    private OutputStream jdkOut;
    private Future<Long> jdkReader;
    private final AtomicLong jdkReceived = new AtomicLong();
    private long jdkSent;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        new SplittableRandom(7).nextBytes(payload);
        TlsFixtures tls = new TlsFixtures();
        readers = Workers.executor("platform", 3);

        oursListener = Tcp.listen(TlsFixtures.HOST, 0);
        int port = oursListener.extra(SocketAttribute.LOCAL_PORT);
        Future<TlsStream> accepted = readers.submit(() -> TlsStream.wrap(oursListener.accept(), tls.serverOptions()));
        oursClient = tls.connect(port);
        TlsStream oursServer = accepted.get(30, TimeUnit.SECONDS);
        oursReader = readers.submit(() -> {
            ByteBuffer sink = ByteBuffer.allocate(65536);
            long received = 0;
            try (oursServer) {
                while (true) {
                    sink.clear();
                    received += oursServer.receive(sink);
                    oursReceived.set(received);
                }
            } catch (EndOfStreamException | BrokenResourceException | ClosedResourceException done) {
                return received;
            }
        });

        jdkServer = tls.jdkServerSocket();
        Future<SSLSocket> jdkAccepted = readers.submit(() -> {
            SSLSocket socket = (SSLSocket) jdkServer.accept();
            socket.setTcpNoDelay(true);
            socket.startHandshake();
            return socket;
        });
        jdkClient = tls.jdkClient(jdkServer.getLocalPort());
        jdkOut = jdkClient.getOutputStream();
        SSLSocket jdkServerSide = jdkAccepted.get(30, TimeUnit.SECONDS);
        jdkReader = readers.submit(() -> {
            byte[] sink = new byte[65536];
            long received = 0;
            try (jdkServerSide; InputStream in = jdkServerSide.getInputStream()) {
                for (int n; (n = in.read(sink)) != -1; ) {
                    received += n;
                    jdkReceived.set(received);
                }
            } catch (IOException done) {
                // the client went away at teardown
            }
            return received;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        try {
            // Close only once the reader has everything: the client never reads, so its receive
            // buffer may hold the server's TLS 1.3 session tickets, and closing a socket with unread
            // input resets the connection (RFC 1122 4.2.2.13), which can discard bytes still in
            // flight to the reader. Both sides are treated alike.
            awaitReceived(oursReceived, oursSent);
            awaitReceived(jdkReceived, jdkSent);
            oursClient.close();
            jdkClient.close();
            awaitEverythingReceived("TlsStream", oursReader, oursSent);
            awaitEverythingReceived("SSLSocket", jdkReader, jdkSent);
        } finally {
            oursListener.close();
            jdkServer.close();
            Workers.shutdown(readers);
        }
    }

    /** Waits (at most 30 s) until a reader has counted {@code sent} bytes; the check after the close says what was missing. */
    private static void awaitReceived(AtomicLong received, long sent) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.get() < sent && System.nanoTime() - deadline < 0) {
            Thread.sleep(1);
        }
    }

    /**
     * Waits for a reader to see the end of stream its client's close caused and checks that it
     * received every byte sent. A reader still blocked 30 s after the close (seen once on JDK 17) or
     * a byte count that differs is a broken stream, not noise: it throws, with the helpers' stacks,
     * so the smoke test fails and JMH reports the trial as failed instead of publishing its figure.
     */
    private void awaitEverythingReceived(String side, Future<Long> reader, long sent) throws Exception {
        long received;
        try {
            received = reader.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException stuck) {
            StringBuilder report = new StringBuilder("the " + side
                    + " reader did not see the end of stream within 30 s of the client's close\n");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().startsWith("bench-worker")) {
                    report.append(thread).append('\n');
                    for (StackTraceElement frame : stack) {
                        report.append("    at ").append(frame).append('\n');
                    }
                }
            });
            reader.cancel(true);
            throw new IllegalStateException(report.toString());
        }
        if (received != sent) {
            throw new IllegalStateException("the " + side + " reader received " + received + " bytes of " + sent);
        }
    }

    @Benchmark
    public void tlsStream() throws InterruptedException {
        for (int i = 0; i < WRITES; i++) {
            oursClient.send(payload);
        }
        oursSent += (long) WRITES * WRITE;
    }

    @Benchmark
    public void sslSocket() throws IOException {
        for (int i = 0; i < WRITES; i++) {
            jdkOut.write(payload);
        }
        jdkSent += (long) WRITES * WRITE;
    }
}
