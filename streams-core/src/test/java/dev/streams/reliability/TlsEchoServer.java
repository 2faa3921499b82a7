package dev.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.ByteStream;
import dev.streams.StreamException;
import dev.streams.net.SocketAttribute;
import dev.streams.net.Tcp;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import dev.streams.tls.TlsListener;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A {@link TlsListener} on real loopback TCP that echoes every chunk, records failed handshakes,
 * and checks that it still serves a good client. The hostile-peer tests attack it.
 *
 * <pre>{@code
 * try (TlsEchoServer server = TlsEchoServer.start(TlsEchoServer.serverOptions())) {
 *     ... attack server.port() ...
 *     server.assertServesGoodClient();
 * }
 * }</pre>
 *
 * <p>Thread-safe: the failure list is concurrent; start and close from one thread.
 */
public final class TlsEchoServer implements AutoCloseable {

    public static final TestCertificateAuthority CA = TestCertificateAuthority.create();
    public static final IssuedCertificate SERVER = CA.issue("localhost", "127.0.0.1");
    /**
     * Short, so that silent and dribbling peers are cut off within the test, yet seconds above a
     * loopback handshake (milliseconds): every good client of this listener has to finish inside it,
     * and on a loaded 2-core machine a sub-second budget (300 ms, later 1 s) cut good clients off too.
     */
    public static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(3);

    private final List<Exception> failures = new CopyOnWriteArrayList<>();
    private final List<Throwable> handlerErrors = new CopyOnWriteArrayList<>();
    private final TlsListener listener;
    private final Thread serving;
    private final int port;

    private TlsEchoServer(TlsOptions options) {
        var transport = Tcp.listen("127.0.0.1", 0);
        port = transport.extra(SocketAttribute.LOCAL_PORT);
        listener = new TlsListener(transport, options) {
            @Override
            protected void handshakeFailed(Exception error, ByteStream connection, Duration elapsed) {
                failures.add(error);
                super.handshakeFailed(error, connection, elapsed);
            }
        };
        serving = new Thread(() -> {
            try {
                listener.serve(TlsEchoServer::echo);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                handlerErrors.add(e);
            }
        }, "test-tls-echo-server");
        serving.setDaemon(true);
        serving.start();
    }

    public static TlsOptions serverOptions() {
        return TlsOptions.server(SERVER.serverContext()).handshakeTimeout(HANDSHAKE_TIMEOUT);
    }

    public static TlsEchoServer start(TlsOptions options) {
        return new TlsEchoServer(options);
    }

    /** Echoes until the peer ends or breaks the connection: a peer's fault is not a server error. */
    private static void echo(TlsStream stream) throws InterruptedException {
        try {
            for (byte[] chunk : stream) {
                stream.send(chunk);
            }
        } catch (StreamException e) {
            // reset, truncated or closed by the peer: the connection is over, the listener goes on
        }
    }

    public int port() {
        return port;
    }

    /** Failed handshakes so far, in order. */
    public List<Exception> failures() {
        return failures;
    }

    /** A trusting client completes a handshake and gets its bytes echoed. */
    public void assertServesGoodClient() throws InterruptedException {
        assertServesGoodClient(CA.clientContext());
    }

    public void assertServesGoodClient(SSLContext clientContext) throws InterruptedException {
        try (TlsStream tls = Tcp.connect("127.0.0.1", port, TlsOptions.client(clientContext).hostname("localhost"))) {
            byte[] ping = "ping after the attack".getBytes(StandardCharsets.US_ASCII);
            tls.send(ping);
            assertThat(tls.receive()).as("echo from the attacked listener").isEqualTo(ping);
        }
    }

    @Override
    public void close() throws InterruptedException {
        listener.close();
        serving.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(serving.isAlive()).as("serve returned after close").isFalse();
        assertThat(handlerErrors).as("serve loop errors").isEmpty();
    }
}
