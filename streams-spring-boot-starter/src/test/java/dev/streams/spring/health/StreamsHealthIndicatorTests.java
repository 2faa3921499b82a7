package dev.streams.spring.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.Listener;
import dev.streams.memory.MemoryObjectSendStream;
import dev.streams.spring.TestClients;
import dev.streams.spring.autoconfigure.StreamsListenerAutoConfiguration;
import dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration;
import dev.streams.spring.autoconfigure.health.StreamsHealthContributorAutoConfiguration;
import dev.streams.spring.channel.MemoryChannels;
import dev.streams.spring.listener.ManagedListener;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StreamsHealthIndicatorTests {

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StreamsMemoryAutoConfiguration.class,
                    StreamsListenerAutoConfiguration.class, StreamsHealthContributorAutoConfiguration.class))
            .withUserConfiguration(TestClients.EchoHandlerConfiguration.class)
            .withPropertyValues("streams.memory.channels.orders.buffer-size=4",
                    "streams.listeners.plain.address=127.0.0.1", "streams.listeners.plain.port=0",
                    "streams.listeners.plain.ssl.enabled=false");
    }

    @Test
    void shouldBeUpAndListEveryChannelAndListener() {
        contextRunner().run(context -> {
            Health health = context.getBean("streamsHealthIndicator", StreamsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(detail(health, "channels", "orders")).containsEntry("status", "open");
            assertThat(detail(health, "listeners", "plain")).containsEntry("state", "RUNNING")
                .containsEntry("port", context.getBean(ManagedListener.class).port());
        });
    }

    @Test
    void shouldBeDownWhenAListenerStopsUnexpectedly() {
        contextRunner().run(context -> {
            ((Listener<?>) context.getBean("plainListener")).close(); // not through the lifecycle
            ManagedListener managed = context.getBean(ManagedListener.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> managed.state() == ManagedListener.State.FAILED);
            Health health = context.getBean(StreamsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(detail(health, "listeners", "plain")).containsEntry("state", "FAILED").containsKey("error");
        });
    }

    @Test
    void shouldReportAChannelWhoseReceiversAreGoneAsBroken() {
        contextRunner().run(context -> {
            context.getBean(MemoryChannels.class).get("orders").receiveStream().close();
            MemoryObjectSendStream<?> send = context.getBean("ordersSendStream", MemoryObjectSendStream.class);
            assertThat(send.isClosed()).isFalse();
            Health health = context.getBean(StreamsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(detail(health, "channels", "orders")).containsEntry("status", "broken");
        });
    }

    @Test
    void shouldBackOffWhenDisabled() {
        contextRunner().withPropertyValues("management.health.streams.enabled=false")
            .run(context -> assertThat(context).doesNotHaveBean(StreamsHealthIndicator.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detail(Health health, String group, String name) {
        return (Map<String, Object>) ((Map<String, Object>) health.getDetails().get(group)).get(name);
    }

}
