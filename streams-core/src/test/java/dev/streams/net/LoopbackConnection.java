package dev.streams.net;

/**
 * A listener on 127.0.0.1 and one connection through it, both ends open: the fixture of the socket
 * stream tests. Closing it closes both ends, then the listener.
 *
 * <pre>{@code
 * LoopbackConnection connection = LoopbackConnection.open();
 * connection.client().send(new byte[] {1});
 * assertThat(connection.server().receive()).containsExactly(1);
 * connection.close();
 * }</pre>
 */
record LoopbackConnection(SocketListener listener, SocketStream client, SocketStream server) implements AutoCloseable {

    static LoopbackConnection open() throws InterruptedException {
        SocketListener listener = Tcp.listen("127.0.0.1", 0);
        SocketStream client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
        return new LoopbackConnection(listener, client, listener.accept());
    }

    @Override
    public void close() {
        client.close();
        server.close();
        listener.close();
    }
}
