package dev.streams.sample.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.kafka.test.EmbeddedBroker;
import dev.streams.sample.LineClient;
import dev.streams.sample.RelayApplication;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The cluster profile: two relay instances in one JVM share their inbound channel over an embedded
 * Kafka broker, so a PUB on one instance reaches a SUB on the other (and on itself).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ClusterProfileTests {

    private static ConfigurableApplicationContext start(String instance) {
        // Command-line arguments, which outrank the cluster profile's own bootstrap-servers.
        String[] arguments = Stream.concat(Stream.of(EmbeddedBroker.properties()), Stream.of(
                "relay.instance=" + instance,
                "relay.dev-certificates.enabled=false",
                "relay.dev-certificates.directory=" + RelayTestSupport.CERTIFICATES,
                "streams.listeners.relay.port=0",
                "server.port=0")).map(property -> "--" + property).toArray(String[]::new);
        return new SpringApplicationBuilder(RelayApplication.class).profiles("cluster").run(arguments);
    }

    private static int relayPort(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.streams.listeners.relay.port", Integer.class);
    }

    @Test
    void aPublicationOnOneInstanceReachesTheSubscribersOfBoth() throws Exception {
        try (ConfigurableApplicationContext first = start("a");
                ConfigurableApplicationContext second = start("b");
                LineClient publisher = RelayTestSupport.connect(relayPort(first));
                LineClient remote = RelayTestSupport.connect(relayPort(second));
                LineClient local = RelayTestSupport.connect(relayPort(first))) {
            assertThat(remote.call("SUB news")).isEqualTo("OK SUB news");
            assertThat(local.call("SUB news")).isEqualTo("OK SUB news");
            awaitGroupsJoined("streams-relay-a", "streams-relay-b");

            assertThat(publisher.call("PUB news hello from a")).isEqualTo("OK PUB news");

            assertThat(remote.line()).isEqualTo("MSG news hello from a");
            assertThat(local.line()).isEqualTo("MSG news hello from a");

            // The Grafana dashboard's Kafka panels query meters that a cluster instance exports.
            int webPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            assertThat(GrafanaDashboardTests.kafkaMetrics()).hasSizeGreaterThanOrEqualTo(5)
                .isSubsetOf(PrometheusScrape.of(webPort).names());
        }
    }

    /** Each instance's listener has its partition, so nothing published now is missed or late. */
    private static void awaitGroupsJoined(String... groups) {
        try (Admin admin = EmbeddedBroker.admin()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> admin
                .describeConsumerGroups(List.of(groups)).all().get(10, TimeUnit.SECONDS).values().stream()
                .allMatch(g -> g.members().stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty())));
        }
    }
}
