package dev.streams.spring.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.ByteStream;
import dev.streams.StreamHandler;
import dev.streams.memory.MemoryObjectSendStream;
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

            Map<String, Object> body = get("/actuator/streams");
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
                .containsEntry("activeConnections", 1)
                .containsEntry("acceptedConnections", 1);
            assertThat((List<?>) listener.get("protocols")).isNotEmpty();
        }
    }

    @Test
    void healthContributorIsUpWithDetails() throws Exception {
        Map<String, Object> health = get("/actuator/health/streams");
        assertThat(health).containsEntry("status", "UP");
        Map<String, Object> details = map(health, "details");
        assertThat(map(map(details, "listeners"), "secure")).containsEntry("state", "RUNNING");
        assertThat(map(details, "channels")).containsKey("orders");
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
