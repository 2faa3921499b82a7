package dev.streams.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class TestCertificateAuthorityTests {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final TestCertificateAuthority ca = TestCertificateAuthority.create();

    @AfterEach
    void shutDown() throws InterruptedException {
        executor.shutdownNow();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void clientTrustingTheCaCompletesAHandshakeWithHostnameVerification(String protocol) throws Exception {
        IssuedCertificate server = ca.issue("localhost", "127.0.0.1");

        String peer = handshake(server.serverContext(), ca.clientContext(), "localhost", protocol, false);

        assertThat(peer).contains("CN=localhost");
    }

    @Test
    void ipAddressSansAreVerifiedAgainstIpLiterals() throws Exception {
        IssuedCertificate server = ca.issue("127.0.0.1", "::1");

        assertThat(handshake(server.serverContext(), ca.clientContext(), "127.0.0.1", "TLSv1.3", false))
                .contains("CN=127.0.0.1");
        assertThatThrownBy(() -> handshake(server.serverContext(), ca.clientContext(), "localhost", "TLSv1.3", false))
                .hasRootCauseInstanceOf(java.security.cert.CertificateException.class);
    }

    @Test
    void certificateCarriesDnsAndIpSubjectAlternativeNamesAndServerAndClientUsage() throws Exception {
        X509Certificate leaf = ca.issue("example.test", "*.example.test", "10.1.2.3", "::1").certificate();

        List<String> sans = new ArrayList<>();
        for (List<?> entry : leaf.getSubjectAlternativeNames()) {
            sans.add(entry.get(0) + "=" + entry.get(1));
        }
        assertThat(sans).containsExactly("2=example.test", "2=*.example.test", "7=10.1.2.3", "7=0:0:0:0:0:0:0:1");
        assertThat(leaf.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        assertThat(leaf.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(leaf.getSigAlgName()).isEqualTo("SHA256withECDSA");
        leaf.checkValidity();
        leaf.verify(ca.certificate().getPublicKey());
    }

    @Test
    void clientWithoutTrustInTheCaRejectsTheServer() {
        IssuedCertificate server = ca.issue("localhost");
        TestCertificateAuthority other = TestCertificateAuthority.create();

        assertThatThrownBy(() -> handshake(server.serverContext(), other.clientContext(), "localhost", "TLSv1.3", false))
                .isInstanceOf(SSLException.class);
    }

    @Test
    void hostnameMismatchIsRejected() {
        IssuedCertificate server = ca.issue("example.test");

        assertThatThrownBy(() -> handshake(server.serverContext(), ca.clientContext(), "localhost", "TLSv1.3", false))
                .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
                .rootCause().hasMessageContaining("localhost");
    }

    @Test
    void expiredCertificateIsRejected() {
        IssuedCertificate server = ca.newCertificate("localhost").expired().issue();

        assertThatThrownBy(server.certificate()::checkValidity)
                .isInstanceOf(java.security.cert.CertificateExpiredException.class);
        assertThatThrownBy(() -> handshake(server.serverContext(), ca.clientContext(), "localhost", "TLSv1.3", false))
                .isInstanceOf(SSLException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void mutualTlsAcceptsAClientCertificateFromTheSameCa(String protocol) throws Exception {
        IssuedCertificate server = ca.issue("localhost");
        IssuedCertificate alice = ca.newCertificate().commonName("alice").issue();

        String clientSeenByServer = handshake(server.serverContext(), alice.clientContext(ca), "localhost",
                protocol, true);

        assertThat(clientSeenByServer).contains("CN=alice");
    }

    @Test
    void mutualTlsRejectsAClientCertificateFromAnotherCa() {
        IssuedCertificate server = ca.issue("localhost");
        IssuedCertificate mallory = TestCertificateAuthority.create().newCertificate().commonName("mallory").issue();

        assertThatThrownBy(() -> handshake(server.serverContext(), mallory.clientContext(ca), "localhost",
                "TLSv1.3", true)).isInstanceOf(IOException.class);
    }

    @Test
    void rsaKeysWorkToo() throws Exception {
        TestCertificateAuthority rsaCa = TestCertificateAuthority.create(TestCertificateAuthority.KeyType.RSA_2048);
        IssuedCertificate server = rsaCa.newCertificate("localhost")
                .keyType(TestCertificateAuthority.KeyType.RSA_2048).issue();

        assertThat(server.certificate().getPublicKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(handshake(server.serverContext(), rsaCa.clientContext(), "localhost", "TLSv1.2", false))
                .contains("CN=localhost");
    }

    @Test
    void certificateChainPemStartsWithTheLeafAndEndsWithTheCa() throws Exception {
        IssuedCertificate server = ca.issue("localhost");

        String pem = server.certificateChainPem();
        List<Certificate> parsed = new ArrayList<>(CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(parsed).containsExactly(server.certificate(), ca.certificate());
        assertThat(ca.certificatePem()).isEqualTo(pem.substring(pem.indexOf("-----BEGIN", 1)));
    }

    @Test
    void privateKeyPemIsPkcs8AndMatchesTheCertificate() throws Exception {
        IssuedCertificate server = ca.issue("localhost");

        String pem = server.privateKeyPem();
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(base64)));

        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(server.certificate());
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void keyStoreHoldsOneKeyEntryWhoseChainStartsWithTheLeaf() throws Exception {
        IssuedCertificate server = ca.issue("localhost");
        char[] password = "changeit".toCharArray();

        KeyStore store = server.keyStore(password);

        List<String> aliases = Collections.list(store.aliases());
        assertThat(aliases).hasSize(1);
        String alias = aliases.get(0);
        assertThat(store.isKeyEntry(alias)).isTrue();
        assertThat(store.getCertificateChain(alias)).containsExactly(server.certificate(), ca.certificate());
        assertThat(store.getKey(alias, password)).isEqualTo(server.privateKey());
    }

    @Test
    void trustStoreHoldsTheCaCertificate() throws Exception {
        KeyStore store = ca.trustStore();

        assertThat(Collections.list(store.aliases())).hasSize(1);
        assertThat(store.getCertificate(Collections.list(store.aliases()).get(0))).isEqualTo(ca.certificate());
    }

    @Test
    void issuingRequiresAtLeastOneNonBlankName() {
        assertThatThrownBy(() -> ca.issue()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hostnamesOrIps");
        assertThatThrownBy(() -> ca.issue("localhost", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hostnamesOrIps");
        assertThatThrownBy(() -> ca.issue((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("hostnamesOrIps");
        assertThatThrownBy(() -> ca.issue("localhost").clientContext(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("trusting");
    }

    @Test
    void eachCaIsDistinct() {
        TestCertificateAuthority other = TestCertificateAuthority.create();

        assertThat(other.certificate().getSubjectX500Principal())
                .isNotEqualTo(ca.certificate().getSubjectX500Principal());
        assertThat(other.certificatePem()).isNotEqualTo(ca.certificatePem());
    }

    /**
     * Runs one handshake over loopback with JDK sockets; returns the subject of the peer the
     * relevant side saw: the client certificate when {@code needClientAuth}, else the server's.
     */
    private String handshake(SSLContext serverContext, SSLContext clientContext, String hostname, String protocol,
            boolean needClientAuth) throws Exception {
        try (SSLServerSocket serverSocket = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            serverSocket.setNeedClientAuth(needClientAuth);
            serverSocket.setEnabledProtocols(new String[] {protocol});
            Future<String> serverSide = executor.submit(() -> {
                try (SSLSocket accepted = (SSLSocket) serverSocket.accept()) {
                    accepted.setSoTimeout(10_000);
                    accepted.startHandshake();
                    String peer = needClientAuth
                            ? ((X509Certificate) accepted.getSession().getPeerCertificates()[0])
                                    .getSubjectX500Principal().getName()
                            : "";
                    accepted.getOutputStream().write(1);
                    accepted.getOutputStream().flush();
                    return peer;
                }
            });
            String serverPeer;
            try (Socket plain = new Socket()) {
                plain.connect(new InetSocketAddress("127.0.0.1", serverSocket.getLocalPort()), 10_000);
                plain.setSoTimeout(10_000);
                try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory()
                        .createSocket(plain, hostname, serverSocket.getLocalPort(), true)) {
                    SSLParameters parameters = client.getSSLParameters();
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                    parameters.setProtocols(new String[] {protocol});
                    client.setSSLParameters(parameters);
                    client.startHandshake();
                    // TLS 1.3 reports a rejected client certificate only on the first read.
                    int read = client.getInputStream().read();
                    if (read != 1) {
                        throw new IOException("server closed the connection");
                    }
                    serverPeer = ((X509Certificate) client.getSession().getPeerCertificates()[0])
                            .getSubjectX500Principal().getName();
                }
            } catch (Exception e) {
                serverSide.cancel(true);
                throw e;
            }
            // Only now: the server's close waits for our close_notify.
            String clientPeer = unwrap(serverSide);
            return needClientAuth ? clientPeer : serverPeer;
        }
    }

    private static String unwrap(Future<String> future) throws Exception {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }
}
