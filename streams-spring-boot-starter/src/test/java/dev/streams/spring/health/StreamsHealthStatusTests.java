package dev.streams.spring.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.spring.TestClients;
import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.spring.autoconfigure.health.StreamsHealthContributorAutoConfiguration;
import dev.streams.spring.listener.ManagedListener;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** API.md §14: a listener stopped by the application context is OUT_OF_SERVICE, not UP. */
class StreamsHealthStatusTests {

    @Test
    void aListenerStoppedByTheContextIsOutOfService() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StreamsListenerAutoConfiguration.class,
                    StreamsHealthContributorAutoConfiguration.class))
            .withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues("streams.listeners.plain.address=127.0.0.1", "streams.listeners.plain.port=0",
                    "streams.listeners.plain.ssl.enabled=false")
            .run(context -> {
                StreamsHealthIndicator health = context.getBean(StreamsHealthIndicator.class);
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                context.getBean(ManagedListener.class).stop(); // what the context does at shutdown
                assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            });
    }
}
