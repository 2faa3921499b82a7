package dev.streams.net;

import dev.streams.BrokenResourceException;
import dev.streams.internal.Durations;
import dev.streams.tls.TlsOptions;
import dev.streams.tls.TlsStream;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.time.Duration;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Opens TCP connections and listeners (AnyIO's {@code connect_tcp} and {@code create_tcp_listener}).
 *
 * <pre>{@code
 * try (SocketListener listener = Tcp.listen("127.0.0.1", 0);
 *      SocketStream client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
 *      SocketStream server = listener.accept()) {
 *     client.send(new byte[] {1, 2, 3});
 *     byte[] received = server.receive();
 * }
 * }</pre>
 *
 * <h2>Connecting</h2>
 * {@link #connect(String, int)} resolves every address of the host and races them with Happy
 * Eyeballs (RFC 8305): the addresses are ordered alternating IPv6 and IPv4, starting with the
 * resolver's first choice; each attempt starts 250 ms after the previous one, or at once when the
 * previous one fails; the first connection wins and the others are closed. When all fail,
 * {@link ConnectFailedException} carries each attempt's exception as suppressed. Name resolution
 * itself ({@link InetAddress#getAllByName}) is not interruptible; connecting is. The whole race is
 * bounded by a connect timeout ({@link #DEFAULT_CONNECT_TIMEOUT}, or the one given to
 * {@link #connect(String, int, Duration)}): a peer that never answers (SYNs dropped by a firewall or
 * a full accept queue) fails the connect with {@link ConnectFailedException}, each pending attempt's
 * {@link java.net.SocketTimeoutException} suppressed, instead of waiting for the kernel's own
 * limit (about two minutes on Linux).
 *
 * <h2>Listening</h2>
 * {@link #listen(String, int)} binds one server socket with {@code SO_REUSEADDR} (a restarted
 * server can bind while old connections linger in TIME_WAIT) and a backlog of
 * {@value #BACKLOG} (the OS caps it at {@code net.core.somaxconn} on Linux). {@code "0.0.0.0"}
 * binds all IPv4 interfaces, {@code "::"} all interfaces of both families (dual-stack). Port 0 picks
 * a free ephemeral port; read it with {@code listener.extra(SocketAttribute.LOCAL_PORT)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Tcp {

    /** Listen backlog: generous, so that bursts of connections wait in the kernel, not get refused. */
    static final int BACKLOG = 4096;

    /** The connect timeout of {@link #connect(String, int)}: 30 seconds, as the TLS handshake timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private Tcp() {
    }

    /**
     * Connects to {@code host:port}, trying every address of {@code host}, within
     * {@link #DEFAULT_CONNECT_TIMEOUT}; see the class documentation.
     *
     * @param host a host name or an IPv4/IPv6 literal
     * @param port 1 to 65535
     * @return a connected stream with {@code TCP_NODELAY} on
     * @throws NullPointerException if {@code host} is null
     * @throws IllegalArgumentException if {@code port} is outside 1..65535
     * @throws ConnectFailedException if no address accepted the connection in time, or {@code host} did not resolve
     * @throws InterruptedException if interrupted; every attempt is closed
     */
    public static SocketStream connect(String host, int port) throws InterruptedException {
        return connect(host, port, DEFAULT_CONNECT_TIMEOUT);
    }

    /**
     * Connects as {@link #connect(String, int)} does, giving up after {@code timeout} (name
     * resolution not included: the JDK's resolver cannot be bounded).
     *
     * <pre>{@code
     * SocketStream stream = Tcp.connect("db.internal", 5432, Duration.ofSeconds(3));
     * }</pre>
     *
     * @param timeout how long the connection attempts may take in total; positive
     * @throws NullPointerException if {@code host} or {@code timeout} is null
     * @throws IllegalArgumentException if {@code port} is outside 1..65535 or {@code timeout} is not positive
     * @throws ConnectFailedException if no address accepted the connection within {@code timeout}
     *         (pending attempts are suppressed as {@link java.net.SocketTimeoutException}s)
     * @throws InterruptedException if interrupted; every attempt is closed
     */
    public static SocketStream connect(String host, int port, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        checkPort(port, 1);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive (was " + timeout + ")");
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            ConnectFailedException failed = new ConnectFailedException();
            failed.addSuppressed(e);
            throw failed;
        }
        List<InetSocketAddress> targets = new ArrayList<>(addresses.length);
        for (InetAddress address : HappyEyeballs.order(List.of(addresses))) {
            targets.add(new InetSocketAddress(address, port));
        }
        return open(HappyEyeballs.connect(targets, HappyEyeballs.DEFAULT_DELAY_NANOS,
                Durations.saturatedNanos(timeout)));
    }

    /**
     * Connects to {@code host:port} as {@link #connect(String, int)} does, then runs a TLS client
     * handshake. Without {@link TlsOptions#hostname(String)}, the server's certificate is verified
     * against {@code host} (an IP literal against the certificate's IP addresses) and {@code host}
     * is sent as SNI when it is a DNS name.
     *
     * <pre>{@code
     * try (TlsStream tls = Tcp.connect("example.test", 443, TlsOptions.client(context))) {
     *     tls.send(request);
     * }
     * }</pre>
     *
     * @param tls client options ({@link TlsOptions#client})
     * @throws IllegalArgumentException if {@code tls} are server options, or {@code port} is out of range
     * @throws ConnectFailedException if no address accepted the connection
     * @throws BrokenResourceException if the handshake failed (the socket is closed)
     * @throws InterruptedException if interrupted; the socket is closed
     */
    public static TlsStream connect(String host, int port, TlsOptions tls) throws InterruptedException {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        if (!tls.isClient()) {
            throw new IllegalArgumentException("tls must be client options (TlsOptions.client(context))");
        }
        String hostname = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        TlsOptions options = tls.hostname() != null ? tls : tls.hostname(hostname);
        SocketStream socket = connect(host, port);
        try {
            return TlsStream.wrap(socket, options);
        } catch (InterruptedException | RuntimeException | Error e) {
            socket.close();
            throw e;
        }
    }

    /** Wraps a freshly connected channel, closing it if that fails. */
    static SocketStream open(SocketChannel channel) {
        try {
            return new SocketStream(channel);
        } catch (RuntimeException e) {
            SocketPoller.close(channel);
            throw e;
        }
    }

    /**
     * Binds a listener to {@code host:port}; see the class documentation.
     *
     * @param host the local address to bind: a literal such as {@code "127.0.0.1"}, {@code "::"}
     *        or {@code "0.0.0.0"}, or a host name (its first address is used)
     * @param port 0 to 65535; 0 picks an ephemeral port
     * @throws NullPointerException if {@code host} is null
     * @throws IllegalArgumentException if {@code port} is outside 0..65535
     * @throws BindFailedException if the address could not be bound (port in use, not a local
     *         address, unknown host); its message names {@code host:port}
     */
    public static SocketListener listen(String host, int port) {
        return listen(host, port, ConnectionTimeouts.NONE);
    }

    /**
     * Binds a listener as {@link #listen(String, int)} does; every stream it accepts has
     * {@code timeouts} (idle and write timeouts; see {@link ConnectionTimeouts}).
     *
     * <pre>{@code
     * SocketListener listener = Tcp.listen("0.0.0.0", 7000,
     *         new ConnectionTimeouts(Duration.ofMinutes(5), Duration.ofSeconds(30)));
     * }</pre>
     *
     * @throws NullPointerException if {@code host} or {@code timeouts} is null
     * @throws IllegalArgumentException if {@code port} is outside 0..65535
     * @throws BindFailedException if the address could not be bound
     */
    public static SocketListener listen(String host, int port, ConnectionTimeouts timeouts) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeouts, "timeouts");
        checkPort(port, 0);
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new BindFailedException(host, port, e);
        }
        ServerSocketChannel channel;
        try {
            channel = ServerSocketChannel.open(
                    address instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        } catch (IOException e) {
            throw new BindFailedException(host, port, e);
        } catch (UnsupportedOperationException e) {
            throw new BindFailedException(host, port, new IOException(e.getMessage(), e));
        }
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(address, port), BACKLOG);
            return new SocketListener(channel, timeouts);
        } catch (IOException e) {
            SocketPoller.close(channel);
            throw new BindFailedException(host, port, e);
        } catch (RuntimeException e) {
            SocketPoller.close(channel);
            throw new BrokenResourceException("Could not listen on " + formatHostPort(host, port), e);
        }
    }

    private static void checkPort(int port, int min) {
        if (port < min || port > 65535) {
            throw new IllegalArgumentException("port must be between " + min + " and 65535 (was " + port + ")");
        }
    }

    /** {@code host:port}, with brackets around an IPv6 literal. */
    static String formatHostPort(String host, int port) {
        return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }
}
