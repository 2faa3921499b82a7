package dev.streams.net;

import dev.streams.ConnectionAttribute;
import dev.streams.TypedAttribute;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The extra attributes of {@link SocketStream}s and {@link SocketListener}s (AnyIO's
 * {@code SocketAttribute}).
 *
 * <pre>{@code
 * try (SocketStream stream = Tcp.connect("127.0.0.1", port)) {
 *     InetSocketAddress peer = stream.extra(SocketAttribute.REMOTE_ADDRESS);
 *     int localPort = stream.extra(SocketAttribute.LOCAL_PORT);
 * }
 * }</pre>
 *
 * <p>Streams have every attribute except {@link #RAW_SERVER_SOCKET}. Listeners have
 * {@link #FAMILY}, {@link #LOCAL_ADDRESS}, {@link #LOCAL_PORT} and {@link #RAW_SERVER_SOCKET}; asking
 * a listener for {@code REMOTE_*} or {@code RAW_SOCKET} throws
 * {@link dev.streams.TypedAttributeLookupException}. Addresses are read once, when the socket is
 * connected or bound, so they stay readable after close. The keys are constants; thread-safe.
 */
public final class SocketAttribute {

    /**
     * {@link java.net.StandardProtocolFamily#INET} or {@code INET6}: the family of the local
     * address as Java reports it (an IPv4 peer of a dual-stack listener reads as {@code INET}).
     */
    public static final TypedAttribute<ProtocolFamily> FAMILY = TypedAttribute.of("family", ProtocolFamily.class);

    /** The bound local address and port. */
    public static final TypedAttribute<InetSocketAddress> LOCAL_ADDRESS =
            TypedAttribute.of("localAddress", InetSocketAddress.class);

    /** The bound local port; for a listener on port 0, the ephemeral port it got. */
    public static final TypedAttribute<Integer> LOCAL_PORT = TypedAttribute.of("localPort", Integer.class);

    /**
     * The peer's address and port (streams only). The same key as
     * {@link ConnectionAttribute#REMOTE_ADDRESS}, which layers above a transport (TLS) read.
     */
    public static final TypedAttribute<InetSocketAddress> REMOTE_ADDRESS = ConnectionAttribute.REMOTE_ADDRESS;

    /** The peer's port (streams only). The same key as {@link ConnectionAttribute#REMOTE_PORT}. */
    public static final TypedAttribute<Integer> REMOTE_PORT = ConnectionAttribute.REMOTE_PORT;

    /**
     * The stream's channel, for socket options this library does not cover. It is in
     * <strong>non-blocking</strong> mode and owned by the stream: reading, writing, closing it or
     * making it blocking behind the stream's back breaks the stream.
     */
    public static final TypedAttribute<SocketChannel> RAW_SOCKET = TypedAttribute.of("rawSocket", SocketChannel.class);

    /**
     * The listener's channel (listeners only; non-blocking, owned by the listener). An addition to
     * AnyIO's set, whose {@code raw_socket} has no Java type covering both ends.
     */
    public static final TypedAttribute<ServerSocketChannel> RAW_SERVER_SOCKET =
            TypedAttribute.of("rawServerSocket", ServerSocketChannel.class);

    private SocketAttribute() {
    }
}
