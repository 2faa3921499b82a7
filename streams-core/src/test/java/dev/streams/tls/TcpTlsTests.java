package dev.streams.tls;

import static dev.streams.tls.TlsFixtures.CA;
import static dev.streams.tls.TlsFixtures.SERVER;
import static dev.streams.tls.TlsFixtures.bytes;
import static dev.streams.tls.TlsFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BrokenResourceException;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.Tcp;
import dev.streams.test.TestCertificateAuthority;
import dev.streams.tls.TlsFixtures.Tasks;
import java.util.List;
import java.util.concurrent.Future;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(120)
class TcpTlsTests {

    @RegisterExtension
    final TlsFixtures.LeakCheck leakCheck = new TlsFixtures.LeakCheck();

    private final Tasks tasks = new Tasks();

    @AfterEach
    void joinTasks() {
        tasks.close();
    }

    /** Accepts one connection and handshakes it. */
    private Future<TlsStream> acceptOne(SocketListener listener, TlsOptions options) {
        return tasks.start(() -> {
            var socket = listener.accept();
            try {
                return TlsStream.wrap(socket, options);
            } catch (RuntimeException e) {
                socket.close();
                throw e;
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void connectWithTlsVerifiesAgainstTheHostAndSendsSniOnlyForDnsNames(String host) throws Exception {
        // checklist 112
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Future<TlsStream> accepted = acceptOne(listener, server());
            try (TlsStream client = Tcp.connect(host, listener.extra(SocketAttribute.LOCAL_PORT),
                    TlsOptions.client(CA.clientContext()));
                    TlsStream server = Tasks.await(accepted)) {
                client.send(bytes("hello"));
                assertThat(server.receive()).isEqualTo(bytes("hello"));
                List<SNIServerName> sni = ((ExtendedSSLSession) server.extra(TlsAttribute.SSL_SESSION))
                        .getRequestedServerNames();
                if (host.equals("localhost")) {
                    assertThat(sni).containsExactly(new SNIHostName("localhost"));
                } else {
                    assertThat(sni).isEmpty();
                }
                assertThat(client.extra(SocketAttribute.REMOTE_PORT)).isEqualTo(listener.extra(SocketAttribute.LOCAL_PORT));
            }
        }
    }

    @Test
    void connectWithTlsFailsAndClosesTheSocketWhenTheServerIsNotTrusted() throws Exception {
        // checklist 112
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Future<TlsStream> accepted = acceptOne(listener, server());
            assertThatThrownBy(() -> Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT),
                    TlsOptions.client(TestCertificateAuthority.create().clientContext())))
                    .isInstanceOf(BrokenResourceException.class).hasCauseInstanceOf(SSLException.class);
            assertThatThrownBy(() -> Tasks.await(accepted)).isInstanceOf(BrokenResourceException.class);
        }
    }

    @Test
    void explicitHostnameWinsOverTheConnectHost() throws Exception {
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Future<TlsStream> accepted = acceptOne(listener, server());
            assertThatThrownBy(() -> Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT),
                    TlsOptions.client(CA.clientContext()).hostname("example.test")))
                    .isInstanceOf(BrokenResourceException.class).hasMessageContaining("hostname mismatch");
            assertThatThrownBy(() -> Tasks.await(accepted)).isInstanceOf(BrokenResourceException.class);
        }
        assertThatThrownBy(() -> Tcp.connect("127.0.0.1", 1, server())).isInstanceOf(IllegalArgumentException.class);
        // the connect host alone would have been verified: the certificate names 127.0.0.1, not example.test
        assertThat(SERVER.certificate().getSubjectAlternativeNames()).extracting(name -> (Object) name.get(1))
                .contains("127.0.0.1").doesNotContain("example.test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void sixtyFourMebibytesInBothDirectionsAtOnce(String version) throws Exception {
        int total = 64 << 20;
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Future<TlsStream> accepted = acceptOne(listener, server().protocols(version));
            try (TlsStream client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT),
                    TlsOptions.client(CA.clientContext()));
                    TlsStream server = Tasks.await(accepted)) {
                long start = System.nanoTime();
                Future<Long> clientWriter = tasks.start(() -> TlsStreamTests.write(client, total));
                Future<Long> serverWriter = tasks.start(() -> TlsStreamTests.write(server, total));
                Future<Long> serverReader = tasks.start(() -> TlsStreamTests.read(server, total));
                long clientRead = TlsStreamTests.read(client, total);
                long serverRead = Tasks.await(serverReader);
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(clientRead).isEqualTo(Tasks.await(serverWriter));
                assertThat(serverRead).isEqualTo(Tasks.await(clientWriter));
                System.out.printf("%s over loopback TCP: 64 MiB each way at once in %.2f s "
                        + "(%.0f MiB/s per direction, %.0f MiB/s total); cipher %s%n", version, seconds,
                        64 / seconds, 128 / seconds, client.extra(TlsAttribute.CIPHER));
            }
        }
    }
}
