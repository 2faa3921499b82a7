package dev.streams.benchmarks.tls;

import dev.streams.EndOfStreamException;
import dev.streams.StreamException;
import dev.streams.benchmarks.baseline.Workers;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.Tcp;
import dev.streams.tls.TlsStream;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * Full TLS 1.3 handshakes per second over loopback with an ECDSA P-256 server certificate. One
 * operation is: connect, handshake (the client verifies the chain and the host), one byte echoed
 * (so the server has finished its side too), close. The client forgets its sessions after each
 * connection so that no handshake is a PSK resumption. One server thread accepts and serves
 * connections one after the other, for ours and for {@code SSLSocket} alike.
 * {@link #sslSocketOneWritePerFlight()} is the control: {@code SSLSocket} with its server's flights
 * held to one write each, as ours are.
 *
 * <p>JMH state, confined to the benchmark thread (the server thread only touches its own sockets).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TlsHandshakeBenchmark {

    private static final byte[] ONE = {42};

    private TlsFixtures tls;
    private ExecutorService servers;
    private final AtomicLong serverFailures = new AtomicLong();
    private volatile boolean running = true;

    private SocketListener oursListener;
    private int oursPort;
    private Future<?> oursServer;

    private SSLServerSocket jdkServer;
    private Future<?> jdkServerLoop;

    private OneWritePerFlightServerSocket oneWriteServer;
    private Future<?> oneWriteServerLoop;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        tls = new TlsFixtures();
        servers = Workers.executor("platform", 3);

        oursListener = Tcp.listen(TlsFixtures.HOST, 0);
        oursPort = oursListener.extra(SocketAttribute.LOCAL_PORT);
        oursServer = servers.submit(() -> {
            while (true) {
                TlsStream stream;
                try {
                    stream = TlsStream.wrap(oursListener.accept(), tls.serverOptions());
                } catch (StreamException closedOrFailed) {
                    if (!running) {
                        return null;
                    }
                    serverFailures.incrementAndGet();
                    continue;
                }
                try (stream) {
                    stream.send(stream.receive(1));
                    stream.receive();
                } catch (EndOfStreamException expected) {
                    // the client's close_notify
                } catch (StreamException failed) {
                    serverFailures.incrementAndGet();
                }
            }
        });

        jdkServer = tls.jdkServerSocket();
        jdkServerLoop = servers.submit(() -> JdkEchoServer.serve(jdkServer::accept, () -> running, serverFailures));
        oneWriteServer = new OneWritePerFlightServerSocket(InetAddress.getByName(TlsFixtures.HOST));
        oneWriteServerLoop = servers.submit(() -> JdkEchoServer.serve(
                () -> oneWriteServer.acceptTls(tls.serverContext()), () -> running, serverFailures));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        running = false;
        oursListener.close();
        jdkServer.close();
        oneWriteServer.close();
        Workers.shutdown(servers);
        if (serverFailures.get() != 0) {
            throw new IllegalStateException(serverFailures.get() + " server-side handshakes failed");
        }
    }

    @Benchmark
    public int tlsStream() throws InterruptedException {
        try (TlsStream client = tls.connect(oursPort)) {
            client.send(ONE);
            return client.receive(1)[0];
        } finally {
            tls.forgetClientSessions();
        }
    }

    @Benchmark
    public int tlsStreamResumed() throws InterruptedException {
        try (TlsStream client = tls.connect(oursPort)) {
            client.send(ONE);
            return client.receive(1)[0];
        }
    }

    @Benchmark
    public int sslSocketResumed() throws IOException {
        return jdkEcho(jdkServer.getLocalPort());
    }

    /**
     * {@link #sslSocket()} against an {@code SSLSocket} server that sends each TLS flight in one
     * write, as ours must ({@link OneWritePerFlightServerSocket}): how much of {@code SSLSocket}'s
     * lead comes from sending its ServerHello before it signs.
     */
    @Benchmark
    public int sslSocketOneWritePerFlight() throws IOException {
        try {
            return jdkEcho(oneWriteServer.getLocalPort());
        } finally {
            tls.forgetClientSessions();
        }
    }

    /** {@link #sslSocketResumed()} against the one-write server of {@link #sslSocketOneWritePerFlight()}. */
    @Benchmark
    public int sslSocketOneWritePerFlightResumed() throws IOException {
        return jdkEcho(oneWriteServer.getLocalPort());
    }

    @Benchmark
    public int sslSocket() throws IOException {
        try {
            return jdkEcho(jdkServer.getLocalPort());
        } finally {
            tls.forgetClientSessions();
        }
    }

    /** One connection of an {@code SSLSocket} client to {@code port}: handshake, one byte echoed, close. */
    private int jdkEcho(int port) throws IOException {
        try (SSLSocket client = tls.jdkClient(port)) {
            client.getOutputStream().write(ONE);
            return client.getInputStream().read();
        }
    }
}
