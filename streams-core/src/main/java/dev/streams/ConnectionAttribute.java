package dev.streams;

import java.net.InetSocketAddress;

/**
 * The peer of a network connection, for layers that run over a transport without knowing its type
 * (TLS, a handler served by a listener). These are the very keys
 * {@link dev.streams.net.SocketAttribute#REMOTE_ADDRESS} and
 * {@link dev.streams.net.SocketAttribute#REMOTE_PORT} (keys compare by identity, so either name
 * finds the same value); a transport that is no connection, such as an in-memory stream, has
 * neither.
 *
 * <pre>{@code
 * InetSocketAddress peer = stream.extra(ConnectionAttribute.REMOTE_ADDRESS, null); // null: no peer
 * }</pre>
 *
 * <p>They live here rather than in {@code dev.streams.net} so that a layer above the transport
 * (the {@code tls} package) can read them without depending on the socket package, which itself
 * depends on {@code tls} ({@code Tcp.connect} with TLS options). The keys are constants;
 * thread-safe.
 */
public final class ConnectionAttribute {

    /** The peer's address and port. */
    public static final TypedAttribute<InetSocketAddress> REMOTE_ADDRESS =
            TypedAttribute.of("remoteAddress", InetSocketAddress.class);

    /** The peer's port. */
    public static final TypedAttribute<Integer> REMOTE_PORT = TypedAttribute.of("remotePort", Integer.class);

    private ConnectionAttribute() {
    }
}
