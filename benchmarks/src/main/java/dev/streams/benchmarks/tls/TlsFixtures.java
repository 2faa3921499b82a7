package dev.streams.benchmarks.tls;

import dev.streams.net.Tcp;
import dev.streams.test.IssuedCertificate;
import dev.streams.test.TestCertificateAuthority;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.util.Collections;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;

/**
 * One certificate authority, one server certificate for {@code 127.0.0.1}, and the TLS settings
 * every TLS benchmark uses on both sides, ours and the JDK's {@code SSLSocket}: TLS 1.3 only,
 * {@code TLS_AES_128_GCM_SHA256} only, and hostname verification on the client.
 *
 * <p>The server's key manager is the JDK's "SunX509", which decrypts the private key once, when it
 * is built. The "PKIX" key manager of {@code IssuedCertificate.serverContext()} reads the key from
 * its PKCS#12 key store on demand: a PBKDF2 key decryption (about 10 000 HMAC-SHA256 rounds) in
 * every full handshake, and from JDK 25 on in every resumption from a stateless ticket too (62% of
 * the samples of a resumed-handshake loop; half of a full handshake's allocation; issue 15), which
 * the handshake rows would measure instead of TLS. Ours and {@code SSLSocket} share the context, so
 * the choice weighs the same on both sides.
 *
 * <pre>{@code
 * TlsFixtures tls = new TlsFixtures();
 * TlsStream client = tls.connect(port);
 * }</pre>
 *
 * <p>Immutable after construction; the contexts it hands out are thread-safe.
 */
public final class TlsFixtures {

    /** The only address the benchmarks use. */
    public static final String HOST = "127.0.0.1";
    public static final String PROTOCOL = "TLSv1.3";
    public static final String CIPHER = "TLS_AES_128_GCM_SHA256";

    private final SSLContext serverContext;
    private final SSLContext clientContext;

    public TlsFixtures() {
        TestCertificateAuthority authority = TestCertificateAuthority.create();
        IssuedCertificate server = authority.issue(HOST, "localhost");
        this.serverContext = serverContext(server, authority);
        this.clientContext = authority.clientContext();
    }

    private static SSLContext serverContext(IssuedCertificate server, TestCertificateAuthority authority) {
        char[] password = "benchmark".toCharArray();
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance("SunX509");
            keys.init(server.keyStore(password), password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), authority.trustManagerFactory().getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the server's SSLContext", e);
        }
    }

    public SSLContext serverContext() {
        return serverContext;
    }

    public SSLContext clientContext() {
        return clientContext;
    }

    public TlsOptions serverOptions() {
        return TlsOptions.server(serverContext).protocols(PROTOCOL).cipherSuites(CIPHER);
    }

    public TlsOptions clientOptions() {
        return TlsOptions.client(clientContext).hostname(HOST).protocols(PROTOCOL).cipherSuites(CIPHER);
    }

    /** Our TLS client: a TCP connection to {@code port}, handshaken. */
    public TlsStream connect(int port) throws InterruptedException {
        return Tcp.connect(HOST, port, clientOptions());
    }

    /** A JDK TLS server socket on an ephemeral loopback port with the benchmark's settings. */
    public SSLServerSocket jdkServerSocket() throws IOException {
        SSLServerSocket socket = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 128, InetAddress.getByName(HOST));
        socket.setEnabledProtocols(new String[] {PROTOCOL});
        socket.setEnabledCipherSuites(new String[] {CIPHER});
        return socket;
    }

    /** A JDK TLS client socket, connected and handshaken, verifying the server like ours does. */
    public SSLSocket jdkClient(int port) throws IOException {
        SSLSocket socket = (SSLSocket) clientContext.getSocketFactory().createSocket(HOST, port);
        socket.setTcpNoDelay(true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {PROTOCOL});
        parameters.setCipherSuites(new String[] {CIPHER});
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    /**
     * Forgets every client session, so that the next connection does a full handshake instead of a
     * TLS 1.3 PSK resumption (which would skip the ECDSA signature being measured).
     */
    public void forgetClientSessions() {
        SSLSessionContext sessions = clientContext.getClientSessionContext();
        for (byte[] id : Collections.list(sessions.getIds())) {
            javax.net.ssl.SSLSession session = sessions.getSession(id);
            if (session != null) {
                session.invalidate();
            }
        }
    }
}
