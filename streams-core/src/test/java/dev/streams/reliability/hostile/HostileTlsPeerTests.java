package dev.streams.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BrokenResourceException;
import dev.streams.reliability.ResourceBaseline;
import dev.streams.reliability.TlsEchoServer;
import dev.streams.net.Tcp;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import dev.streams.tls.ClientAuth;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile TLS peers against a {@link dev.streams.tls.TlsListener} over real loopback TCP. After
 * every attack the listener still serves a good client, and the process's sockets and
 * {@code streams-} platform threads return to their baseline (docs/security.md maps each test to
 * the threat it covers). Random bytes are in {@link RandomBytesPeerTests}.
 */
@Timeout(120)
class HostileTlsPeerTests {

    private TlsEchoServer server;
    private ResourceBaseline baseline;

    @BeforeEach
    void startServer() throws Exception {
        server = TlsEchoServer.start(TlsEchoServer.serverOptions());
        server.assertServesGoodClient(); // starts the poller and the handshake timer before the baseline
        baseline = ResourceBaseline.settled();
    }

    @AfterEach
    void listenerSurvivesAndNothingLeaks() throws Exception {
        try {
            server.assertServesGoodClient();
            ResourceBaseline after = baseline.awaitReturn(Duration.ofSeconds(10));
            System.out.printf("hostile: baseline %d sockets %s; after %d sockets %s%n", baseline.sockets(),
                    baseline.threads(), after.sockets(), after.threads());
        } finally {
            server.close();
        }
    }

