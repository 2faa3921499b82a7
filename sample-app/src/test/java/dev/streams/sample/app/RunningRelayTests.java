package dev.streams.sample.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running sample application, shared (one cached context) by the test classes that extend it:
 * the TLS listener and the actuator on random ports, the development certificates from
 * {@link RelayTestSupport}, small per-subscriber queues so that the slow-consumer policy triggers
 * quickly, long lines so that a few messages fill a socket, and few topics per connection so that
 * the cap is reached quickly.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "relay.dev-certificates.enabled=false",
    "streams.listeners.relay.port=0",
    "relay.subscriber-buffer-size=8",
    "relay.max-line-bytes=65536",
    "relay.max-topics-per-connection=20",
})
@AutoConfigureMetrics
abstract class RunningRelayTests {

    @LocalServerPort
    int webPort;

    @Value("${local.streams.listeners.relay.port}")
    int relayPort;

    @DynamicPropertySource
    static void certificates(DynamicPropertyRegistry registry) {
        registry.add("relay.dev-certificates.directory", RelayTestSupport.CERTIFICATES::toString);
    }

    PrometheusScrape scrape() throws Exception {
        return PrometheusScrape.of(this.webPort);
    }
}
