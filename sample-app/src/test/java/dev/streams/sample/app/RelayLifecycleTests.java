package dev.streams.sample.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.streams.BrokenResourceException;
import dev.streams.sample.LineClient;
import dev.streams.sample.RelayApplication;
import dev.streams.sample.relay.LineProtocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starting and stopping the application as a whole: graceful shutdown, and the mtls profile. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RelayLifecycleTests {

    private static final int MESSAGES = 500;

    private static ConfigurableApplicationContext start(String... profiles) {
        // Command-line arguments, as an operator would pass them: they override application.yml.
        // The subscriber queue holds every message of the test, so that however the threads are
        // scheduled the slow-consumer policy cannot drop the subscriber: what is tested is shutdown.
        return new SpringApplicationBuilder(RelayApplication.class).profiles(profiles).run(
                "--relay.dev-certificates.enabled=false",
                "--relay.dev-certificates.directory=" + RelayTestSupport.CERTIFICATES,
                "--relay.subscriber-buffer-size=" + (MESSAGES + 10),
                "--streams.listeners.relay.port=0",
                "--server.port=0");
    }

    private static int relayPort(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.streams.listeners.relay.port", Integer.class);
    }

    @Test
    void gracefulShutdownDeliversEveryAcknowledgedMessageBeforeSayingGoodbye() throws Exception {
        ConfigurableApplicationContext context = start();
        int port = relayPort(context);
        try (LineClient subscriber = RelayTestSupport.connect(port);
                LineClient publisher = RelayTestSupport.connect(port)) {
            assertThat(subscriber.call("SUB orders")).isEqualTo("OK SUB orders");
            int count = MESSAGES;
            for (int i = 0; i < count; i++) {
                publisher.send("PUB orders order-" + i); // pipelined: the replies are read below
            }
            for (int i = 0; i < count; i++) {
                assertThat(publisher.line()).isEqualTo("OK PUB orders");
            }

            context.close(); // while most messages may still be in the channel or in queues

            List<String> received = subscriber.linesUntilClosed();
            assertThat(received).hasSize(count + 1).last().isEqualTo(LineProtocol.SHUTTING_DOWN);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                expected.add("MSG orders order-" + i);
            }
            assertThat(received.subList(0, count)).isEqualTo(expected);
            assertThat(publisher.linesUntilClosed()).containsExactly(LineProtocol.SHUTTING_DOWN);
        } finally {
            context.close();
        }
        assertThat(context.isActive()).isFalse();
    }

    @Test
    void mtlsProfileRequiresAClientCertificateFromTheDevelopmentCa() throws Exception {
        try (ConfigurableApplicationContext context = start("mtls")) {
            int port = relayPort(context);
            try (LineClient client = RelayTestSupport.connectWithClientCertificate(port)) {
                assertThat(client.call("STATS")).startsWith("STATS connections=1 ");
            }
            assertThatThrownBy(() -> RelayTestSupport.connect(port).close())
                    .isInstanceOf(BrokenResourceException.class);

            int webPort = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Map<String, String> relay = Map.of("listener", "relay");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                PrometheusScrape scrape = PrometheusScrape.of(webPort);
                assertThat(scrape.value("streams_listener_handshakes_seconds_count",
                        Map.of("listener", "relay", "outcome", "success"))).isEqualTo(1);
                assertThat(scrape.value("streams_listener_handshakes_seconds_count",
                        Map.of("listener", "relay", "outcome", "failure"))).isEqualTo(1);
                assertThat(scrape.value("streams_listener_connections_accepted_total", relay)).isEqualTo(2);
            });
        }
    }
}
