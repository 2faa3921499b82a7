package dev.streams.sample.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.streams.StreamException;
import dev.streams.sample.LineClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the running relay by clients that complete the TLS handshake and then misbehave
 * (issue 17), and on its management endpoints. Each test fails against a relay without the limit
 * it checks.
 */
class HostileClientTests extends RunningRelayTests {

    private static final Map<String, String> RELAY = Map.of("listener", "relay");

    /**
     * A client that pipelines commands and never reads its replies: its replies fill the socket
     * buffers, then its queue, and the relay must drop it and free its connection slot, as it does a
     * subscriber that does not keep up, instead of parking the connection's reader forever.
     */
    @Test
    void aClientThatSendsCommandsAndNeverReadsIsDisconnectedAndItsSlotFreed() throws Exception {
        double droppedBefore = scrape().value("relay_slow_consumers_disconnected_total");
        byte[] commands = "STATS\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        AtomicReference<Throwable> sendFailure = new AtomicReference<>();
        try (LineClient attacker = RelayTestSupport.connect(this.relayPort)) {
            Thread flood = new Thread(() -> {
                try {
                    while (true) {
                        attacker.sendRaw(commands);
                    }
                } catch (StreamException | InterruptedException stopped) {
                    sendFailure.set(stopped); // the server closed the connection, or the test ended
                }
            }, "stats-flood");
            flood.setDaemon(true);
            flood.start();
            try {
                // Loose bound: buffers to fill, the reply timeout and the goodbye timeout (5 s each).
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    PrometheusScrape scrape = scrape();
                    assertThat(scrape.value("relay_slow_consumers_disconnected_total") - droppedBefore).isEqualTo(1);
                    // The slot is free while the attacker still holds its end open.
                    assertThat(scrape.value("streams_listener_connections_active", RELAY)).isZero();
                    assertThat(scrape.value("relay_connections")).isZero();
                });
                // The server's close reaches the attacker: its sending fails instead of blocking.
                flood.join(Duration.ofSeconds(30).toMillis());
                assertThat(flood.isAlive()).as("flood thread still sending").isFalse();
                assertThat(sendFailure.get()).isInstanceOf(StreamException.class);
            } finally {
                flood.interrupt();
            }
        }
        try (LineClient next = RelayTestSupport.connect(this.relayPort)) {
            assertThat(next.call("STATS")).startsWith("STATS connections=1 ");
        }
    }

    /** SUB of ever new topics: each connection gets {@code relay.max-topics-per-connection} (20 here). */
    @Test
    void subscriptionsBeyondTheConnectionsCapAreRefusedAndUnsubFreesRoom() throws Exception {
        try (LineClient client = RelayTestSupport.connect(this.relayPort)) {
            for (int i = 0; i < 20; i++) {
                assertThat(client.call("SUB cap-" + i)).isEqualTo("OK SUB cap-" + i);
            }
            assertThat(client.call("SUB cap-20")).isEqualTo("ERR too many topics on this connection (max 20)");
            assertThat(client.call("SUB cap-0")).as("an existing subscription").isEqualTo("OK SUB cap-0");
            assertThat(client.call("UNSUB cap-0")).isEqualTo("OK UNSUB cap-0");
            assertThat(client.call("SUB cap-20")).isEqualTo("OK SUB cap-20");
            client.send("PUB cap-20 still-served");
            assertThat(List.of(client.line(), client.line()))
                    .containsExactlyInAnyOrder("OK PUB cap-20", "MSG cap-20 still-served");
        }
    }

    /**
     * Health details, the streams endpoint and the Prometheus scrape are unauthenticated: the sample
     * serves them on the loopback interface only. A connection to another loopback address (which a
     * wildcard-bound server would accept) is refused.
     */
    @Test
    void managementEndpointsAreServedOnTheLoopbackAddressOnly() throws Exception {
        InetAddress otherLoopback = InetAddress.getByName("127.0.0.2");
        try (ServerSocket wildcard = new ServerSocket(0)) {
            assumeThat(accepts(otherLoopback, wildcard.getLocalPort()))
                    .as("127.0.0.2 reaches a wildcard-bound socket on this machine").isTrue();
        }
        assertThat(scrape().names()).contains("relay_connections"); // served on 127.0.0.1
        assertThatThrownBy(() -> accepts(otherLoopback, this.webPort)).isInstanceOf(ConnectException.class);
    }

    private static boolean accepts(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 10_000);
            return true;
        }
    }
}
