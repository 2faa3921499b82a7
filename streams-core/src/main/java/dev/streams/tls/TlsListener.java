package dev.streams.tls;

import dev.streams.BrokenResourceException;
import dev.streams.ByteStream;
import dev.streams.ConnectionAttribute;
import dev.streams.EndOfStreamException;
import dev.streams.Listener;
import dev.streams.ServeOptions;
import dev.streams.StreamHandler;
import dev.streams.TypedAttribute;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A listener that runs a TLS server handshake on every connection accepted by a transport
 * listener (usually a TCP {@code SocketListener}).
 *
 * <pre>{@code
 * TlsOptions options = TlsOptions.server(serverContext).handshakeTimeout(Duration.ofSeconds(10));
 * try (TlsListener listener = new TlsListener(Tcp.listen("127.0.0.1", 0), options)) {
 *     listener.serve(tls -> tls.send(tls.receive()));   // echo, until the listener is closed
 * }
 * }</pre>
 *
 * <h2>Serving</h2>
 * {@link #serve(StreamHandler)} hands each accepted connection to a handler thread and runs the
 * handshake <em>there</em>, so a slow or silent client never delays accepting the next one. The
 * handshake is bounded by {@link TlsOptions#handshakeTimeout(Duration)}. A failed handshake (a port
 * scanner, a plaintext HTTP request, an untrusted client certificate, a timeout) goes to
 * {@link #handshakeFailed}, which by default calls {@link #handleHandshakeError}: one DEBUG line
 * with the peer's address, at most one INFO summary a minute with the count of failures (never
 * ERROR, never one INFO line per peer: a scanner must not flood the log), with everything the peer
 * chose escaped and cut; then the transport is closed. The listener keeps serving after any bad peer. After the handler returns or throws,
 * the TLS stream is closed (close_notify, then the transport).
 *
 * <p>{@link #accept()} also works; it handshakes on the calling thread and, when a handshake fails,
 * reports it and accepts the next connection. Prefer {@code serve}: with {@code accept} one silent
 * client holds up the others for up to the handshake timeout.
 *
 * <h2>Certificate reload</h2>
 * {@link #updateOptions(TlsOptions)} swaps the options (for example a new {@code SSLContext}) for
 * later handshakes; established connections keep theirs.
 *
 * <h2>Attributes</h2>
 * The transport listener's attributes plus {@link TlsAttribute#STANDARD_COMPATIBLE}.
 *
 * <p>Thread-safe: {@code serve}, {@code accept}, {@code updateOptions} and {@code close} may be
 * called from any thread. Subclasses overriding the hooks must keep them thread-safe too (they run
 * on handler threads, concurrently).
 */
public class TlsListener implements Listener<TlsStream> {

    private static final System.Logger LOG = System.getLogger(TlsListener.class.getName());

    private final Listener<? extends ByteStream> transport;
    private final HandshakeFailureLog failureLog = new HandshakeFailureLog(LOG, HandshakeFailureLog.DEFAULT_INTERVAL);
    private volatile TlsOptions options;

    /**
     * @param transport the listener whose connections get TLS; closed by {@link #close()}
     * @param serverOptions server-side options ({@link TlsOptions#server})
     * @throws IllegalArgumentException if {@code serverOptions} are client options
     */
    public TlsListener(Listener<? extends ByteStream> transport, TlsOptions serverOptions) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.options = requireServerOptions(serverOptions);
    }

    /** The options used for new handshakes. */
    public TlsOptions options() {
        return options;
    }

    /**
     * Uses {@code serverOptions} for every handshake that starts from now on (for certificate hot
     * reload); connections already established or handshaking are unaffected.
     */
    public void updateOptions(TlsOptions serverOptions) {
        this.options = requireServerOptions(serverOptions);
    }

    /**
     * Accepts the next connection whose handshake succeeds, handshaking on this thread. Failed
     * handshakes are reported to {@link #handshakeFailed} and skipped.
     */
    @Override
    public TlsStream accept() throws InterruptedException {
        while (true) {
            TlsStream stream = handshake(transport.accept());
            if (stream != null) {
                return stream;
            }
        }
    }

    @Override
    public void serve(StreamHandler<? super TlsStream> handler) throws InterruptedException {
        transport.serve(handshakingHandler(handler));
    }

    @Override
    public void serve(StreamHandler<? super TlsStream> handler, Executor executor) throws InterruptedException {
        Objects.requireNonNull(executor, "executor");
        transport.serve(handshakingHandler(handler), executor);
    }

    @Override
    public void serve(StreamHandler<? super TlsStream> handler, ServeOptions options) throws InterruptedException {
        Objects.requireNonNull(options, "options");
        transport.serve(handshakingHandler(handler), options);
    }

    /** Closes the transport listener; {@code serve} then returns after its handlers finish. */
    @Override
    public void close() {
        transport.close();
    }

    @Override
    public Map<TypedAttribute<?>, Supplier<?>> extraAttributes() {
        Map<TypedAttribute<?>, Supplier<?>> attributes = new HashMap<>(transport.extraAttributes());
        attributes.put(TlsAttribute.STANDARD_COMPATIBLE, () -> options.standardCompatible());
        return Collections.unmodifiableMap(attributes);
    }

    /**
     * Called on the handler thread after a successful handshake, before the handler. The default
     * does nothing. If it throws, the stream is closed and the handler is not called.
     *
     * @param elapsed how long the handshake took
     */
    protected void handshakeCompleted(TlsStream stream, Duration elapsed) {
    }

    /**
     * Called on the handler thread when a handshake fails. The default calls
     * {@link #handleHandshakeError(Exception, ByteStream)}.
     *
     * @param error a {@link BrokenResourceException} whose cause is the {@code SSLException}, or, for
     *     a timeout, a {@link java.util.concurrent.TimeoutException}; for a peer that closed during the
     *     handshake, its message says so
     * @param transport the accepted connection (the override should close it)
     * @param elapsed how long the failed handshake took
     */
    protected void handshakeFailed(Exception error, ByteStream transport, Duration elapsed) {
        handleHandshakeError(error, transport);
    }

    /**
     * Handles a failed handshake; the default logs it at DEBUG with the peer's address, adds it to
     * an INFO summary logged at most once a minute (the count of failures since the last one), and
     * closes {@code transport}. Text the peer chose (for example a rejected SNI name inside the
     * JDK's message) is escaped and cut to a few hundred characters. Never logs at ERROR, never one
     * INFO line per peer: any client on the network can trigger it. Overrides must close the
     * transport.
     */
    protected void handleHandshakeError(Exception error, ByteStream transport) {
        try {
            failureLog.failed(peer(transport), error);
        } finally {
            transport.close();
        }
    }

    private StreamHandler<ByteStream> handshakingHandler(StreamHandler<? super TlsStream> handler) {
        Objects.requireNonNull(handler, "handler");
        return connection -> {
            TlsStream stream = handshake(connection);
            if (stream != null) {
                try (stream) {
                    handler.handle(stream);
                }
            }
        };
    }

    /** Returns the established stream, or null after reporting a failure. */
    private TlsStream handshake(ByteStream connection) throws InterruptedException {
        TlsOptions current = options;
        long start = System.nanoTime();
        TlsStream stream;
        try {
            stream = TlsStream.wrap(connection, current);
        } catch (InterruptedException e) {
            connection.close(); // shutting down: not a handshake failure
            throw e;
        } catch (BrokenResourceException e) {
            handshakeFailed(e, connection, Duration.ofNanos(System.nanoTime() - start));
            return null;
        } catch (EndOfStreamException e) {
            handshakeFailed(new BrokenResourceException("the peer closed the connection during the TLS handshake", e),
                    connection, Duration.ofNanos(System.nanoTime() - start));
            return null;
        } catch (RuntimeException e) {
            handshakeFailed(new BrokenResourceException("TLS handshake failed: " + e, e), connection,
                    Duration.ofNanos(System.nanoTime() - start));
            return null;
        }
        try {
            handshakeCompleted(stream, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
        return stream;
    }

    /** The peer's address when the transport is a socket, else the transport itself. */
    private static Object peer(ByteStream transport) {
        try {
            Object address = transport.extra(ConnectionAttribute.REMOTE_ADDRESS, null);
            return address != null ? address : transport;
        } catch (RuntimeException e) {
            return transport; // a transport that cannot tell its peer any more
        }
    }

    private static TlsOptions requireServerOptions(TlsOptions serverOptions) {
        Objects.requireNonNull(serverOptions, "options");
        if (serverOptions.isClient()) {
            throw new IllegalArgumentException("options must be server options (TlsOptions.server(context))");
        }
        return serverOptions;
    }
}
