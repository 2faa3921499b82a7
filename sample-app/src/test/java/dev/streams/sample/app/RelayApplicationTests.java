package dev.streams.sample.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.sample.LineClient;
import dev.streams.sample.relay.LineProtocol;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end: the packaged application's configuration, real TLS clients on loopback, and the
 * metrics that an operator would scrape.
 */
class RelayApplicationTests extends RunningRelayTests {

    private static final Map<String, String> INBOUND = Map.of("channel", "inbound");
    private static final Map<String, String> RELAY = Map.of("listener", "relay");

    @Test
    void twoTlsClientsSubscribeAndPublishAndTheMetricsMove() throws Exception {
        PrometheusScrape before = scrape();
        try (LineClient alice = RelayTestSupport.connect(this.relayPort);
                LineClient bob = RelayTestSupport.connect(this.relayPort)) {
            assertThat(alice.call("SUB weather")).isEqualTo("OK SUB weather");
            assertThat(bob.call("SUB weather")).isEqualTo("OK SUB weather");
            bob.send("PUB weather sunny");
            assertThat(alice.line()).isEqualTo("MSG weather sunny");
            // Bob's own OK PUB and MSG travel different paths: either may come first.
            assertThat(List.of(bob.line(), bob.line())).containsExactlyInAnyOrder("OK PUB weather", "MSG weather sunny");
            for (int i = 0; i < 10; i++) {
                assertThat(alice.call("PUB news item " + i)).isEqualTo("OK PUB news");
            }

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                PrometheusScrape after = scrape();
                assertThat(after.value("streams_memory_items_sent_total", INBOUND)
                        - before.value("streams_memory_items_sent_total", INBOUND)).isEqualTo(11);
                assertThat(after.value("streams_memory_items_received_total", INBOUND)
                        - before.value("streams_memory_items_received_total", INBOUND)).isEqualTo(11);
                assertThat(after.value("relay_messages_published_total")
                        - before.value("relay_messages_published_total")).isEqualTo(11);
                assertThat(after.value("relay_messages_delivered_total")
                        - before.value("relay_messages_delivered_total")).isEqualTo(2);
            });
            PrometheusScrape during = scrape();
            assertThat(during.value("streams_memory_buffer_capacity", INBOUND)).isEqualTo(1024);
            assertThat(during.value("streams_memory_buffer_used", INBOUND)).isZero();
            assertThat(during.value("streams_memory_streams_open", Map.of("channel", "inbound", "side", "receive")))
                    .isGreaterThanOrEqualTo(1);
            assertThat(during.value("streams_listener_connections_active", RELAY)).isGreaterThanOrEqualTo(2);
            assertThat(during.value("relay_connections")).isGreaterThanOrEqualTo(2);
            assertThat(during.value("relay_subscriptions")).isGreaterThanOrEqualTo(2);
            assertThat(during.value("streams_listener_connections_accepted_total", RELAY)
                    - before.value("streams_listener_connections_accepted_total", RELAY)).isEqualTo(2);
            assertThat(during.value("streams_listener_handshakes_seconds_count",
                    Map.of("listener", "relay", "outcome", "success"))
                    - successfulHandshakes(before)).isEqualTo(2);
            // Plaintext bytes: at least the commands the clients sent and the lines they read.
            assertThat(during.value("streams_listener_bytes_received_bytes_total", RELAY)
                    - before.value("streams_listener_bytes_received_bytes_total", RELAY))
                    .isGreaterThanOrEqualTo(2 * "SUB weather\n".length() + "PUB weather sunny\n".length());
            assertThat(during.value("streams_listener_bytes_sent_bytes_total", RELAY)
                    - before.value("streams_listener_bytes_sent_bytes_total", RELAY))
                    .isGreaterThanOrEqualTo(2 * (LineProtocol.GREETING.length() + "MSG weather sunny\n".length()));
        }
    }

    private static double successfulHandshakes(PrometheusScrape scrape) {
        return scrape.samples().stream()
                .filter(s -> s.name().equals("streams_listener_handshakes_seconds_count"))
                .filter(s -> s.labels().contains("outcome=\"success\"") && s.labels().contains("listener=\"relay\""))
                .mapToDouble(PrometheusScrape.Sample::value).sum();
    }

    @Test
    void slowSubscriberIsDisconnectedWhileTheOthersKeepUp() throws Exception {
        double disconnectedBefore = scrape().value("relay_slow_consumers_disconnected_total");
        String payload = "x".repeat(60_000);
        try (LineClient slow = RelayTestSupport.connect(this.relayPort);
                LineClient fast = RelayTestSupport.connect(this.relayPort);
                LineClient publisher = RelayTestSupport.connect(this.relayPort)) {
            slow.call("SUB firehose");
            fast.call("SUB firehose");

            // The slow client reads nothing: its socket buffers fill, then its 8-line queue, then
            // the relay drops it. The fast one reads each message before the next is published.
            int published = 0;
            while (scrape().value("relay_slow_consumers_disconnected_total") == disconnectedBefore) {
                assertThat(published).as("messages published without dropping the slow consumer").isLessThan(2000);
                assertThat(publisher.call("PUB firehose " + published + " " + payload)).isEqualTo("OK PUB firehose");
                assertThat(fast.line()).startsWith("MSG firehose " + published + " ");
                published++;
            }

            assertThat(publisher.call("PUB firehose still-flowing")).isEqualTo("OK PUB firehose");
            assertThat(fast.line()).isEqualTo("MSG firehose still-flowing");
            List<String> slowLines = slow.linesUntilClosed();
            assertThat(slowLines).last().isEqualTo(LineProtocol.SLOW_CONSUMER);
            assertThat(slowLines).hasSizeLessThan(published);
            assertThat(scrape().value("relay_slow_consumers_disconnected_total") - disconnectedBefore).isEqualTo(1);
        }
    }

    @Test
    void malformedAndOverlongLinesAreAnsweredNotFatal() throws Exception {
        try (LineClient client = RelayTestSupport.connect(this.relayPort)) {
            assertThat(client.call("JUMP")).startsWith("ERR unknown command 'JUMP'");
            assertThat(client.call("PUB " + "y".repeat(70_000))).isEqualTo("ERR line too long (max 65536 bytes)");
            assertThat(client.call("STATS")).startsWith("STATS connections=");
            assertThat(client.call("QUIT")).isEqualTo("BYE");
            assertThat(client.awaitClosed()).isTrue();
        }
    }

    @Test
    void actuatorShowsTheStreamsEndpointAndHealth() throws Exception {
        try (LineClient client = RelayTestSupport.connect(this.relayPort)) {
            String streams = get("/actuator/streams");
            assertThat(streams).contains("\"inbound\"", "\"relay\"", "\"itemType\"",
                    "dev.streams.sample.relay.Publication", "\"activeConnections\"", "\"bundle\":\"server\"");
            String health = get("/actuator/health");
            assertThat(health).contains("\"status\":\"UP\"", "\"streams\"");
            assertThat(client.call("QUIT")).isEqualTo("BYE");
        }
    }

    @Test
    void everyStreamsMeterIsInTheScrape() throws Exception {
        assertThat(scrape().names()).contains(
                "streams_memory_buffer_used", "streams_memory_buffer_capacity", "streams_memory_tasks_waiting",
                "streams_memory_streams_open", "streams_memory_items_sent_total", "streams_memory_items_received_total",
                "streams_listener_connections_active", "streams_listener_connections_accepted_total",
                "streams_listener_handshakes_seconds_count", "streams_listener_handshakes_seconds_sum",
                "streams_listener_handshakes_seconds_max", "streams_listener_bytes_received_bytes_total",
                "streams_listener_bytes_sent_bytes_total");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + this.webPort + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
