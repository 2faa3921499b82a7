package dev.streams.net;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;

/** Whether this machine can bind the IPv6 loopback address, {@code ::1}. */
final class Ipv6 {

    private static final boolean LOOPBACK_AVAILABLE = probe();

    private Ipv6() {
    }

    static void assumeLoopbackAvailable() {
        assumeTrue(LOOPBACK_AVAILABLE, "[no IPv6] IPv6 loopback (::1) is not available on this machine");
    }

    private static boolean probe() {
        try (ServerSocketChannel probe = ServerSocketChannel.open(StandardProtocolFamily.INET6)) {
            probe.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
