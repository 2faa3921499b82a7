package dev.streams.test;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A leaf certificate issued by a {@link TestCertificateAuthority}, with its private key, all in
 * memory.
 *
 * <pre>{@code
 * IssuedCertificate server = ca.issue("localhost");
 * SSLContext serverContext = server.serverContext();
 * KeyStore keyStore = server.keyStore("secret".toCharArray());    // for APIs that want a KeyStore
 * Files.writeString(dir.resolve("server.pem"),                     // for tools that want files
 *         server.privateKeyPem() + server.certificateChainPem());
 * }</pre>
 *
 * <p>Immutable and thread-safe. Every call that returns a context or a key store returns a new one.
 */
public final class IssuedCertificate {

    private static final char[] INTERNAL_PASSWORD = "streams-test".toCharArray();

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final TestCertificateAuthority issuer;

    IssuedCertificate(PrivateKey privateKey, List<X509Certificate> chain, TestCertificateAuthority issuer) {
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
        this.issuer = issuer;
    }

    /**
     * A server-side {@link SSLContext} presenting this certificate. It also trusts the issuing CA,
     * so a server that requires client certificates accepts those issued by the same CA.
     */
    public SSLContext serverContext() {
        return context(issuer);
    }

    /**
     * A client-side {@link SSLContext} for mutual TLS: it presents this certificate and trusts
     * {@code trusting} (the CA that issued the server's certificate).
     */
    public SSLContext clientContext(TestCertificateAuthority trusting) {
        Objects.requireNonNull(trusting, "trusting");
        return context(trusting);
    }

    /** The certificate chain in PEM, the leaf first, then the issuing CA. */
    public String certificateChainPem() {
        StringBuilder pem = new StringBuilder();
        for (X509Certificate certificate : chain) {
            pem.append(Certificates.pem(certificate));
        }
        return pem.toString();
    }

    /** The leaf's private key in unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public String privateKeyPem() {
        return Certificates.pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /**
     * A new in-memory PKCS#12 key store with one key entry (alias {@code "key"}) protected by
     * {@code password}, whose chain starts with the leaf.
     */
    public KeyStore keyStore(char[] password) {
        Objects.requireNonNull(password, "password");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("key", privateKey, password, chain.toArray(new Certificate[0]));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create a key store", e);
        }
    }

    /** The leaf certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The chain, the leaf first. */
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    /** The leaf's private key. */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The CA that issued this certificate. */
    public TestCertificateAuthority issuer() {
        return issuer;
    }

    /** A key manager factory that presents this certificate. */
    public KeyManagerFactory keyManagerFactory() {
        try {
            // "PKIX" (NewSunX509) picks the key by the peer's accepted signature schemes.
            KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX");
            factory.init(keyStore(INTERNAL_PASSWORD), INTERNAL_PASSWORD);
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a key manager factory", e);
        }
    }

    @Override
    public String toString() {
        return "IssuedCertificate[" + certificate().getSubjectX500Principal().getName() + "]";
    }

    private SSLContext context(TestCertificateAuthority trusted) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagerFactory().getKeyManagers(), trusted.trustManagerFactory().getTrustManagers(),
                    TestCertificateAuthority.RANDOM);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create an SSLContext", e);
        }
    }
}
