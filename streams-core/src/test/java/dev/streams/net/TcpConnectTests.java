package dev.streams.net;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TcpConnectTests {

    private static final long ONE_HOUR_NANOS = TimeUnit.HOURS.toNanos(1);

    @RegisterExtension
    final ResourceLeakCheck leakCheck = new ResourceLeakCheck();

    // ## Connecting ##

    @Test
    void connectReachesAListenerAndCarriesBytesBothWays() throws Exception {
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0);
                SocketStream client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
                SocketStream server = listener.accept()) {
            client.send("ping".getBytes(US_ASCII));
            assertThat(new String(server.receive(), US_ASCII)).isEqualTo("ping");
            server.send("pong".getBytes(US_ASCII));
            assertThat(new String(client.receive(), US_ASCII)).isEqualTo("pong");
        }
    }

    @Test
    void aLoopbackConnectUsuallyCompletesWithoutWaitingThroughThePoller() throws Exception {
        // issue 15: the kernel completes a loopback handshake before connect() returns, so one
        // non-blocking check after it saves the poller's register, wake-up and deregistration.
        // Under heavy load the kernel may defer that work, so only most of the tries must show it.
        int direct = 0;
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            for (int i = 0; i < 20; i++) {
                try (SocketStream client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
                        SocketStream server = listener.accept()) {
                    if (!client.extra(SocketAttribute.RAW_SOCKET).isRegistered()) {
                        direct++;
                    }
                    client.send(new byte[] {(byte) i});
                    assertThat(server.receive()).containsExactly(i);
                }
            }
        }
        assertThat(direct).as("connects that never registered with the poller, of 20").isGreaterThanOrEqualTo(10);
    }

    @Test
    void refusedConnectionFailsWithEveryAttemptSuppressed() throws IOException {
        // checklist 111 (single target: the one refusal is attached)
        int port = refusedPort();
        assertThatThrownBy(() -> Tcp.connect("127.0.0.1", port))
                .isInstanceOf(ConnectFailedException.class)
                .hasMessage("All connection attempts failed")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .isInstanceOf(ConnectException.class)
                        .satisfies(attempt -> assertThat(attempt.getMessage()).contains("127.0.0.1:" + port)));
    }

    @Test
    void everyFailedAddressIsReportedInAttemptOrder() throws IOException {
        // checklist 111 (several targets: AnyIO's ExceptionGroup becomes one suppressed exception each)
        int first = refusedPort();
        int second = refusedPort();
        List<InetSocketAddress> targets = List.of(loopback(first), loopback(second));
        assertThatThrownBy(() -> HappyEyeballs.connect(targets, ONE_HOUR_NANOS))
                .isInstanceOf(ConnectFailedException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2)
                        .allSatisfy(attempt -> assertThat(attempt).isInstanceOf(ConnectException.class))
                        .extracting(Throwable::getMessage)
                        .satisfiesExactly(
                                m -> assertThat(m).contains(":" + first + ")"),
                                m -> assertThat(m).contains(":" + second + ")")));
    }

    @Test
    void invalidArgumentsAreRejectedNamingThem() {
        assertThatThrownBy(() -> Tcp.connect(null, 80)).isInstanceOf(NullPointerException.class).hasMessage("host");
        assertThatThrownBy(() -> Tcp.connect("127.0.0.1", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
        assertThatThrownBy(() -> Tcp.connect("127.0.0.1", 65536)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
    }

    @Test
    void connectOnAnInterruptedThreadThrowsAtOnce() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> Tcp.connect("127.0.0.1", 1)).isInstanceOf(InterruptedException.class);
    }

    // ## Happy Eyeballs ##

    @Test
    void addressesAlternateFamiliesStartingWithTheFirst() throws IOException {
        InetAddress v6a = InetAddress.getByName("::1");
        InetAddress v6b = InetAddress.getByName("fe80::1");
        InetAddress v4a = InetAddress.getByName("127.0.0.1");
        InetAddress v4b = InetAddress.getByName("127.0.0.2");
        InetAddress v4c = InetAddress.getByName("127.0.0.3");
        assertThat(HappyEyeballs.order(List.of(v6a, v6b, v4a, v4b))).containsExactly(v6a, v4a, v6b, v4b);
        assertThat(HappyEyeballs.order(List.of(v4a, v4b, v4c, v6a))).containsExactly(v4a, v6a, v4b, v4c);
        assertThat(HappyEyeballs.order(List.of(v4a, v4b))).containsExactly(v4a, v4b);
        assertThat(HappyEyeballs.order(List.of())).isEmpty();
    }

    @Test
    void aRefusedAddressStartsTheNextAttemptAtOnce() throws Exception {
        // With a one-hour stagger, only "a failure starts the next attempt immediately" can finish in time.
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            int port = listener.extra(SocketAttribute.LOCAL_PORT);
            SocketChannel channel = HappyEyeballs.connect(List.of(loopback(refusedPort()), loopback(port)), ONE_HOUR_NANOS);
            try (SocketStream client = Tcp.open(channel); SocketStream server = listener.accept()) {
                assertThat(client.extra(SocketAttribute.REMOTE_PORT)).isEqualTo(port);
                assertThat(server.extra(SocketAttribute.REMOTE_ADDRESS)).isEqualTo(client.extra(SocketAttribute.LOCAL_ADDRESS));
            }
        }
    }

    @Test
    void aSlowAddressIsOvertakenAfterTheDelayAndClosed() throws Exception {
        try (UnansweredPort slow = new UnansweredPort(); SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            int port = listener.extra(SocketAttribute.LOCAL_PORT);
            SocketChannel channel = HappyEyeballs.connect(List.of(slow.address(), loopback(port)),
                    TimeUnit.MILLISECONDS.toNanos(50));
            try (SocketStream client = Tcp.open(channel); SocketStream server = listener.accept()) {
                assertThat(client.extra(SocketAttribute.REMOTE_PORT)).isEqualTo(port);
            }
        }
        // The pending attempt to the slow port was closed: ResourceLeakCheck verifies no socket is left.
    }

    @Test
    void theFirstSuccessWinsAndLaterAddressesAreNotTried() throws Exception {
        try (SocketListener first = Tcp.listen("127.0.0.1", 0); SocketListener second = Tcp.listen("127.0.0.1", 0)) {
            SocketChannel channel = HappyEyeballs.connect(List.of(loopback(first.extra(SocketAttribute.LOCAL_PORT)),
                    loopback(second.extra(SocketAttribute.LOCAL_PORT))), ONE_HOUR_NANOS);
            try (SocketStream client = Tcp.open(channel); SocketStream server = first.accept()) {
                assertThat(client.extra(SocketAttribute.REMOTE_PORT)).isEqualTo(first.extra(SocketAttribute.LOCAL_PORT));
                ServerSocketChannel secondRaw = second.extra(SocketAttribute.RAW_SERVER_SOCKET);
                assertThat(secondRaw.accept()).as("no connection reached the second address").isNull();
            }
        }
    }

    @Test
    void interruptingAConnectCancelsEveryPendingAttempt() throws Exception {
        try (UnansweredPort slow = new UnansweredPort()) {
            int port = slow.address().getPort();
            Background<SocketStream> connecting = Background.start("connect", () -> Tcp.connect("127.0.0.1", port))
                    .awaitParked();
            connecting.thread().interrupt();
            assertThat(connecting.failure()).isInstanceOf(InterruptedException.class);
        }
        // ResourceLeakCheck: the pending attempt's socket was closed.
    }

    @Test
    void ipv6AndIpv4LoopbackRaceAndTheListeningFamilyWins() throws Exception {
        Ipv6.assumeLoopbackAvailable();
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            int port = listener.extra(SocketAttribute.LOCAL_PORT);
            List<InetAddress> resolved = HappyEyeballs.order(
                    List.of(InetAddress.getByName("::1"), InetAddress.getByName("127.0.0.1")));
            List<InetSocketAddress> targets = resolved.stream().map(a -> new InetSocketAddress(a, port)).toList();
            SocketChannel channel = HappyEyeballs.connect(targets, ONE_HOUR_NANOS);
            try (SocketStream client = Tcp.open(channel); SocketStream server = listener.accept()) {
                assertThat(client.extra(SocketAttribute.FAMILY)).isEqualTo(StandardProtocolFamily.INET);
                client.send(new byte[] {4});
                assertThat(server.receive()).containsExactly(4);
            }
        }
    }

    @Test
    void localhostConnectsWhicheverFamilyItResolvesTo() throws Exception {
        InetAddress[] localhost = InetAddress.getAllByName("localhost");
        String bindHost = localhost[0].getHostAddress();
        try (SocketListener listener = Tcp.listen(bindHost, 0);
                SocketStream client = Tcp.connect("localhost", listener.extra(SocketAttribute.LOCAL_PORT));
                SocketStream server = listener.accept()) {
            assertThat(client.extra(SocketAttribute.REMOTE_ADDRESS).getAddress()).isEqualTo(localhost[0]);
        }
    }

    // ## Helpers ##

    private static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /** A loopback port nobody listens on: bound for a moment to get it, then released. */
    static int refusedPort() throws IOException {
        try (ServerSocketChannel probe = ServerSocketChannel.open()) {
            probe.bind(loopback(0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }
}
