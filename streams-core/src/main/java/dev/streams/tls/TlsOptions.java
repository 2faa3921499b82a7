package dev.streams.tls;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.jspecify.annotations.Nullable;

/**
 * How to run one side of a TLS session: the {@link SSLContext} (keys and trust), the side, and
 * the choices a handshake makes. Immutable: every wither returns a copy.
 *
 * <pre>{@code
 * TlsOptions client = TlsOptions.client(ca.clientContext())
 *         .hostname("example.test")            // verified against the certificate, sent as SNI
 *         .alpnProtocols("h2", "http/1.1");
 * TlsOptions server = TlsOptions.server(serverContext)
 *         .clientAuth(ClientAuth.NEED)
 *         .handshakeTimeout(Duration.ofSeconds(10));
 * }</pre>
 *
 * <h2>Defaults</h2>
 * <ul>
 *   <li>{@link #protocols(String...)}: TLSv1.3 and TLSv1.2; nothing older is ever enabled.</li>
 *   <li>{@link #cipherSuites(String...)}: the context's defaults.</li>
 *   <li>{@link #standardCompatible(boolean)}: {@code true}.</li>
 *   <li>{@link #handshakeTimeout(Duration)}: 30 seconds.</li>
 *   <li>{@link #clientAuth(ClientAuth)}: {@link ClientAuth#NONE} (servers only).</li>
 *   <li>Host name verification: on for clients ({@code HTTPS} endpoint identification against
 *       {@link #hostname(String)}); a client without a host name is refused by
 *       {@link TlsStream#wrap} unless {@link #hostnameVerification(boolean)} is turned off.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TlsOptions {

    private static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    private static final Set<String> ALLOWED_PROTOCOLS = Set.of("TLSv1.3", "TLSv1.2");
    private static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);

    private final SSLContext context;
    private final boolean client;
    private final @Nullable String hostname;
    private final boolean hostnameVerification;
    private final boolean standardCompatible;
    private final List<String> alpnProtocols;
    private final Duration handshakeTimeout;
    private final ClientAuth clientAuth;
    private final List<String> protocols;
    private final List<String> cipherSuites;

    private TlsOptions(SSLContext context, boolean client, @Nullable String hostname, boolean hostnameVerification,
            boolean standardCompatible, List<String> alpnProtocols, Duration handshakeTimeout, ClientAuth clientAuth,
            List<String> protocols, List<String> cipherSuites) {
        this.context = context;
        this.client = client;
        this.hostname = hostname;
        this.hostnameVerification = hostnameVerification;
        this.standardCompatible = standardCompatible;
        this.alpnProtocols = alpnProtocols;
        this.handshakeTimeout = handshakeTimeout;
        this.clientAuth = clientAuth;
        this.protocols = protocols;
        this.cipherSuites = cipherSuites;
    }

    /** Options for the client side, trusting what {@code context} trusts. */
    public static TlsOptions client(SSLContext context) {
        Objects.requireNonNull(context, "context");
        return new TlsOptions(context, true, null, true, true, List.of(), DEFAULT_HANDSHAKE_TIMEOUT,
                ClientAuth.NONE, DEFAULT_PROTOCOLS, List.of());
    }

    /** Options for the server side, presenting the key of {@code context}. */
    public static TlsOptions server(SSLContext context) {
        Objects.requireNonNull(context, "context");
        return new TlsOptions(context, false, null, false, true, List.of(), DEFAULT_HANDSHAKE_TIMEOUT,
                ClientAuth.NONE, DEFAULT_PROTOCOLS, List.of());
    }

    /**
     * The server's name (client side): checked against the certificate and sent as SNI when it is
     * a DNS name; an IP literal is checked against the certificate's IP addresses and not sent.
     * A non-ASCII name is converted to its ASCII ({@code xn--}) form.
     */
    public TlsOptions hostname(String hostname) {
        Objects.requireNonNull(hostname, "hostname");
        if (hostname.isBlank()) {
            throw new IllegalArgumentException("hostname must not be blank");
        }
        return new TlsOptions(context, client, hostname, hostnameVerification, standardCompatible, alpnProtocols,
                handshakeTimeout, clientAuth, protocols, cipherSuites);
    }

    /**
     * Whether a client checks that the server's certificate names {@link #hostname()} (default
     * {@code true}). Turning it off still checks that the certificate chain is trusted.
     */
    public TlsOptions hostnameVerification(boolean verify) {
        return new TlsOptions(context, client, hostname, verify, standardCompatible, alpnProtocols,
                handshakeTimeout, clientAuth, protocols, cipherSuites);
    }

    /**
     * Whether this side follows the TLS standard on closing (default {@code true}): it sends
     * close_notify on {@code close()} and treats an end of the transport without the peer's
     * close_notify (a "ragged EOF", possibly a truncation attack) as a
     * {@link dev.streams.BrokenResourceException}. With {@code false} (for protocols that frame
     * their own messages, such as HTTP), no close_notify is sent and a ragged EOF is a plain
     * {@link dev.streams.EndOfStreamException}.
     */
    public TlsOptions standardCompatible(boolean standardCompatible) {
        return new TlsOptions(context, client, hostname, hostnameVerification, standardCompatible, alpnProtocols,
                handshakeTimeout, clientAuth, protocols, cipherSuites);
    }

    /** The ALPN protocols to offer (client) or accept (server), in order of preference; none by default. */
    public TlsOptions alpnProtocols(String... alpnProtocols) {
        List<String> list = nonEmptyElements(alpnProtocols, "alpnProtocols");
        return new TlsOptions(context, client, hostname, hostnameVerification, standardCompatible, list,
                handshakeTimeout, clientAuth, protocols, cipherSuites);
    }

    /**
     * The longest the handshake may take (default 30 s); after it the transport is closed and the
     * handshake fails with a {@link dev.streams.BrokenResourceException} whose cause is a
     * {@link java.util.concurrent.TimeoutException}.
     */
    public TlsOptions handshakeTimeout(Duration handshakeTimeout) {
        Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
        if (handshakeTimeout.isNegative() || handshakeTimeout.isZero()) {
            throw new IllegalArgumentException("handshakeTimeout must be positive (was " + handshakeTimeout + ")");
        }
        return new TlsOptions(context, client, hostname, hostnameVerification, standardCompatible, alpnProtocols,
                handshakeTimeout, clientAuth, protocols, cipherSuites);
    }

    /** Whether a server asks for client certificates (ignored on the client side). */
    public TlsOptions clientAuth(ClientAuth clientAuth) {
        Objects.requireNonNull(clientAuth, "clientAuth");
        return new TlsOptions(context, client, hostname, hostnameVerification, standardCompatible, alpnProtocols,
                handshakeTimeout, clientAuth, protocols, cipherSuites);
    }

    /**
     * The protocol versions to enable: a non-empty subset of {@code "TLSv1.3"} and {@code "TLSv1.2"}.
     *
     * @throws IllegalArgumentException for anything older (TLSv1.1, TLSv1, SSLv3) or unknown
     */
    public TlsOptions protocols(String... protocols) {
        List<String> list = nonEmptyElements(protocols, "protocols");
        if (list.isEmpty()) {
            throw new IllegalArgumentException("protocols must name at least one protocol");
        }
        for (String protocol : list) {
            if (!ALLOWED_PROTOCOLS.contains(protocol)) {
                throw new IllegalArgumentException("protocols must be TLSv1.3 or TLSv1.2 (was " + protocol + ")");
            }
        }
        return new TlsOptions(context, client, hostname, hostnameVerification, standardCompatible, alpnProtocols,
                handshakeTimeout, clientAuth, list, cipherSuites);
    }

    /** The cipher suites to enable (JDK names); an empty call restores the context's defaults. */
    public TlsOptions cipherSuites(String... cipherSuites) {
        List<String> list = nonEmptyElements(cipherSuites, "cipherSuites");
        return new TlsOptions(context, client, hostname, hostnameVerification, standardCompatible, alpnProtocols,
                handshakeTimeout, clientAuth, protocols, list);
    }

    /** The SSL context. */
    public SSLContext context() {
        return context;
    }

    /** {@code true} for client options. */
    public boolean isClient() {
        return client;
    }

    /** The server's host name, or {@code null} if not set. */
    public @Nullable String hostname() {
        return hostname;
    }

    /** Whether a client verifies the host name. */
    public boolean hostnameVerification() {
        return hostnameVerification;
    }

    /** See {@link #standardCompatible(boolean)}. */
    public boolean standardCompatible() {
        return standardCompatible;
    }

    /** The ALPN protocols, possibly empty. */
    public List<String> alpnProtocols() {
        return alpnProtocols;
    }

    /** The handshake timeout. */
    public Duration handshakeTimeout() {
        return handshakeTimeout;
    }

    /** The client-certificate policy of a server. */
    public ClientAuth clientAuth() {
        return clientAuth;
    }

    /** The enabled protocol versions. */
    public List<String> protocols() {
        return protocols;
    }

    /** The enabled cipher suites; empty means the context's defaults. */
    public List<String> cipherSuites() {
        return cipherSuites;
    }

    @Override
    public String toString() {
        return "TlsOptions[" + (client ? "client" : "server") + (hostname != null ? ", hostname=" + hostname : "")
                + ", protocols=" + protocols + (alpnProtocols.isEmpty() ? "" : ", alpn=" + alpnProtocols)
                + (client ? "" : ", clientAuth=" + clientAuth) + ", standardCompatible=" + standardCompatible
                + ", handshakeTimeout=" + handshakeTimeout + "]";
    }

    /**
     * Creates and configures an engine for one session.
     *
     * @throws IllegalArgumentException if a client has no host name to verify, or if the context
     *     supports none of the requested protocols or cipher suites
     */
    SSLEngine createEngine() {
        return createEngine(-1);
    }

    /**
     * Creates and configures an engine for one session with a peer on {@code peerPort} (-1 when
     * unknown). A client that knows its peer's port can resume a session: the JDK caches client
     * sessions by host and port, and never caches one whose port is unknown.
     */
    SSLEngine createEngine(int peerPort) {
        if (client && hostname == null && hostnameVerification) {
            throw new IllegalArgumentException("options: a client needs hostname(..) to verify the server's "
                    + "certificate (or hostnameVerification(false) to check the chain only)");
        }
        String peerHost = hostname == null ? null : HostNames.toAscii(hostname);
        SSLEngine engine = peerHost != null ? context.createSSLEngine(peerHost, peerPort) : context.createSSLEngine();
        engine.setUseClientMode(client);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setProtocols(supported(protocols, engine.getSupportedProtocols(), "protocols"));
        if (!cipherSuites.isEmpty()) {
            parameters.setCipherSuites(supported(cipherSuites, engine.getSupportedCipherSuites(), "cipherSuites"));
        }
        if (!alpnProtocols.isEmpty()) {
            parameters.setApplicationProtocols(alpnProtocols.toArray(new String[0]));
        }
        if (client) {
            if (peerHost != null && hostnameVerification) {
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
            }
            if (peerHost != null && !HostNames.isIpLiteral(peerHost)) {
                parameters.setServerNames(List.of(new SNIHostName(peerHost)));
            } else {
                parameters.setServerNames(List.of()); // RFC 6066 section 3: no SNI for IP literals
            }
        } else {
            switch (clientAuth) {
                case NEED -> parameters.setNeedClientAuth(true);
                case WANT -> parameters.setWantClientAuth(true);
                case NONE -> {
                    parameters.setNeedClientAuth(false);
                    parameters.setWantClientAuth(false);
                }
                default -> throw new IllegalStateException("Unknown client auth: " + clientAuth);
            }
        }
        engine.setSSLParameters(parameters);
        return engine;
    }

    private static String[] supported(List<String> wanted, String[] supported, String name) {
        Set<String> available = new LinkedHashSet<>(Arrays.asList(supported));
        List<String> result = new ArrayList<>();
        for (String item : wanted) {
            if (available.contains(item)) {
                result.add(item);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException(name + " " + wanted + " are not supported by this SSLContext");
        }
        return result.toArray(new String[0]);
    }

    private static List<String> nonEmptyElements(String[] values, String name) {
        Objects.requireNonNull(values, name);
        List<String> list = new ArrayList<>(values.length);
        for (String value : values) {
            Objects.requireNonNull(value, name);
            if (value.isEmpty()) {
                throw new IllegalArgumentException(name + " must not contain an empty name");
            }
            if (name.equals("alpnProtocols") && value.length() > 255) {
                throw new IllegalArgumentException("alpnProtocols entries must be at most 255 bytes (RFC 7301)");
            }
            list.add(value);
        }
        return List.copyOf(list);
    }
}
