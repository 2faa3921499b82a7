package dev.streams.tls;

import dev.streams.ByteStream;
import dev.streams.ConnectionAttribute;
import dev.streams.TypedAttribute;
import dev.streams.internal.Checks;
import dev.streams.internal.ResourceGuard;
import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * A TLS session over any {@link ByteStream}: a socket, a pair of memory streams, even another TLS
 * stream. Built on the JDK's {@link SSLEngine}; no {@code SSLSocket} inside.
 *
 * <pre>{@code
 * // client (wrap closes the socket if the handshake fails, so nothing leaks)
 * try (TlsStream tls = TlsStream.wrap(Tcp.connect("example.test", 443),
 *         TlsOptions.client(context).hostname("example.test"))) {
 *     tls.send("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
 *     byte[] reply = tls.receive();
 * }
 *
 * // StartTLS-style: leave TLS and go on in plaintext
 * TlsStream.UnwrapResult result = tls.unwrap();
 * ByteStream plain = result.transport();
 * byte[] alreadyReceived = result.remaining();
 * }</pre>
 *
 * <h2>Closing and ragged EOF</h2>
 * With {@link TlsOptions#standardCompatible(boolean) standardCompatible(true)} (the default),
 * {@link #close()} sends close_notify (without waiting for the reply, and bounded in time) and closes the transport, and
 * a transport that ends without the peer's close_notify is a {@link dev.streams.BrokenResourceException}
 * (it may be a truncation attack). With {@code false}, nothing is sent on close and such an end is
 * an ordinary {@link dev.streams.EndOfStreamException}. The peer's close_notify is always an
 * {@code EndOfStreamException}. There is no half-close in TLS: {@link #sendEof()} throws
 * {@link UnsupportedOperationException} and leaves the stream usable.
 *
 * <h2>Session resumption</h2>
 * A client over a socket resumes TLS sessions from its {@code SSLContext}'s client session cache
 * (TLS 1.3 PSK, TLS 1.2 session ID or ticket), keyed by host name and the socket's remote port, as
 * {@code SSLSocket} does; over other transports the port is unknown and every handshake is full.
 *
 * <h2>Errors</h2>
 * A handshake failure is a {@link dev.streams.BrokenResourceException} whose message says what went
 * wrong (untrusted certificate, host name mismatch, no shared protocol or cipher suite, the peer
 * closed during the handshake) and whose cause is the JDK's {@link javax.net.ssl.SSLException}. A
 * failed session stays broken: every later call throws {@code BrokenResourceException}. A
 * {@code BrokenResourceException} from the transport (such as the socket layer's idle or write
 * timeout) is thrown as the same instance, so it can be told apart by its type. A peer that abuses
 * the protocol after the handshake (more than 32 records without data in a row, such as a KeyUpdate
 * flood, or more than 16 KiB of replies it does not read) is broken off: the transport is closed.
 *
 * <h2>Attributes</h2>
 * Every {@link TlsAttribute}, plus every attribute of the transport (for example the socket
 * addresses of a TLS stream over TCP); the TLS ones win on a conflict.
 *
 * <p>Thread-safety: one thread may receive while another sends (full duplex); a second concurrent
 * receiver or sender gets {@link dev.streams.BusyResourceException}. {@link #close()} may be called
 * from any thread; it wakes a blocked receiver with {@link dev.streams.ClosedResourceException}.
 */
public final class TlsStream implements ByteStream {

    /**
     * What {@link #unwrap()} leaves: the transport, now carrying plaintext, and the bytes that
     * arrived after the peer's close_notify (possibly none).
     *
     * @param transport the transport, still open
     * @param remaining bytes already read from the transport past the end of TLS
     */
    public record UnwrapResult(ByteStream transport, byte[] remaining) {
        public UnwrapResult {
            Objects.requireNonNull(transport, "transport");
            Objects.requireNonNull(remaining, "remaining");
        }
    }

    private final TlsEngineDriver driver;
    private final ByteStream transport;
    private final boolean standardCompatible;
    private final ResourceGuard receiveGuard = new ResourceGuard("reading from");
    private final ResourceGuard sendGuard = new ResourceGuard("writing to");

    private TlsStream(TlsEngineDriver driver, ByteStream transport, boolean standardCompatible) {
        this.driver = driver;
        this.transport = transport;
        this.standardCompatible = standardCompatible;
    }

    /**
     * Runs a TLS handshake over {@code transport} and returns the established stream.
     *
     * <p>The handshake is bounded by {@link TlsOptions#handshakeTimeout(java.time.Duration)}; when it passes,
     * a {@code BrokenResourceException} with a {@link java.util.concurrent.TimeoutException} cause is
     * thrown. <strong>On every failure, including that one, invalid options and an interrupt, the
     * transport is closed</strong> (after a best-effort alert to the peer), so
     * {@code wrap(Tcp.connect(..), options)} never leaks a socket. (AnyIO leaves it open; a caller
     * that wants the transport back after a failed handshake wraps a transport whose close it
     * controls.)
     *
     * @throws dev.streams.BrokenResourceException if the handshake failed or timed out, or the
     *     transport ended during it while standard-compatible
     * @throws dev.streams.EndOfStreamException if the transport ended during the handshake and
     *     {@code standardCompatible} is false
     * @throws IllegalArgumentException if a client has no host name to verify (see {@link TlsOptions})
     * @throws InterruptedException if interrupted (the transport is closed)
     */
    public static TlsStream wrap(ByteStream transport, TlsOptions options) throws InterruptedException {
        Objects.requireNonNull(transport, "transport");
        try {
            Objects.requireNonNull(options, "options");
            SSLEngine engine = options.createEngine(options.isClient() ? peerPort(transport) : -1);
            TlsEngineDriver driver = new TlsEngineDriver(engine, transport, options.standardCompatible());
            driver.handshake(options.handshakeTimeout());
            return new TlsStream(driver, transport, options.standardCompatible());
        } catch (InterruptedException | RuntimeException | Error e) {
            transport.close();
            throw e;
        }
    }

    /** The peer's port when the transport is a socket (so that a client can resume sessions), else -1. */
    private static int peerPort(ByteStream transport) {
        try {
            Integer port = transport.extra(ConnectionAttribute.REMOTE_PORT, null);
            return port == null ? -1 : port;
        } catch (RuntimeException e) {
            return -1; // a transport that cannot tell its peer: no resumption, nothing else lost
        }
    }

    /**
     * Receives 1 to {@code maxBytes} bytes of plaintext.
     *
     * @throws dev.streams.EndOfStreamException after the peer's close_notify, or after a ragged EOF
     *     when not standard-compatible
     * @throws dev.streams.BrokenResourceException on a ragged EOF when standard-compatible, or if the
     *     session or transport failed
     */
    @Override
    public byte[] receive(int maxBytes) throws InterruptedException {
        Checks.requirePositive(maxBytes, "maxBytes");
        receiveGuard.enter();
        try {
            return driver.receive(maxBytes);
        } finally {
            receiveGuard.exit();
        }
    }

    /**
     * Receives 1 to {@code dst.remaining()} bytes of plaintext into {@code dst}: records are
     * decrypted straight into it when it has room for a whole record (no copy); otherwise as
     * {@link #receive(int)}.
     *
     * @return the number of bytes received, at least 1
     * @throws IllegalArgumentException if {@code dst} has no room
     */
    @Override
    public int receive(ByteBuffer dst) throws InterruptedException {
        Checks.requireRoom(dst);
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("dst must not be read-only");
        }
        receiveGuard.enter();
        try {
            return driver.receive(dst);
        } finally {
            receiveGuard.exit();
        }
    }

    /**
     * Encrypts and sends all of {@code data}. An interrupt before sending starts is clean; an
     * interrupt while records are being sent leaves the stream broken (part of a record may be out).
     * Returns normally only when every record is with the transport: data dropped by a concurrent
     * {@code close()} or a failure always makes this throw.
     */
    @Override
    public void send(byte[] data) throws InterruptedException {
        Objects.requireNonNull(data, "data");
        send(ByteBuffer.wrap(data));
    }

    @Override
    public void send(ByteBuffer src) throws InterruptedException {
        Objects.requireNonNull(src, "src");
        sendGuard.enter();
        try {
            driver.send(src); // an empty buffer is a no-op
        } finally {
            sendGuard.exit();
        }
    }

    /**
     * Always throws: TLS has no half-close (close_notify ends the whole session in TLS 1.2, and
     * the JDK does not expose TLS 1.3's). The stream stays usable.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public void sendEof() {
        String version = driver.engine().getSession().getProtocol();
        if ("TLSv1.2".equals(version)) {
            throw new UnsupportedOperationException(
                    "sendEof() requires at least TLSv1.3; current session uses " + version);
        }
        throw new UnsupportedOperationException("sendEof() is not implemented for TLS streams; "
                + "use close() (close_notify) or unwrap()");
    }

    /**
     * Ends TLS on this transport: sends close_notify, waits for the peer's, and returns the
     * transport (still open) with the bytes already received after the peer's close_notify.
     * Plaintext the peer sent before its close_notify and that was not received yet is discarded.
     * This stream is closed afterwards (its transport is not).
     *
     * @throws dev.streams.BrokenResourceException if the transport ended without the peer's
     *     close_notify while standard-compatible, or failed
     * @throws dev.streams.BusyResourceException if another thread is receiving or sending
     */
    public UnwrapResult unwrap() throws InterruptedException {
        receiveGuard.enter();
        try {
            sendGuard.enter();
            try {
                return new UnwrapResult(transport, driver.unwrap());
            } finally {
                sendGuard.exit();
            }
        } finally {
            receiveGuard.exit();
        }
    }

    /**
     * Closes the stream and its transport, first sending close_notify when standard-compatible
     * (without waiting for the peer's). Never hangs: it waits at most 200 ms for a busy writer and
     * at most 1 s for the transport to take the close_notify (a peer that stopped reading), then
     * closes the transport anyway. Idempotent; never throws.
     */
    @Override
    public void close() {
        driver.close();
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        Map<TypedAttribute<?>, Supplier<?>> attributes = new HashMap<>(transport.extraAttributes());
        SSLEngine engine = driver.engine();
        attributes.put(TlsAttribute.ALPN_PROTOCOL, () -> {
            String protocol = engine.getApplicationProtocol();
            return protocol == null || protocol.isEmpty() ? null : protocol;
        });
        attributes.put(TlsAttribute.CIPHER, () -> engine.getSession().getCipherSuite());
        attributes.put(TlsAttribute.PEER_CERTIFICATE, () -> {
            List<X509Certificate> chain = peerChain(engine.getSession());
            return chain.isEmpty() ? null : chain.get(0);
        });
        attributes.put(TlsAttribute.PEER_CERTIFICATE_CHAIN, () -> peerChain(engine.getSession()));
        attributes.put(TlsAttribute.SERVER_SIDE, () -> !engine.getUseClientMode());
        attributes.put(TlsAttribute.SSL_SESSION, engine::getSession);
        attributes.put(TlsAttribute.STANDARD_COMPATIBLE, () -> standardCompatible);
        attributes.put(TlsAttribute.TLS_VERSION, () -> engine.getSession().getProtocol());
        return Collections.unmodifiableMap(attributes);
    }

    private static List<X509Certificate> peerChain(SSLSession session) {
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : session.getPeerCertificates()) {
                chain.add((X509Certificate) certificate);
            }
            return List.copyOf(chain);
        } catch (SSLPeerUnverifiedException e) {
            return List.of(); // the peer presented no certificate (a client without mTLS)
        }
    }

    /** For tests in this package: the driver, to inspect buffers. */
    TlsEngineDriver driverForTests() {
        return driver;
    }

    @Override
    public String toString() {
        return "TlsStream[" + driver.engine().getSession().getProtocol() + ", " + driver.state() + ", transport="
                + transport + "]";
    }
}
