package dev.streams.sample.devcert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BrokenResourceException;
import dev.streams.net.SocketAttribute;
import dev.streams.net.SocketListener;
import dev.streams.net.SocketStream;
import dev.streams.net.Tcp;
import dev.streams.tls.ClientAuth;
import dev.streams.tls.TlsAttribute;
import dev.streams.tls.TlsOptions;
import dev.streams.sample.PemContexts;
import dev.streams.tls.TlsStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated files are read the way the application reads them (a Spring PEM SSL bundle) and
 * make a working TLS setup over real loopback sockets.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DevCertificatesTests {

    @TempDir
    Path directory;

    @Test
    void generatesOnceAndKeepsExistingFiles() throws Exception {
        assertThat(DevCertificates.ensure(this.directory)).isTrue();
        String ca = Files.readString(this.directory.resolve(DevCertificates.CA));

        assertThat(DevCertificates.ensure(this.directory)).isFalse();
        assertThat(Files.readString(this.directory.resolve(DevCertificates.CA))).isEqualTo(ca);
        assertThat(ca).startsWith("-----BEGIN CERTIFICATE-----");
        try (var files = Files.list(this.directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder(
                    "ca.pem", "server.pem", "server-key.pem", "client.pem", "client-key.pem");
        }
    }

    @Test
    void aMissingFileRegeneratesTheWholeSet() throws Exception {
        DevCertificates.ensure(this.directory);
        String ca = Files.readString(this.directory.resolve(DevCertificates.CA));
        Files.delete(this.directory.resolve(DevCertificates.SERVER_KEY));

        assertThat(DevCertificates.ensure(this.directory)).isTrue();
        assertThat(Files.readString(this.directory.resolve(DevCertificates.CA))).isNotEqualTo(ca);
    }

    @Test
    void privateKeysAreReadableByTheOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "[no POSIX file system] permissions cannot be checked here");
        DevCertificates.ensure(this.directory);
        for (String key : new String[] {DevCertificates.SERVER_KEY, DevCertificates.CLIENT_KEY}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.directory.resolve(key))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void serverCertificateIsTrustedForLocalhostThroughTheCa() throws Exception {
        DevCertificates.ensure(this.directory);
        SSLContext server = context(DevCertificates.SERVER_CHAIN, DevCertificates.SERVER_KEY, null);
        SSLContext client = context(null, null, DevCertificates.CA);

        String peer = handshake(TlsOptions.server(server), TlsOptions.client(client).hostname("localhost"));

        assertThat(peer).isEqualTo("hello");
    }

    @Test
    void clientCertificatePassesMutualTls() throws Exception {
        DevCertificates.ensure(this.directory);
        SSLContext server = context(DevCertificates.SERVER_CHAIN, DevCertificates.SERVER_KEY, DevCertificates.CA);
        SSLContext client = context(DevCertificates.CLIENT_CHAIN, DevCertificates.CLIENT_KEY, DevCertificates.CA);

        assertThat(handshake(TlsOptions.server(server).clientAuth(ClientAuth.NEED),
                TlsOptions.client(client).hostname("localhost"))).isEqualTo("hello");
    }

    @Test
    void anotherCaIsNotTrusted() throws Exception {
        DevCertificates.ensure(this.directory);
        Path other = this.directory.resolve("other");
        DevCertificates.ensure(other);
        SSLContext server = context(DevCertificates.SERVER_CHAIN, DevCertificates.SERVER_KEY, null);
        SSLContext stranger = context(null, null, "other/" + DevCertificates.CA);

        assertThatThrownBy(() -> handshake(TlsOptions.server(server), TlsOptions.client(stranger).hostname("localhost")))
                .isInstanceOf(BrokenResourceException.class);
    }

    /** Handshakes over loopback; the server sends "hello" and reports the client's certificate. */
    private static String handshake(TlsOptions serverOptions, TlsOptions clientOptions) throws Exception {
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            int port = listener.extra(SocketAttribute.LOCAL_PORT);
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (SocketStream accepted = listener.accept();
                        TlsStream tls = TlsStream.wrap(accepted, serverOptions)) {
                    if (serverOptions.clientAuth() == ClientAuth.NEED) {
                        assertThat(tls.extra(TlsAttribute.PEER_CERTIFICATE)).isInstanceOf(X509Certificate.class);
                    }
                    tls.send("hello".getBytes(StandardCharsets.UTF_8));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException handshakeFailed) {
                    // the client side reports it
                }
            });
            try (TlsStream tls = TlsStream.wrap(Tcp.connect("127.0.0.1", port), clientOptions)) {
                return new String(tls.receive(), StandardCharsets.UTF_8);
            } finally {
                served.get(30, TimeUnit.SECONDS);
            }
        }
    }

    private SSLContext context(String chain, String key, String ca) {
        return PemContexts.of(this.directory, chain, key, ca);
    }
}
