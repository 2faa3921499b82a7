package dev.streams.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streams.spring.TestClients;
import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration;
import dev.streams.spring.listener.ManagedListener;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * One health indicator per listener and channel under {@code streamsComponents}, usable in a health
 * group, while the {@code streams} indicator keeps its shape (API.md §11).
 */
class StreamsComponentsHealthTests {

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
                    HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class,
                    StreamsMemoryAutoConfiguration.class, StreamsListenerAutoConfiguration.class,
                    StreamsHealthContributorAutoConfiguration.class))
            .withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues("management.endpoint.health.show-details=always",
                    "management.endpoint.health.group.plain.include=streamsComponents/listeners/plain",
                    "management.endpoint.health.group.plain.show-details=always",
                    "streams.memory.channels.orders.buffer-size=4",
                    "streams.listeners.plain.address=127.0.0.1", "streams.listeners.plain.port=0",
                    "streams.listeners.plain.ssl.enabled=false",
                    "streams.listeners.other.address=127.0.0.1", "streams.listeners.other.port=0",
                    "streams.listeners.other.ssl.enabled=false");
    }

    @Test
    void eachListenerAndChannelHasItsOwnIndicatorAndStreamsKeepsItsShape() {
        contextRunner().run(context -> {
            HealthEndpoint health = context.getBean(HealthEndpoint.class);
            ManagedListener plain = context.getBean("plainListenerLifecycle", ManagedListener.class);
            IndicatedHealthDescriptor listener = (IndicatedHealthDescriptor) health.healthForPath("streamsComponents",
                    "listeners", "plain");
            assertThat(listener.getStatus()).isEqualTo(Status.UP);
            assertThat(listener.getDetails()).containsEntry("port", plain.port()).containsEntry("state", "RUNNING");
            IndicatedHealthDescriptor channel = (IndicatedHealthDescriptor) health.healthForPath("streamsComponents",
                    "channels", "orders");
            assertThat(channel.getStatus()).isEqualTo(Status.UP);
            assertThat(channel.getDetails()).containsEntry("status", "open");
            IndicatedHealthDescriptor streams = (IndicatedHealthDescriptor) health.healthForPath("streams");
            assertThat(streams.getDetails()).containsOnlyKeys("channels", "listeners");
        });
    }

    @Test
    void aHealthGroupCanWatchOneListener() {
        contextRunner().run(context -> {
            assertThat(context.getBean(HealthEndpointGroups.class).get("plain")
                .isMember("streamsComponents/listeners/plain")).isTrue();
            HealthEndpoint health = context.getBean(HealthEndpoint.class);
            assertThat(health.healthForPath("plain").getStatus()).isEqualTo(Status.UP);

            context.getBean("otherListenerLifecycle", ManagedListener.class).stop();
            assertThat(health.healthForPath("streamsComponents", "listeners", "other").getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.healthForPath("plain").getStatus()).as("the group watches 'plain' only")
                .isEqualTo(Status.UP);

            context.getBean("plainListenerLifecycle", ManagedListener.class).stop();
            assertThat(health.healthForPath("plain").getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        });
    }
}
