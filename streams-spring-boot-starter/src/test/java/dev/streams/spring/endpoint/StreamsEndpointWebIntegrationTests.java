package dev.streams.spring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.ByteStream;
import dev.streams.StreamHandler;
import dev.streams.memory.MemoryObjectReceiveStream;
import dev.streams.memory.MemoryObjectSendStream;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import dev.streams.spring.TestClients;
import dev.streams.spring.TestPemBundle;
import dev.streams.spring.listener.ManagedListener;
import dev.streams.test.TestCertificateAuthority;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/** The whole starter through {@code @EnableAutoConfiguration}, with the endpoint and health over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.endpoints.web.exposure.include=streams,health",
                "management.endpoint.health.show-details=always", "streams.memory.channels.orders.buffer-size=10",
                "streams.memory.channels.orders.item-type=java.lang.String",
                "streams.memory.channels.orders.drain-timeout=0s",
                "streams.memory.channels.events.buffer-size=3",
                "streams.listeners.secure.address=127.0.0.1", "streams.listeners.secure.port=0",
                "streams.listeners.secure.ssl.bundle=server" })
class StreamsEndpointWebIntegrationTests {

    private static final TestCertificateAuthority ca = TestCertificateAuthority.create();

    private static Path directory;

    @LocalServerPort
    int httpPort;

    @Value("${local.streams.listeners.secure.port}")
    int listenerPort;

    @Autowired
    @Qualifier("orders")
    MemoryObjectSendStream<String> orders;

    @DynamicPropertySource
    static void sslBundle(DynamicPropertyRegistry registry) throws IOException {
        directory = Files.createTempDirectory("streams-endpoint");
        TestPemBundle pem = TestPemBundle.write(directory, ca.issue("127.0.0.1"), ca);
        for (String property : pem.properties("server", true)) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
    }

    @AfterAll
    static void deleteBundle() throws IOException {
        FileSystemUtils.deleteRecursively(directory);
    }

    @Test
    void endpointReportsChannelsAndListeners() throws Exception {
        this.orders.send("a");
        this.orders.send("b");
        try (SSLSocket socket = TestClients.tls(ca.clientContext(), this.listenerPort)) {
            assertThat(TestClients.exchange(socket, "ping")).isEqualTo("ping");

            // a connection of another test may still be closing: wait until only ours is open
            await().atMost(Duration.ofSeconds(10))
                .until(() -> map(map(get("/actuator/streams"), "listeners"), "secure").get("activeConnections")
                    .equals(1));
            Map<String, Object> body = get("/actuator/streams");
            assertThat(body).containsOnlyKeys("channels", "listeners"); // no "kafka" without Kafka channels
            Map<String, Object> channel = map(map(body, "channels"), "orders");
            assertThat(channel).containsOnlyKeys("currentBufferUsed", "maxBufferSize", "openSendStreams",
                    "openReceiveStreams", "tasksWaitingSend", "tasksWaitingReceive", "itemType", "itemsSent",
                    "itemsReceived");
            assertThat(channel).containsEntry("currentBufferUsed", 2)
                .containsEntry("maxBufferSize", 10)
                .containsEntry("itemType", "java.lang.String")
                .containsEntry("itemsSent", 2);

            Map<String, Object> listener = map(map(body, "listeners"), "secure");
            assertThat(listener).containsOnlyKeys("address", "port", "tls", "bundle", "protocols", "clientAuth",
                    "activeConnections", "acceptedConnections");
            assertThat(listener).containsEntry("address", "127.0.0.1")
                .containsEntry("port", this.listenerPort)
                .containsEntry("tls", true)
                .containsEntry("bundle", "server")
                .containsEntry("clientAuth", "none")
                .containsEntry("activeConnections", 1);
            assertThat((Integer) listener.get("acceptedConnections")).isPositive();
            assertThat((List<?>) listener.get("protocols")).isNotEmpty();
        }
    }

    @Test
    void healthContributorIsUpWithDetails() throws Exception {
        Map<String, Object> health = get("/actuator/health/streams");
        assertThat(health).containsEntry("status", "UP");
        Map<String, Object> details = map(health, "details");
        assertThat(details).containsOnlyKeys("channels", "listeners"); // no "kafka" without Kafka channels
        assertThat(map(map(details, "listeners"), "secure")).containsEntry("state", "RUNNING");
        assertThat(map(details, "channels")).containsKey("orders");
    }

    @Test
    void metersFollowTheChannelAndTheListener(@Autowired MeterRegistry registry,
            @Autowired @Qualifier("events") MemoryObjectSendStream<Object> send,
            @Autowired @Qualifier("events") MemoryObjectReceiveStream<Object> receive) throws Exception {
        Gauge used = registry.get("streams.memory.buffer.used").tag("channel", "events").gauge();
        send.send(1);
        send.send(2);
        assertThat(used.value()).isEqualTo(2);
        receive.receive();
        assertThat(used.value()).isEqualTo(1);
        receive.receive();
        assertThat(used.value()).isZero();
        assertThat(registry.get("streams.memory.items.received").tag("channel", "events").functionCounter().count())
            .isEqualTo(2);
        double before = registry.get("streams.listener.bytes.received").tag("listener", "secure").functionCounter()
            .count();
        try (SSLSocket socket = TestClients.tls(ca.clientContext(), this.listenerPort)) {
            assertThat(TestClients.exchange(socket, "12345")).isEqualTo("12345");
        }
        assertThat(registry.get("streams.listener.bytes.received").tag("listener", "secure").functionCounter().count())
            .isEqualTo(before + 5);
    }

    @Test
    void theListenerIsAManagedTlsListener(@Autowired ManagedListener managed) {
        assertThat(managed.tls()).isTrue();
        assertThat(managed.port()).isEqualTo(this.listenerPort);
    }

    private Map<String, Object> get(String path) throws Exception {
        HttpClient client = HttpClient.newHttpClient(); // AutoCloseable only from JDK 21
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParserFactory.getJsonParser().parseMap(response.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        StreamHandler<ByteStream> echoHandler() {
            return TestClients.echo();
        }
    }
}