    @Test
    void aPlaintextHttpRequestGetsNoHttpAnswerAndTheConnectionIsClosed() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] answer = readUntilClosed(socket);
            assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotContain("HTTP/");
        }
        awaitFailures(1);
        assertThat(server.failures().get(0)).isInstanceOf(BrokenResourceException.class)
                .hasCauseInstanceOf(SSLException.class);
    }

    @Test
    void aTruncatedClientHelloIsDroppedWhetherThePeerHangsUpOrGoesSilent() throws Exception {
        byte[] hello = clientHello(TlsEchoServer.CA.clientContext());
        int[] cuts = {1, 4, 5, 6, hello.length / 2, hello.length - 1};
        List<Socket> peers = new ArrayList<>();
        try {
            for (int cut : cuts) {
                for (boolean hangUp : new boolean[] {true, false}) {
                    Socket socket = connect();
                    peers.add(socket);
                    socket.getOutputStream().write(hello, 0, cut);
                    if (hangUp) {
                        socket.shutdownOutput();
                    }
                }
            }
            for (Socket socket : peers) {
                readUntilClosed(socket); // silent peers are cut off by the handshake timeout
            }
        } finally {
            for (Socket socket : peers) {
                socket.close();
            }
        }
        awaitFailures(2 * cuts.length);
        assertThat(server.failures()).allSatisfy(failure -> assertThat(failure)
                .isInstanceOf(BrokenResourceException.class));
        assertThat(server.failures()).anySatisfy(failure -> assertThat(failure)
                .hasCauseInstanceOf(TimeoutException.class));
    }

    @Test
    void aValidClientHelloThenSilenceTimesOutTheHandshake() throws Exception {
        byte[] hello = clientHello(TlsEchoServer.CA.clientContext());
        try (Socket socket = connect()) {
            socket.getOutputStream().write(hello);
            long start = System.nanoTime();
            byte[] answer = readUntilClosed(socket);
            assertThat(answer).as("the server answered the hello before giving up").isNotEmpty();
            assertThat(answer[0]).as("a TLS handshake record").isEqualTo((byte) 0x16);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("closed by the handshake timeout")
                    .isGreaterThanOrEqualTo(TlsEchoServer.HANDSHAKE_TIMEOUT.minusMillis(50));
        }
        awaitFailures(1);
        assertThat(server.failures().get(0)).isInstanceOf(BrokenResourceException.class)
                .hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void slowlorisPeersAreCutOffByTheHandshakeTimeoutWhileGoodClientsAreServed() throws Exception {
        byte[] hello = clientHello(TlsEchoServer.CA.clientContext());
        int peers = 150;
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < peers; i++) {
                sockets.add(connect());
            }
            // One byte per peer per round, every 20 ms: a hello would take longer than the handshake timeout.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            int offset = 0;
            int servedDuringAttack = 0;
            while (System.nanoTime() < deadline && offset < hello.length) {
                for (Socket socket : sockets) {
                    try {
                        socket.getOutputStream().write(hello[offset]);
                    } catch (IOException e) {
                        // already cut off by the server
                    }
                }
                offset++;
                if (offset % 10 == 0) {
                    server.assertServesGoodClient();
                    servedDuringAttack++;
                }
                Thread.sleep(20);
            }
            assertThat(servedDuringAttack).as("good clients served during the attack").isPositive();
            for (Socket socket : sockets) {
                readUntilClosed(socket);
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        awaitFailures(peers);
        assertThat(server.failures()).allSatisfy(failure -> assertThat(failure)
                .hasCauseInstanceOf(TimeoutException.class));
    }

    @Test
    void aFloodOfConcurrentHandshakesIsServedInFull() throws Exception {
        // 200 handshakes at once on 2 cores can take longer than the seconds allowed silent peers,
        // which would (rightly) cut some of them off: this listener allows 30 s.
        server.close();
        server = TlsEchoServer.start(TlsEchoServer.serverOptions().handshakeTimeout(Duration.ofSeconds(30)));
        server.assertServesGoodClient();
        baseline = ResourceBaseline.settled();
        int clients = 200;
        ExecutorService executor = Executors.newFixedThreadPool(clients, task -> {
            Thread thread = new Thread(task, "test-flood");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                byte[] message = ("client " + i).getBytes(StandardCharsets.US_ASCII);
                results.add(executor.submit(() -> {
                    go.await();
                    try (TlsStream tls = Tcp.connect("127.0.0.1", server.port(),
                            TlsOptions.client(TlsEchoServer.CA.clientContext()).hostname("localhost"))) {
                        tls.send(message);
                        return tls.receive();
                    }
                }));
            }
            go.countDown();
            for (int i = 0; i < clients; i++) {
                assertThat(results.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(("client " + i).getBytes(
                        StandardCharsets.US_ASCII));
            }
        } finally {
            executor.shutdownNow();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(server.failures()).isEmpty();
    }

    @Test
    void peersThatResetMidStreamOrMidHandshakeLeaveNothingBehind() throws Exception {
        SSLContext context = TlsEchoServer.CA.clientContext();
        for (int i = 0; i < 20; i++) {
            Socket raw = connect();
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, "localhost", server.port(),
                    true)) {
                tls.startHandshake();
                tls.getOutputStream().write(new byte[] {1, 2, 3});
                assertThat(tls.getInputStream().readNBytes(3)).containsExactly(1, 2, 3);
                if (i % 2 == 1) {
                    tls.getOutputStream().write(new byte[16_384 * 4]); // reset with data in flight both ways
                }
                raw.setSoLinger(true, 0);
                raw.close(); // RST instead of FIN or close_notify
            }
        }
        byte[] hello = clientHello(context);
        for (int i = 0; i < 10; i++) {
            try (Socket raw = connect()) {
                raw.getOutputStream().write(hello, 0, i % 2 == 0 ? hello.length : hello.length / 2);
                raw.setSoLinger(true, 0);
            }
        }
        awaitFailures(10);
    }

    @Test
    void renegotiationAndKeyUpdateRequestsNeitherHangNorCorruptTheSession() throws Exception {
        SSLContext context = TlsEchoServer.CA.clientContext();
        for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
            Socket raw = connect();
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, "localhost", server.port(),
                    true)) {
                tls.setEnabledProtocols(new String[] {protocol});
                tls.startHandshake();
                tls.getOutputStream().write(new byte[] {1, 2, 3});
                assertThat(tls.getInputStream().readNBytes(3)).containsExactly(1, 2, 3);
                // TLS 1.2: a client-initiated renegotiation, which the server refuses by ending the
                // session; TLS 1.3: a KeyUpdate, after which the session goes on. No hang, no wrong byte.
                byte[] outcome;
                try {
                    tls.startHandshake();
                    tls.getOutputStream().write(new byte[] {4, 5, 6});
                    outcome = tls.getInputStream().readNBytes(3);
                } catch (SocketTimeoutException e) {
                    throw new AssertionError(protocol + ": the server neither answered nor closed", e);
                } catch (IOException e) {
                    outcome = null; // refused: the server ended the session
                }
                System.out.printf("hostile: %s %s after a client-initiated %s%n", protocol,
                        outcome == null ? "session ended" : "session continued",
                        protocol.equals("TLSv1.2") ? "renegotiation" : "key update");
                if (protocol.equals("TLSv1.2")) {
                    // refused by design (TlsEngineDriver: renegotiation has a history of attacks)
                    assertThat(outcome == null || outcome.length == 0).as("TLS 1.2 renegotiation refused").isTrue();
                } else {
                    assertThat(outcome).as("TLS 1.3 session goes on after a key update").containsExactly(4, 5, 6);
                }
            }
        }
    }

    @Test
    void aClientCertificateFromAnUntrustedAuthorityIsRefusedUnderNeed() throws Exception {
        server.close();
        server = TlsEchoServer.start(TlsEchoServer.serverOptions().clientAuth(ClientAuth.NEED));
        IssuedCertificate alice = TlsEchoServer.CA.issue("alice");
        server.assertServesGoodClient(alice.clientContext(TlsEchoServer.CA));
        baseline = ResourceBaseline.settled();

        IssuedCertificate mallory = TestCertificateAuthority.create().issue("mallory");
        for (SSLContext intruder : List.of(mallory.clientContext(TlsEchoServer.CA), TlsEchoServer.CA.clientContext())) {
            // TLS 1.3: the client may finish before the server's alert arrives; then its first read fails.
            assertThatThrownBy(() -> {
                try (TlsStream tls = Tcp.connect("127.0.0.1", server.port(),
                        TlsOptions.client(intruder).hostname("localhost"))) {
                    tls.send("let me in".getBytes(StandardCharsets.US_ASCII));
                    tls.receive();
                }
            }).isInstanceOf(BrokenResourceException.class);
        }
        awaitFailures(2);
        assertThat(server.failures()).allSatisfy(failure -> assertThat(failure)
                .isInstanceOf(BrokenResourceException.class).hasCauseInstanceOf(SSLException.class));
        server.assertServesGoodClient(alice.clientContext(TlsEchoServer.CA));
        // the @AfterEach good client has no certificate: swap in a listener it can use
        server.close();
        server = TlsEchoServer.start(TlsEchoServer.serverOptions());
    }

    /** The first flight of a real client: its ClientHello record, produced by an SSLEngine. */
    static byte[] clientHello(SSLContext context) throws SSLException {
        SSLEngine engine = context.createSSLEngine("localhost", 443);
        engine.setUseClientMode(true);
        engine.beginHandshake();
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        engine.closeOutbound();
        out.flip();
        byte[] hello = new byte[out.remaining()];
        out.get(hello);
        assertThat(hello[0]).as("handshake record").isEqualTo((byte) 0x16);
        assertThat(hello[5]).as("client_hello message").isEqualTo((byte) 0x01);
        return hello;
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /**
     * Reads until the server closes the connection (end of stream or reset), returning what came.
     * Fails if the server keeps it open for 10 s.
     */
    static byte[] readUntilClosed(Socket socket) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept a hostile connection open for 10 s; got "
                    + Arrays.toString(received.toByteArray()), e);
        } catch (SocketException e) {
            // reset by the server: closed too
        }
        return received.toByteArray();
    }

    private void awaitFailures(int count) {
        Awaitility.await("failed handshakes reported").atMost(Duration.ofSeconds(10))
                .until(() -> server.failures().size() >= count);
    }
}
