package dev.streams.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port where a connection attempt stays pending: a listener with backlog 1 that never
 * accepts, whose accept queue is filled first. Linux then drops further SYNs, so a new connect
 * neither succeeds nor fails for seconds: the "slow address" of a Happy Eyeballs race, without
 * any traffic leaving the machine.
 */
final class UnansweredPort implements AutoCloseable {

    private final ServerSocketChannel server;
    private final List<SocketChannel> fillers = new ArrayList<>();

    UnansweredPort() throws IOException {
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1); // 0 would mean "default" (50)
        try {
            for (int i = 0; i < 16; i++) {
                SocketChannel filler = SocketChannel.open();
                fillers.add(filler);
                filler.configureBlocking(false);
                if (!filler.connect(address()) && !connectsWithin(filler, 300)) {
                    return; // this one is stuck: the queue is full
                }
            }
            throw new IllegalStateException("the accept queue never filled up");
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    InetSocketAddress address() throws IOException {
        return (InetSocketAddress) server.getLocalAddress();
    }

    private static boolean connectsWithin(SocketChannel channel, long millis) throws IOException {
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_CONNECT);
            if (selector.select(millis) == 0) {
                return false;
            }
            return channel.finishConnect();
        }
    }

    @Override
    public void close() throws IOException {
        for (SocketChannel filler : fillers) {
            filler.close();
        }
        server.close();
    }
}
