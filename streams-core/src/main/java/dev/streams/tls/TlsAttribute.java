package dev.streams.tls;

import dev.streams.TypedAttribute;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLSession;

/**
 * The extra attributes of a {@link TlsStream} (and {@link #STANDARD_COMPATIBLE} of a
 * {@link TlsListener}). A TLS stream also offers every attribute of its transport, for example the
 * socket addresses of a TLS stream over TCP.
 *
 * <pre>{@code
 * String protocol = tls.extra(TlsAttribute.ALPN_PROTOCOL, "http/1.1");
 * X509Certificate client = tls.extra(TlsAttribute.PEER_CERTIFICATE);   // null without mTLS
 * }</pre>
 *
 * <p>Constants only; thread-safe.
 */
public final class TlsAttribute {

    /** The protocol chosen by ALPN, or {@code null} when none was negotiated. */
    public static final TypedAttribute<String> ALPN_PROTOCOL = TypedAttribute.of("alpnProtocol", String.class);
    /** The negotiated cipher suite, e.g. {@code "TLS_AES_128_GCM_SHA256"}. */
    public static final TypedAttribute<String> CIPHER = TypedAttribute.of("cipher", String.class);
    /** The peer's certificate, or {@code null} when the peer presented none (a client without mTLS). */
    public static final TypedAttribute<X509Certificate> PEER_CERTIFICATE =
            TypedAttribute.of("peerCertificate", X509Certificate.class);
    /** The peer's certificate chain, the peer's own certificate first; empty when it presented none. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final TypedAttribute<List<X509Certificate>> PEER_CERTIFICATE_CHAIN =
            (TypedAttribute) TypedAttribute.of("peerCertificateChain", List.class);
    /** {@code true} on the server side of the session. */
    public static final TypedAttribute<Boolean> SERVER_SIDE = TypedAttribute.of("serverSide", Boolean.class);
    /** The JDK's view of the session. */
    public static final TypedAttribute<SSLSession> SSL_SESSION = TypedAttribute.of("sslSession", SSLSession.class);
    /** Whether close_notify is sent and required; see {@link TlsOptions#standardCompatible(boolean)}. */
    public static final TypedAttribute<Boolean> STANDARD_COMPATIBLE =
            TypedAttribute.of("standardCompatible", Boolean.class);
    /** The negotiated protocol version, {@code "TLSv1.3"} or {@code "TLSv1.2"}. */
    public static final TypedAttribute<String> TLS_VERSION = TypedAttribute.of("tlsVersion", String.class);

    private TlsAttribute() {
    }
}
