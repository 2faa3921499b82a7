package dev.streams.tls;

import static dev.streams.tls.TlsFixtures.CA;
import static dev.streams.tls.TlsFixtures.SERVER;
import static dev.streams.tls.TlsFixtures.bytes;
import static dev.streams.tls.TlsFixtures.client;
import static dev.streams.tls.TlsFixtures.connect;
import static dev.streams.tls.TlsFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BrokenResourceException;
import dev.streams.BusyResourceException;
import dev.streams.ByteStream;
import dev.streams.ClosedResourceException;
import dev.streams.EndOfStreamException;
import dev.streams.net.SocketAttribute;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import dev.streams.tls.TlsFixtures.Connection;
import dev.streams.tls.TlsFixtures.Tasks;
import dev.streams.tls.TlsFixtures.Transport;
import java.io.ByteArrayOutputStream;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class TlsStreamTests {

    @RegisterExtension
    final TlsFixtures.LeakCheck leakCheck = new TlsFixtures.LeakCheck();

    private final Tasks tasks = new Tasks();

    @AfterEach
    void joinTasks() {
        tasks.close();
    }

    static Stream<Arguments> transportsAndVersions() {
        List<Arguments> cases = new ArrayList<>();
        for (Transport transport : Transport.values()) {
            for (String version : List.of("TLSv1.3", "TLSv1.2")) {
                cases.add(Arguments.of(transport, version));
            }
        }
        return cases.stream();
    }

    private Connection connect(Transport transport, String version) throws Exception {
        return TlsFixtures.connect(tasks, transport, client(), server().protocols(version));
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void sendAndReceiveBothWays(Transport transport, String version) throws Exception {
        // checklist 82, checklist 84 (memory object stream transports)
        try (Connection c = connect(transport, version)) {
            c.client().send(bytes("hello"));
            assertThat(c.server().receive()).isEqualTo(bytes("hello"));
            c.server().send(bytes("olleh"));
            assertThat(c.client().receive()).isEqualTo(bytes("olleh"));
            assertThat(c.client().extra(TlsAttribute.TLS_VERSION)).isEqualTo(version);
            assertThat(c.server().extra(TlsAttribute.TLS_VERSION)).isEqualTo(version);
        }
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void receiveRejectsNonPositiveMaxBytes(Transport transport, String version) throws Exception {
        // checklist 84
        try (Connection c = connect(transport, version)) {
            assertThatThrownBy(() -> c.client().receive(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxBytes must be a positive integer");
            assertThatThrownBy(() -> c.client().receive(-1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxBytes must be a positive integer");
        }
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void receiveHonoursMaxBytesAndKeepsTheRest(Transport transport, String version) throws Exception {
        try (Connection c = connect(transport, version)) {
            c.server().send(bytes("abcdefgh"));
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            while (received.size() < 8) {
                byte[] chunk = c.client().receive(3);
                assertThat(chunk.length).isBetween(1, 3);
                received.writeBytes(chunk);
            }
            assertThat(received.toByteArray()).isEqualTo(bytes("abcdefgh"));
        }
    }

    @Test
    void attributesOfBothSidesIncludeTheTransports() throws Exception {
        // checklist 85, checklist 98
        IssuedCertificate alice = CA.newCertificate().commonName("alice").issue();
        try (Connection c = TlsFixtures.connect(tasks, Transport.TCP,
                TlsOptions.client(alice.clientContext(CA)).hostname("localhost").alpnProtocols("h2"),
                server().alpnProtocols("h2").clientAuth(ClientAuth.NEED))) {
            TlsStream client = c.client();
            TlsStream server = c.server();
            assertThat(client.extra(TlsAttribute.ALPN_PROTOCOL)).isEqualTo("h2");
            assertThat(server.extra(TlsAttribute.ALPN_PROTOCOL)).isEqualTo("h2");
            assertThat(client.extra(TlsAttribute.CIPHER)).startsWith("TLS_");
            assertThat(client.extra(TlsAttribute.PEER_CERTIFICATE)).isEqualTo(SERVER.certificate());
            assertThat(client.extra(TlsAttribute.PEER_CERTIFICATE_CHAIN)).containsExactly(SERVER.certificate(),
                    CA.certificate());
            assertThat(server.extra(TlsAttribute.PEER_CERTIFICATE)).isEqualTo(alice.certificate());
            assertThat(client.extra(TlsAttribute.SERVER_SIDE)).isFalse();
            assertThat(server.extra(TlsAttribute.SERVER_SIDE)).isTrue();
            assertThat(client.extra(TlsAttribute.SSL_SESSION).getProtocol()).isEqualTo("TLSv1.3");
            assertThat(client.extra(TlsAttribute.STANDARD_COMPATIBLE)).isTrue();
            assertThat(client.extra(TlsAttribute.TLS_VERSION)).startsWith("TLSv");
            assertThat(client.extra(SocketAttribute.REMOTE_PORT)).isEqualTo(server.extra(SocketAttribute.LOCAL_PORT));
            assertThat(client.extra(SocketAttribute.LOCAL_ADDRESS)).isEqualTo(server.extra(SocketAttribute.REMOTE_ADDRESS));
        }
    }

    @Test
    void withoutClientCertificateThePeerCertificateIsNullAndAlpnAbsent() throws Exception {
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE, client(), server())) {
            assertThat(c.server().extra(TlsAttribute.PEER_CERTIFICATE)).isNull();
            assertThat(c.server().extra(TlsAttribute.PEER_CERTIFICATE_CHAIN)).isEmpty();
            assertThat(c.client().extra(TlsAttribute.ALPN_PROTOCOL)).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void unwrapThenContinueInPlaintext(Transport transport, String version) throws Exception {
        // checklist 86
        Connection c = connect(transport, version);
        Future<ByteStream> server = tasks.start(() -> {
            c.server().send(bytes("encrypted"));
            TlsStream.UnwrapResult result = c.server().unwrap();
            assertThat(result.remaining()).isEmpty();
            result.transport().send(bytes("unencrypted"));
            return result.transport();
        });
        assertThat(c.client().receive()).isEqualTo(bytes("encrypted"));
        TlsStream.UnwrapResult result = c.client().unwrap();
        ByteStream serverTransport = TlsFixtures.Tasks.await(server);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain.writeBytes(result.remaining());
        while (plain.size() < "unencrypted".length()) {
            plain.writeBytes(result.transport().receive());
        }
        assertThat(plain.toString()).isEqualTo("unencrypted");
        assertThatThrownBy(() -> c.client().receive()).isInstanceOf(ClosedResourceException.class);
        result.transport().close();
        serverTransport.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void alpnPicksTheCommonProtocol(String version) throws Exception {
        // checklist 87
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE, client().alpnProtocols("dummy2", "dummy3"),
                server().protocols(version).alpnProtocols("dummy1", "dummy2"))) {
            assertThat(c.client().extra(TlsAttribute.ALPN_PROTOCOL)).isEqualTo("dummy2");
            assertThat(c.server().extra(TlsAttribute.ALPN_PROTOCOL)).isEqualTo("dummy2");
        }
    }

    @Test
    void alpnWithoutACommonProtocolFailsTheHandshake() {
        assertThatThrownBy(() -> TlsFixtures.connect(tasks, Transport.PIPE, client().alpnProtocols("h2"),
                server().alpnProtocols("imap"))).isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("ALPN");
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void closeNotifyExchangeWhenBothAreStandardCompatible(Transport transport, String version) throws Exception {
        // checklist 88
        Connection c = connect(transport, version);
        Future<TlsStream.UnwrapResult> server = tasks.start(() -> {
            c.server().send(bytes("hello"));
            return c.server().unwrap();
        });
        assertThat(c.client().receive()).isEqualTo(bytes("hello"));
        c.client().close();
        TlsStream.UnwrapResult result = Tasks.await(server);
        assertThat(result.remaining()).isEmpty();
        result.transport().close(); // after unwrap the transport is ours
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void nonStandardClientClosesWithoutCloseNotifyAndTheStandardServerSeesBrokenResource(String version)
            throws Exception {
        // checklist 89
        Connection c = TlsFixtures.connect(tasks, Transport.PIPE, client().standardCompatible(false),
                server().protocols(version));
        Future<Void> server = tasks.start(() -> {
            c.server().send(bytes("hello"));
            assertThatThrownBy(() -> c.server().unwrap()).isInstanceOf(BrokenResourceException.class);
            return null;
        });
        assertThat(c.client().receive()).isEqualTo(bytes("hello"));
        c.client().close();
        Tasks.await(server);
        c.server().close();
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void raggedEofIsBrokenResourceForAStandardClient(Transport transport, String version) throws Exception {
        // checklist 90
        Connection c = TlsFixtures.connect(tasks, transport, client(), server().protocols(version)
                .standardCompatible(false));
        c.server().send(bytes("hello"));
        c.server().close(); // non-standard: no close_notify
        assertThat(c.client().receive()).isEqualTo(bytes("hello"));
        assertThatThrownBy(() -> c.client().receive()).isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("ragged EOF").hasCauseInstanceOf(SSLException.class);
        assertThatThrownBy(() -> c.client().receive()).isInstanceOf(BrokenResourceException.class);
        c.client().close();
        assertThatThrownBy(() -> c.client().receive()).isInstanceOf(ClosedResourceException.class);
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void raggedEofIsEndOfStreamWhenNeitherIsStandardCompatible(Transport transport, String version)
            throws Exception {
        // checklist 91, checklist 92
        Connection c = TlsFixtures.connect(tasks, transport, client().standardCompatible(false),
                server().protocols(version).standardCompatible(false));
        c.server().send(bytes("hello"));
        c.server().close();
        assertThat(c.client().receive()).isEqualTo(bytes("hello"));
        assertThatThrownBy(() -> c.client().receive()).isInstanceOf(EndOfStreamException.class);
        assertThatThrownBy(() -> c.client().receive()).isInstanceOf(EndOfStreamException.class);
        c.client().close();
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void closeNotifyIsACleanEndOfStreamAndCloseThrowsNothing(Transport transport, String version) throws Exception {
        // checklist 93
        Connection c = connect(transport, version);
        c.server().send(bytes("hello"));
        c.server().close();
        assertThat(c.client().receive()).isEqualTo(bytes("hello"));
        assertThatThrownBy(() -> c.client().receive()).isInstanceOf(EndOfStreamException.class);
        assertThatThrownBy(() -> c.client().receive()).isInstanceOf(EndOfStreamException.class);
        c.client().close();
        c.client().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void sendEofIsUnsupportedAndLeavesTheStreamUsable(String version) throws Exception {
        // checklist 94
        try (Connection c = connect(Transport.PIPE, version)) {
            assertThatThrownBy(() -> c.client().sendEof()).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageMatching(version.equals("TLSv1.2")
                            ? "sendEof\\(\\) requires at least TLSv1\\.3; current session uses TLSv1\\.2"
                            : "sendEof\\(\\) is not implemented for TLS streams.*");
            c.client().send(bytes("still"));
            assertThat(c.server().receive()).isEqualTo(bytes("still"));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void endOfStreamDuringTheHandshake(boolean standardCompatible) throws Exception {
        // checklist 100
        ByteStream[] pair = Transport.PIPE.pair();
        Future<Void> server = tasks.start(() -> {
            pair[1].receive();  // the ClientHello
            pair[1].close();    // and hang up
            return null;
        });
        TlsOptions options = client().standardCompatible(standardCompatible);
        if (standardCompatible) {
            assertThatThrownBy(() -> TlsStream.wrap(pair[0], options)).isInstanceOf(BrokenResourceException.class)
                    .hasMessageContaining("closed the connection during the TLS handshake");
        } else {
            assertThatThrownBy(() -> TlsStream.wrap(pair[0], options)).isInstanceOf(EndOfStreamException.class);
        }
        Tasks.await(server);
        pair[0].close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void untrustedServerCertificateFailsWithAMessageInWords(String version) {
        // checklist 96
        TestCertificateAuthority other = TestCertificateAuthority.create();
        assertThatThrownBy(() -> TlsFixtures.connect(tasks, Transport.PIPE,
                TlsOptions.client(other.clientContext()).hostname("localhost"), server().protocols(version)))
                .isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("not trusted")
                .hasCauseInstanceOf(SSLException.class);
    }

    @Test
    void hostnameMismatchFailsWithAMessageInWords() {
        assertThatThrownBy(() -> TlsFixtures.connect(tasks, Transport.PIPE,
                TlsOptions.client(CA.clientContext()).hostname("example.test"), server()))
                .isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("hostname mismatch")
                .hasCauseInstanceOf(SSLException.class);
    }

    @Test
    void ipLiteralIsVerifiedAgainstIpSans() throws Exception {
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE,
                TlsOptions.client(CA.clientContext()).hostname("127.0.0.1"), server())) {
            c.client().send(bytes("ip"));
            assertThat(c.server().receive()).isEqualTo(bytes("ip"));
        }
        IssuedCertificate dnsOnly = CA.issue("localhost");
        assertThatThrownBy(() -> TlsFixtures.connect(tasks, Transport.PIPE,
                TlsOptions.client(CA.clientContext()).hostname("127.0.0.1"),
                TlsOptions.server(dnsOnly.serverContext()))).isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("hostname mismatch");
    }

    @Test
    void expiredCertificateFailsWithAMessageInWords() {
        IssuedCertificate expired = CA.newCertificate("localhost").expired().issue();
        assertThatThrownBy(() -> TlsFixtures.connect(tasks, Transport.PIPE, client(),
                TlsOptions.server(expired.serverContext()))).isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void noSharedProtocolFailsWithAMessageInWords() {
        assertThatThrownBy(() -> TlsFixtures.connect(tasks, Transport.PIPE, client().protocols("TLSv1.3"),
                server().protocols("TLSv1.2"))).isInstanceOf(BrokenResourceException.class)
                .hasMessageContaining("no shared protocol");
    }

    @Test
    void unicodeHostnameIsCheckedInItsIdna2008Form() throws Exception {
        // checklist 83
        IssuedCertificate idn = CA.issue("xn--fa-hia.de");
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE,
                TlsOptions.client(CA.clientContext()).hostname("faß.de"), TlsOptions.server(idn.serverContext()))) {
            c.client().send(bytes("ß"));
            assertThat(c.server().receive()).isEqualTo(bytes("ß"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void mutualTlsAcceptsAClientCertificateFromTheTrustedCa(String version) throws Exception {
        IssuedCertificate alice = CA.newCertificate().commonName("alice").issue();
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE,
                TlsOptions.client(alice.clientContext(CA)).hostname("localhost"),
                server().protocols(version).clientAuth(ClientAuth.NEED))) {
            c.client().send(bytes("hi"));
            assertThat(c.server().receive()).isEqualTo(bytes("hi"));
            assertThat(c.server().extra(TlsAttribute.PEER_CERTIFICATE).getSubjectX500Principal().getName())
                    .contains("CN=alice");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void mutualTlsRejectsAClientCertificateFromAnotherCa(String version) throws Exception {
        IssuedCertificate mallory = TestCertificateAuthority.create().newCertificate().commonName("mallory").issue();
        ByteStream[] pair = Transport.PIPE.pair();
        Future<TlsStream> server = tasks.start(() -> TlsStream.wrap(pair[1],
                server().protocols(version).clientAuth(ClientAuth.NEED)));
        try {
            // TLS 1.3: the client's handshake ends before the server judges its certificate, so the
            // rejection may only show on the first receive.
            try (TlsStream client = TlsStream.wrap(pair[0],
                    TlsOptions.client(mallory.clientContext(CA)).hostname("localhost"))) {
                // The client offers no certificate the server's CA list accepts; depending on the JDK
                // and version the server answers bad_certificate, certificate_required or handshake_failure.
                assertThatThrownBy(client::receive).isInstanceOf(BrokenResourceException.class)
                        .message().containsAnyOf(CLIENT_CERTIFICATE_REFUSED);
            } catch (BrokenResourceException e) {
                assertThat(e.getMessage()).containsAnyOf(CLIENT_CERTIFICATE_REFUSED);
            }
            // The JDK client offers no certificate the server's CA list would accept, so the server
            // sees either an untrusted certificate or none at all.
            assertThatThrownBy(() -> Tasks.await(server)).isInstanceOf(BrokenResourceException.class)
                    .message().containsAnyOf("not trusted", "client certificate is required");
        } finally {
            pair[0].close();
            pair[1].close();
        }
    }

    private static final String[] CLIENT_CERTIFICATE_REFUSED = {
        "rejected our certificate", "client certificate is required", "client certificate it requires is missing"};

    @Test
    void clientAuthNeedRefusesAClientWithoutCertificate() throws Exception {
        ByteStream[] pair = Transport.PIPE.pair();
        Future<TlsStream> server = tasks.start(() -> TlsStream.wrap(pair[1], server().clientAuth(ClientAuth.NEED)));
        try {
            try (TlsStream client = TlsStream.wrap(pair[0], client())) {
                assertThatThrownBy(client::receive).isInstanceOf(BrokenResourceException.class);
            } catch (BrokenResourceException e) {
                // refused during the client's handshake (TLS 1.2 style)
            }
            assertThatThrownBy(() -> Tasks.await(server)).isInstanceOf(BrokenResourceException.class)
                    .hasMessageContaining("client certificate is required");
        } finally {
            pair[0].close();
            pair[1].close();
        }
    }

    @Test
    void clientAuthWantAcceptsAClientWithoutCertificate() throws Exception {
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE, client(), server().clientAuth(ClientAuth.WANT))) {
            assertThat(c.server().extra(TlsAttribute.PEER_CERTIFICATE)).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void fullDuplexTransferInBothDirectionsAtOnce(Transport transport, String version) throws Exception {
        int total = 4 << 20;
        try (Connection c = connect(transport, version)) {
            Future<Long> clientWriter = tasks.start(() -> write(c.client(), total));
            Future<Long> serverWriter = tasks.start(() -> write(c.server(), total));
            Future<Long> serverReader = tasks.start(() -> read(c.server(), total));
            long clientRead = read(c.client(), total);
            assertThat(clientRead).isEqualTo(Tasks.await(serverWriter));
            assertThat(Tasks.await(serverReader)).isEqualTo(Tasks.await(clientWriter));
        }
    }

    /** Sends {@code total} bytes of a pattern; returns their checksum. */
    static long write(TlsStream stream, int total) throws InterruptedException {
        byte[] chunk = new byte[65536];
        long sum = 0;
        for (int sent = 0; sent < total; sent += chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) (sent + i * 31);
                sum = sum * 31 + chunk[i];
            }
            stream.send(chunk);
        }
        return sum;
    }

    static long read(TlsStream stream, int total) throws InterruptedException {
        long sum = 0;
        for (int received = 0; received < total; ) {
            byte[] data = stream.receive();
            for (byte b : data) {
                sum = sum * 31 + b;
            }
            received += data.length;
        }
        return sum;
    }

    @Test
    void secondConcurrentReaderOrWriterIsBusy() throws Exception {
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE, client(), server())) {
            Future<byte[]> reader = tasks.start(() -> c.client().receive());
            org.awaitility.Awaitility.await().until(() -> threadWaiting(c));
            assertThatThrownBy(() -> c.client().receive()).isInstanceOf(BusyResourceException.class)
                    .hasMessageContaining("already reading from");
            c.server().send(bytes("x"));
            assertThat(Tasks.await(reader)).isEqualTo(bytes("x"));
        }
        // a writer blocked on a full transport
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE, client(), server())) {
            Future<Long> writer = tasks.start(() -> write(c.client(), 1 << 20));
            CountDownLatch busy = new CountDownLatch(1);
            org.awaitility.Awaitility.await().untilAsserted(() ->
                    assertThatThrownBy(() -> c.client().send(bytes("y"))).isInstanceOf(BusyResourceException.class)
                            .hasMessageContaining("already writing to"));
            busy.countDown();
            read(c.server(), 1 << 20);
            Tasks.await(writer);
        }
    }

    private static boolean threadWaiting(Connection c) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("test-tls")
                && t.getState() == Thread.State.WAITING
                && java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getMethodName().equals("receive")));
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void closeFromAnotherThreadWakesABlockedReceive(Transport transport, String version) throws Exception {
        Connection c = connect(transport, version);
        CompletableFuture<Thread> readerThread = new CompletableFuture<>();
        Future<byte[]> reader = tasks.start(() -> {
            readerThread.complete(Thread.currentThread());
            return c.client().receive();
        });
        TlsFixtures.awaitBlockedInTransport(readerThread.get(10, TimeUnit.SECONDS), reader);
        c.client().close();
        assertThatThrownBy(() -> Tasks.await(reader)).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> c.client().send(bytes("x"))).isInstanceOf(ClosedResourceException.class);
        c.server().close();
    }

    @ParameterizedTest
    @MethodSource("transportsAndVersions")
    void interruptingABlockedReceiveLeavesTheSessionIntact(Transport transport, String version) throws Exception {
        try (Connection c = connect(transport, version)) {
            CompletableFuture<Thread> readerThread = new CompletableFuture<>();
            Future<Object> reader = tasks.start(() -> {
                readerThread.complete(Thread.currentThread());
                return c.client().receive();
            });
            Thread blocked = readerThread.get(10, TimeUnit.SECONDS);
            TlsFixtures.awaitBlockedInTransport(blocked, reader);
            blocked.interrupt();
            assertThatThrownBy(() -> Tasks.await(reader)).isInstanceOf(InterruptedException.class);
            c.server().send(bytes("after"));
            assertThat(c.client().receive()).isEqualTo(bytes("after"));
            c.client().send(bytes("back"));
            assertThat(c.server().receive()).isEqualTo(bytes("back"));
        }
    }

    @Test
    void tlsOverTls() throws Exception {
        try (Connection outer = TlsFixtures.connect(tasks, Transport.PIPE, client(), server())) {
            Future<TlsStream> innerServer = tasks.start(() -> TlsStream.wrap(outer.server(), server()));
            try (TlsStream innerClient = TlsStream.wrap(outer.client(), client());
                    TlsStream inner = Tasks.await(innerServer)) {
                innerClient.send(bytes("nested"));
                assertThat(inner.receive()).isEqualTo(bytes("nested"));
                assertThat(innerClient.extra(TlsAttribute.SSL_SESSION))
                        .isNotSameAs(outer.client().extra(TlsAttribute.SSL_SESSION));
            }
        }
    }

    @Test
    void handshakeTimeoutClosesTheTransportAndSaysSo() throws Exception {
        ByteStream[] pair = Transport.PIPE.pair();
        long start = System.nanoTime();
        assertThatThrownBy(() -> TlsStream.wrap(pair[1], server().handshakeTimeout(Duration.ofMillis(200))))
                .isInstanceOf(BrokenResourceException.class)
                .hasMessage("TLS handshake timed out after 200 ms")
                .hasCauseInstanceOf(TimeoutException.class);
        // the timeout is under test: not before it, and loosely (seconds) after it
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(190), Duration.ofSeconds(10));
        assertThat(MemoryPipe.isClosed(pair[1])).isTrue();
        pair[0].close();
    }

    @Test
    void idleConnectionsHoldNoPacketBuffers() throws Exception {
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE, client(), server())) {
            Future<Void> writer = tasks.start(() -> {
                c.client().send(new byte[100_000]);
                return null;
            });
            int received = 0;
            while (received < 100_000) {
                received += c.server().receive().length;
            }
            Tasks.await(writer);
            assertThat(c.server().driverForTests().bufferedBytes()).isZero();
            assertThat(c.client().driverForTests().bufferedBytes()).isZero();
        }
    }

    @Test
    void closedStreamRefusesEverything() throws Exception {
        Connection c = TlsFixtures.connect(tasks, Transport.PIPE, client(), server());
        c.client().close();
        assertThatThrownBy(() -> c.client().receive()).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> c.client().send(bytes("x"))).isInstanceOf(ClosedResourceException.class);
        assertThatThrownBy(() -> c.client().unwrap()).isInstanceOf(ClosedResourceException.class);
        c.server().close();
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> client().protocols("TLSv1.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("protocols");
        assertThatThrownBy(() -> client().protocols(new String[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client().handshakeTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("handshakeTimeout");
        assertThatThrownBy(() -> TlsOptions.client(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("context");
        assertThatThrownBy(() -> client().hostname(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("hostname");
        assertThatThrownBy(() -> TlsStream.wrap(null, client())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("transport");
        assertThatThrownBy(() -> TlsStream.wrap(Transport.PIPE.pair()[0], null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("options");
        assertThatThrownBy(() -> TlsStream.wrap(Transport.PIPE.pair()[0], TlsOptions.client(CA.clientContext())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hostname");
        TlsOptions options = client();
        assertThat(options.alpnProtocols("h2")).isNotSameAs(options);
        assertThat(options.alpnProtocols()).isEmpty();
        assertThat(options.protocols()).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(options.standardCompatible()).isTrue();
        assertThat(options.handshakeTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void chainOnlyVerificationWithoutHostname() throws Exception {
        try (Connection c = TlsFixtures.connect(tasks, Transport.PIPE,
                TlsOptions.client(CA.clientContext()).hostnameVerification(false), server())) {
            assertThat(c.client().extra(TlsAttribute.PEER_CERTIFICATE)).isInstanceOf(X509Certificate.class);
        }
    }
}
