package dev.streams.net;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.BusyResourceException;
import dev.streams.ClosedResourceException;
import dev.streams.TypedAttributeLookupException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SocketListenerTests {

    @RegisterExtension
    final ResourceLeakCheck leakCheck = new ResourceLeakCheck();

    @Test
    void portZeroBindsAnEphemeralPort() {
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            InetSocketAddress local = listener.extra(SocketAttribute.LOCAL_ADDRESS);
            assertThat(local.getPort()).isPositive().isEqualTo(listener.extra(SocketAttribute.LOCAL_PORT));
            assertThat(local.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void listenerHasLocalAttributesButNoRemoteOnes() throws IOException {
        // checklist 113: listeners have no remote_* extras
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            ServerSocketChannel raw = listener.extra(SocketAttribute.RAW_SERVER_SOCKET);
            assertThat(listener.extra(SocketAttribute.LOCAL_ADDRESS)).isEqualTo(raw.getLocalAddress());
            assertThat(listener.extra(SocketAttribute.FAMILY)).isEqualTo(StandardProtocolFamily.INET);
            assertThat(raw.getOption(StandardSocketOptions.SO_REUSEADDR)).isTrue();
            assertThatThrownBy(() -> listener.extra(SocketAttribute.REMOTE_ADDRESS))
                    .isInstanceOf(TypedAttributeLookupException.class);
            assertThatThrownBy(() -> listener.extra(SocketAttribute.REMOTE_PORT))
                    .isInstanceOf(TypedAttributeLookupException.class);
            assertThatThrownBy(() -> listener.extra(SocketAttribute.RAW_SOCKET))
                    .isInstanceOf(TypedAttributeLookupException.class);
        }
    }

    @Test
    void acceptAfterCloseIsClosed() {
        // checklist 113
        SocketListener listener = Tcp.listen("127.0.0.1", 0);
        listener.close();
        listener.close(); // idempotent
        assertThatThrownBy(listener::accept).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void closeFromAnotherThreadWakesABlockedAccept() throws Exception {
        SocketListener listener = Tcp.listen("127.0.0.1", 0);
        Background<SocketStream> accepting = Background.start("accept", listener::accept).awaitAccepting();
        listener.close();
        assertThat(accepting.failure()).isInstanceOf(ClosedResourceException.class);
    }

    @Test
    void closeReleasesThePortAtOnce() {
        SocketListener first = Tcp.listen("127.0.0.1", 0);
        int port = first.extra(SocketAttribute.LOCAL_PORT);
        first.close();
        try (SocketListener second = Tcp.listen("127.0.0.1", port)) {
            assertThat(second.extra(SocketAttribute.LOCAL_PORT)).isEqualTo(port);
        }
    }

    @Test
    void interruptedAcceptLeavesTheListenerAccepting() throws Exception {
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Background<SocketStream> accepting = Background.start("accept", listener::accept).awaitAccepting();
            accepting.thread().interrupt();
            assertThat(accepting.failure()).isInstanceOf(InterruptedException.class);

            try (SocketStream client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
                    SocketStream server = listener.accept()) {
                client.send("hi".getBytes(US_ASCII));
                assertThat(new String(server.receive(), US_ASCII)).isEqualTo("hi");
            }
        }
    }

    @Test
    void aPlatformThreadWaitsForAConnectionOnTheListenersOwnSelector() throws Exception {
        // issue 15: no hand-off through the poller thread per accepted connection
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Background<SocketStream> accepting = Background.start("accept", listener::accept).awaitAccepting();
            assertThat(accepting.isSelectingIn(SocketListener.class)).as("waiting in the listener's selector").isTrue();
            try (SocketStream client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
                    SocketStream server = accepting.result()) {
                client.send("hi".getBytes(US_ASCII));
                assertThat(new String(server.receive(), US_ASCII)).isEqualTo("hi");
            }
        }
    }

    @ParameterizedTest(name = "{0} thread")
    @ValueSource(strings = {"platform", "task"})
    void anInterruptedAcceptLosesNoPendingConnection(String kind) throws Exception {
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            int port = listener.extra(SocketAttribute.LOCAL_PORT);
            Callable<SocketStream> accept = listener::accept;
            Background<SocketStream> accepting = (kind.equals("task")
                    ? Background.startTask("accept", accept) : Background.start("accept", accept)).awaitAccepting();
            accepting.thread().interrupt();
            assertThat(accepting.failure()).isInstanceOf(InterruptedException.class);
            // Two clients connect while nobody accepts; both are still there for the next accepts.
            try (SocketStream first = Tcp.connect("127.0.0.1", port);
                    SocketStream second = Tcp.connect("127.0.0.1", port);
                    SocketStream one = listener.accept();
                    SocketStream two = listener.accept()) {
                first.send(new byte[] {1});
                second.send(new byte[] {2});
                assertThat(one.receive()).containsExactly(1);
                assertThat(two.receive()).containsExactly(2);
            }
        }
    }

    @Test
    void secondConcurrentAccepterIsBusy() throws Exception {
        try (SocketListener listener = Tcp.listen("127.0.0.1", 0)) {
            Background<SocketStream> accepting = Background.start("accept", listener::accept).awaitAccepting();
            assertThatThrownBy(listener::accept).isInstanceOf(BusyResourceException.class)
                    .hasMessageContaining("already accepting connections from");
            accepting.thread().interrupt();
            assertThat(accepting.failure()).isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void closingTheListenerLeavesAcceptedStreamsOpen() throws Exception {
        SocketListener listener = Tcp.listen("127.0.0.1", 0);
        try (SocketStream client = Tcp.connect("127.0.0.1", listener.extra(SocketAttribute.LOCAL_PORT));
                SocketStream server = listener.accept()) {
            listener.close();
            server.send(new byte[] {5});
            assertThat(client.receive()).containsExactly(5);
        }
    }

    @Test
    void portInUseFailsNamingHostPortAndCause() {
        try (SocketListener taken = Tcp.listen("127.0.0.1", 0)) {
            int port = taken.extra(SocketAttribute.LOCAL_PORT);
            assertThatThrownBy(() -> Tcp.listen("127.0.0.1", port))
                    .isInstanceOfSatisfying(BindFailedException.class, e -> {
                        assertThat(e.host()).isEqualTo("127.0.0.1");
                        assertThat(e.port()).isEqualTo(port);
                    })
                    .hasMessageStartingWith("Could not listen on 127.0.0.1:" + port + ": ")
                    .hasCauseInstanceOf(BindException.class);
        }
    }

    @Test
    void invalidArgumentsAreRejectedNamingThem() {
        assertThatThrownBy(() -> Tcp.listen(null, 0)).isInstanceOf(NullPointerException.class).hasMessage("host");
        assertThatThrownBy(() -> Tcp.listen("127.0.0.1", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
        assertThatThrownBy(() -> Tcp.listen("127.0.0.1", 65536)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
    }

    @Test
    void serveRunsEachConnectionOnItsOwnThreadUntilClosed() throws Exception {
        // checklist 114's single-listener half: the handler sees each client's address
        SocketListener listener = Tcp.listen("127.0.0.1", 0);
        int port = listener.extra(SocketAttribute.LOCAL_PORT);
        Background<Void> serving = Background.<Void>start("serve", () -> {
            listener.serve(stream -> {
                byte[] greeting = ("port " + stream.extra(SocketAttribute.REMOTE_PORT)).getBytes(US_ASCII);
                stream.send(greeting);
                for (byte[] chunk : stream) {
                    stream.send(chunk);
                }
            });
            return null;
        });
        List<SocketStream> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                clients.add(Tcp.connect("127.0.0.1", port));
            }
            for (SocketStream client : clients) {
                String greeting = new String(client.receive(), US_ASCII);
                assertThat(greeting).isEqualTo("port " + client.extra(SocketAttribute.LOCAL_PORT));
                client.send("echo".getBytes(US_ASCII));
                client.sendEof();
                assertThat(new String(SocketStreamTests.receiveAll(client), US_ASCII)).isEqualTo("echo");
            }
        } finally {
            clients.forEach(SocketStream::close);
            listener.close();
        }
        serving.result(); // serve returns once the listener is closed and the handlers are done
    }

    @Test
    void ipv6LoopbackListenerAcceptsIpv6Clients() throws Exception {
        Ipv6.assumeLoopbackAvailable();
        try (SocketListener listener = Tcp.listen("::1", 0);
                SocketStream client = Tcp.connect("::1", listener.extra(SocketAttribute.LOCAL_PORT));
                SocketStream server = listener.accept()) {
            assertThat(listener.extra(SocketAttribute.FAMILY)).isEqualTo(StandardProtocolFamily.INET6);
            assertThat(client.extra(SocketAttribute.FAMILY)).isEqualTo(StandardProtocolFamily.INET6);
            assertThat(server.extra(SocketAttribute.REMOTE_ADDRESS)).isEqualTo(client.extra(SocketAttribute.LOCAL_ADDRESS));
            client.send(new byte[] {6});
            assertThat(server.receive()).containsExactly(6);
        }
    }
}
