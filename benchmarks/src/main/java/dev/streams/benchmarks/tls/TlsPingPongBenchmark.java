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
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * TLS 1.3 request/response latency over loopback: one operation is a 64-byte record from the
 * client, echoed by the server, read back in full by the client (one round trip). Both ends use
 * platform threads on one long-lived connection, {@code TLS_AES_128_GCM_SHA256}.
 *
 * <p>Ours uses our TLS on both ends ({@code Tcp.connect} with TLS options; {@code TlsStream.wrap}
 * on the accepted socket), reading with {@code receive(ByteBuffer)}; the baseline uses
 * {@code SSLSocket} on both ends. {@code tlsStreamOverBlockingChannel} runs our TLS over a blocking
 * {@code SocketChannel} on both ends ({@link BlockingChannelStream}), which waits in the kernel as
 * {@code SSLSocket} does: against {@code sslSocket} it is the cost of our TLS layer alone, and
 * against {@code tlsStream} the cost of the socket layer's waits (measured on its own by the TCP
 * ping-pong benchmark).
 *
 * <p>JMH state, confined to the benchmark thread (the echo threads touch only their own end).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TlsPingPongBenchmark {

    static final int SIZE = 64;

    private final byte[] ping = new byte[SIZE];
    private final ByteBuffer pong = ByteBuffer.allocate(SIZE);
    private final byte[] jdkPong = new byte[SIZE];
    private ExecutorService echoes;

    private SocketListener oursListener;
    private TlsStream oursClient;
    private Future<?> oursEcho;

    private ServerSocketChannel blockingListener;
    private TlsStream blockingClient;
    private Future<?> blockingEcho;

    private SSLServerSocket jdkServer;
    private SSLSocket jdkClient;
    private InputStream jdkIn;
    private OutputStream jdkOut;
    private Future<?> jdkEcho;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        TlsFixtures tls = new TlsFixtures();
        echoes = Workers.executor("platform", 4);

        oursListener = Tcp.listen(TlsFixtures.HOST, 0);
        int port = oursListener.extra(SocketAttribute.LOCAL_PORT);
        Future<TlsStream> accepted = echoes.submit(() -> TlsStream.wrap(oursListener.accept(), tls.serverOptions()));
        oursClient = tls.connect(port);
        TlsStream oursServer = accepted.get(30, TimeUnit.SECONDS);
        oursEcho = echoes.submit(() -> echo(oursServer));

        blockingListener = ServerSocketChannel.open().bind(new InetSocketAddress(TlsFixtures.HOST, 0));
        Future<TlsStream> blockingAccepted = echoes.submit(() ->
                TlsStream.wrap(new BlockingChannelStream(blockingListener.accept()), tls.serverOptions()));
        blockingClient = TlsStream.wrap(new BlockingChannelStream(
                SocketChannel.open(blockingListener.getLocalAddress())), tls.clientOptions());
        TlsStream blockingServer = blockingAccepted.get(30, TimeUnit.SECONDS);
        blockingEcho = echoes.submit(() -> echo(blockingServer));

        jdkServer = tls.jdkServerSocket();
        Future<SSLSocket> jdkAccepted = echoes.submit(() -> {
            SSLSocket socket = (SSLSocket) jdkServer.accept();
            socket.setTcpNoDelay(true);
            socket.startHandshake();
            return socket;
        });
        jdkClient = tls.jdkClient(jdkServer.getLocalPort());
        jdkIn = jdkClient.getInputStream();
        jdkOut = jdkClient.getOutputStream();
        SSLSocket jdkServerSide = jdkAccepted.get(30, TimeUnit.SECONDS);
        jdkEcho = echoes.submit(() -> {
            byte[] buffer = new byte[SIZE];
            try (jdkServerSide; InputStream in = jdkServerSide.getInputStream();
                    OutputStream out = jdkServerSide.getOutputStream()) {
                while (true) {
                    int n = 0;
                    while (n < SIZE) {
                        int r = in.read(buffer, n, SIZE - n);
                        if (r < 0) {
                            return null;
                        }
                        n += r;
                    }
                    out.write(buffer);
                }
            } catch (IOException done) {
                return null;
            }
        });
    }

    private static Void echo(TlsStream server) throws InterruptedException {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE);
        try (server) {
            while (true) {
                buffer.clear();
                while (buffer.hasRemaining()) {
                    server.receive(buffer);
                }
                buffer.flip();
                server.send(buffer);
            }
        } catch (EndOfStreamException | BrokenResourceException | ClosedResourceException done) {
            return null;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        oursClient.close();
        blockingClient.close();
        jdkClient.close();
        oursEcho.get(30, TimeUnit.SECONDS);
        blockingEcho.get(30, TimeUnit.SECONDS);
        blockingListener.close();
        jdkEcho.get(30, TimeUnit.SECONDS);
        oursListener.close();
        jdkServer.close();
        Workers.shutdown(echoes);
    }

    @Benchmark
    public ByteBuffer tlsStream() throws InterruptedException {
        oursClient.send(ping);
        pong.clear();
        while (pong.hasRemaining()) {
            oursClient.receive(pong);
        }
        return pong;
    }

    @Benchmark
    public ByteBuffer tlsStreamOverBlockingChannel() throws InterruptedException {
        blockingClient.send(ping);
        pong.clear();
        while (pong.hasRemaining()) {
            blockingClient.receive(pong);
        }
        return pong;
    }

    @Benchmark
    public byte[] sslSocket() throws IOException {
        jdkOut.write(ping);
        int n = 0;
        while (n < SIZE) {
            int r = jdkIn.read(jdkPong, n, SIZE - n);
            if (r < 0) {
                throw new IOException("the echo ended");
            }
            n += r;
        }
        return jdkPong;
    }
}
