package dev.streams.test;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * A throw-away certificate authority for tests, in the spirit of Python's {@code trustme}: it lives
 * in memory only (nothing is written to disk), issues leaf certificates for any host names or IP
 * addresses, and hands out ready-made {@link SSLContext}s.
 *
 * <pre>{@code
 * TestCertificateAuthority ca = TestCertificateAuthority.create();
 * IssuedCertificate server = ca.issue("localhost", "127.0.0.1");
 * SSLContext serverContext = server.serverContext();   // presents the leaf, trusts the CA
 * SSLContext clientContext = ca.clientContext();       // trusts the CA
 *
 * // mTLS: a client certificate from the same CA
 * IssuedCertificate alice = ca.newCertificate().commonName("alice").issue();
 * SSLContext mtlsClient = alice.clientContext(ca);
 *
 * // failure cases
 * IssuedCertificate expired = ca.newCertificate("localhost").expired().issue();
 * }</pre>
 *
 * <p>Keys are ECDSA P-256 by default ({@link KeyType#RSA_2048} on request), certificates are
 * signed with SHA-256 and valid from one hour ago for ten years, so clock skew between test
 * machines does not matter. Every leaf certificate may be used both as a server and as a client
 * certificate (extended key usage {@code serverAuth} and {@code clientAuth}), as trustme does.
 *
 * <p>Instances are immutable after {@link #create()} and thread-safe; issuing is safe from any
 * number of threads.
 */
public final class TestCertificateAuthority {

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());
    private static final AtomicLong CA_COUNTER = new AtomicLong();
    static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final KeyType keyType;

    private TestCertificateAuthority(KeyPair keyPair, X509Certificate certificate, KeyType keyType) {
        this.keyPair = keyPair;
        this.certificate = certificate;
        this.keyType = keyType;
    }

    /** Creates a new root CA with an ECDSA P-256 key. */
    public static TestCertificateAuthority create() {
        return create(KeyType.EC_P256);
    }

    /** Creates a new root CA whose own key is of {@code keyType}. */
    public static TestCertificateAuthority create(KeyType keyType) {
        Objects.requireNonNull(keyType, "keyType");
        KeyPair keyPair = keyType.generate();
        X500Principal subject = new X500Principal(
                "CN=Streams for Java test CA " + CA_COUNTER.incrementAndGet() + ", O=Streams for Java tests");
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, nextSerial(),
                    java.util.Date.from(now.minus(Duration.ofHours(1))),
                    java.util.Date.from(now.plus(Duration.ofDays(3650))), subject, keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            X509Certificate certificate = Certificates.sign(builder, keyPair.getPrivate(), keyType);
            return new TestCertificateAuthority(keyPair, certificate, keyType);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot create the test certificate authority", e);
        }
    }

    /**
     * Issues a leaf certificate for the given DNS names and IP addresses (IPv4 or IPv6 literals),
     * all of which go into the subject alternative names; the first is also the common name.
     *
     * @throws IllegalArgumentException if no name is given, or a name is blank
     */
    public IssuedCertificate issue(String... hostnamesOrIps) {
        Objects.requireNonNull(hostnamesOrIps, "hostnamesOrIps");
        if (hostnamesOrIps.length == 0) {
            throw new IllegalArgumentException("hostnamesOrIps must name at least one host name or IP address");
        }
        return newCertificate(hostnamesOrIps).issue();
    }

    /**
     * Starts a certificate with the given subject alternative names (possibly none, for a client
     * certificate identified by its common name only); finish it with {@link CertificateBuilder#issue()}.
     */
    public CertificateBuilder newCertificate(String... hostnamesOrIps) {
        Objects.requireNonNull(hostnamesOrIps, "hostnamesOrIps");
        return new CertificateBuilder(this, java.util.Arrays.asList(hostnamesOrIps));
    }

    /** An {@link SSLContext} that trusts this CA and presents no certificate of its own. */
    public SSLContext clientContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagerFactory().getTrustManagers(), RANDOM);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create an SSLContext", e);
        }
    }

    /** A fresh in-memory PKCS#12 trust store holding this CA's certificate (alias {@code "ca"}), no password. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", certificate);
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot create a trust store", e);
        }
    }

    /** A trust manager factory initialised with {@link #trustStore()}. */
    public TrustManagerFactory trustManagerFactory() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore());
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a trust manager factory", e);
        }
    }

    /** This CA's self-signed certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** This CA's certificate in PEM ({@code -----BEGIN CERTIFICATE-----}). */
    public String certificatePem() {
        return Certificates.pem(certificate);
    }

    @Override
    public String toString() {
        return "TestCertificateAuthority[" + certificate.getSubjectX500Principal().getName() + "]";
    }

    IssuedCertificate issue(CertificateBuilder spec) {
        KeyPair leafKeys = spec.keyType.generate();
        try {
            X500Principal subject = new X500Principal("CN=" + escapeRdn(spec.commonName())
                    + ", O=Streams for Java tests");
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, nextSerial(),
                    java.util.Date.from(spec.notBefore), java.util.Date.from(spec.notAfter), subject,
                    leafKeys.getPublic());
            Certificates.addLeafExtensions(builder, certificate, leafKeys.getPublic(), spec.names);
            X509Certificate leaf = Certificates.sign(builder, keyPair.getPrivate(), keyType);
            return new IssuedCertificate(leafKeys.getPrivate(), List.of(leaf, certificate), this);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + spec.names, e);
        }
    }

    private static String escapeRdn(String value) {
        return javax.naming.ldap.Rdn.escapeValue(value);
    }

    private static BigInteger nextSerial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    /** The kind of key pair to generate. */
    public enum KeyType {
        /** ECDSA on the NIST P-256 curve, signed with SHA256withECDSA (the default). */
        EC_P256("EC", "SHA256withECDSA"),
        /** RSA with a 2048-bit modulus, signed with SHA256withRSA (for peers without ECDSA). */
        RSA_2048("RSA", "SHA256withRSA");

        final String algorithm;
        final String signatureAlgorithm;

        KeyType(String algorithm, String signatureAlgorithm) {
            this.algorithm = algorithm;
            this.signatureAlgorithm = signatureAlgorithm;
        }

        KeyPair generate() {
            try {
                java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance(algorithm);
                if (this == EC_P256) {
                    generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), RANDOM);
                } else {
                    generator.initialize(2048, RANDOM);
                }
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot generate a " + this + " key pair", e);
            }
        }
    }

    /**
     * A certificate being specified; obtained from {@link TestCertificateAuthority#newCertificate(String...)}.
     * Not thread-safe (use it from one thread, then discard it).
     */
    public static final class CertificateBuilder {

        private final TestCertificateAuthority authority;
        private final List<String> names;
        private String commonName;
        private Instant notBefore;
        private Instant notAfter;
        private KeyType keyType = KeyType.EC_P256;

        CertificateBuilder(TestCertificateAuthority authority, List<String> names) {
            this.authority = authority;
            this.names = new ArrayList<>(names);
            for (String name : this.names) {
                Objects.requireNonNull(name, "hostnamesOrIps");
                if (name.isBlank()) {
                    throw new IllegalArgumentException("hostnamesOrIps must not contain a blank name");
                }
            }
            Instant now = Instant.now();
            this.notBefore = now.minus(Duration.ofHours(1));
            this.notAfter = now.plus(Duration.ofDays(3650));
        }

        /** The subject's common name; defaults to the first name, or "client" when there is none. */
        public CertificateBuilder commonName(String commonName) {
            this.commonName = Objects.requireNonNull(commonName, "commonName");
            return this;
        }

        /** The validity period. */
        public CertificateBuilder validity(Instant notBefore, Instant notAfter) {
            Objects.requireNonNull(notBefore, "notBefore");
            Objects.requireNonNull(notAfter, "notAfter");
            if (notAfter.isBefore(notBefore)) {
                throw new IllegalArgumentException("notAfter must not be before notBefore");
            }
            this.notBefore = notBefore;
            this.notAfter = notAfter;
            return this;
        }

        /** Makes the certificate one that expired yesterday (valid for one day, a week ago). */
        public CertificateBuilder expired() {
            Instant now = Instant.now();
            return validity(now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(1)));
        }

        /** Makes the certificate one that becomes valid only tomorrow. */
        public CertificateBuilder notYetValid() {
            Instant now = Instant.now();
            return validity(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        }

        /** The leaf's key type; ECDSA P-256 by default. */
        public CertificateBuilder keyType(KeyType keyType) {
            this.keyType = Objects.requireNonNull(keyType, "keyType");
            return this;
        }

        /** Signs the certificate with the CA's key. */
        public IssuedCertificate issue() {
            return authority.issue(this);
        }

        String commonName() {
            if (commonName != null) {
                return commonName;
            }
            return names.isEmpty() ? "client" : names.get(0);
        }

        List<String> names() {
            return names;
        }
    }
}
