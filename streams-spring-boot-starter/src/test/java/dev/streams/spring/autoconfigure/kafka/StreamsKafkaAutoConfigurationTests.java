package dev.streams.spring.autoconfigure.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.kafka.KafkaReceiveStream;
import dev.streams.kafka.KafkaSendException;
import dev.streams.kafka.KafkaSendStream;
import dev.streams.spring.ChannelListener;
import dev.streams.spring.autoconfigure.StreamsKafkaDependencyCheck;
import dev.streams.spring.autoconfigure.StreamsMemoryAutoConfiguration;
import dev.streams.kafka.test.EmbeddedBroker;
import dev.streams.spring.endpoint.StreamsEndpoint;
import dev.streams.spring.health.StreamsHealthIndicator;
import dev.streams.spring.kafka.KafkaChannels;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;

/** Kafka channels in real application contexts against the embedded broker. */
class StreamsKafkaAutoConfigurationTests {

    record Order(String id, int quantity) {
    }

    static ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, KafkaAutoConfiguration.class,
                    StreamsMemoryAutoConfiguration.class, StreamsKafkaDependencyCheck.class,
                    StreamsKafkaAutoConfiguration.class));
    }

    @Test
    void shouldRegisterTypedQualifiedSendAndReceiveBeansThatRoundTripJson() {
        String topic = EmbeddedBroker.uniqueName("orders");
        contextRunner()
            .withPropertyValues(EmbeddedBroker.properties("streams.kafka.channels.orders.topic=" + topic,
                    "streams.kafka.channels.orders.item-type=" + Order.class.getName()))
            .withUserConfiguration(OrderClient.class)
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBeanNamesForType(
                        ResolvableType.forClassWithGenerics(KafkaSendStream.class, Order.class)))
                    .containsExactly("ordersSendStream");
                OrderClient client = context.getBean(OrderClient.class);
                client.send.send(new Order("o-1", 2));
                assertThat(client.receive.receive()).isEqualTo(new Order("o-1", 2));
                try (Admin admin = EmbeddedBroker.admin()) {
                    Map<String, TopicDescription> topics = admin.describeTopics(List.of(topic, topic + ".DLT"))
                        .allTopicNames().get();
                    assertThat(topics).containsKeys(topic, topic + ".DLT");
                }
            });
    }

    @Test
    void aChannelListenerRunsNConsumersRetriesThenDeadLettersAndGoesOn() {
        String topic = EmbeddedBroker.uniqueName("work");
        Listeners.attempts.clear();
        Listeners.done.clear();
        contextRunner()
            .withPropertyValues(EmbeddedBroker.properties("streams.kafka.channels.work.topic=" + topic,
                    "streams.kafka.channels.work.partitions=2",
                    "streams.kafka.channels.work.retry.max-attempts=2",
                    "streams.kafka.channels.work.retry.backoff=50ms"))
            .withUserConfiguration(Listeners.class)
            .run(context -> {
                assertThat(context).hasNotFailed();
                KafkaChannels channels = context.getBean(KafkaChannels.class);
                assertThat(channels.channels().get("work").listenerContainers()).singleElement()
                    .satisfies(c -> assertThat(c.getConcurrency()).isEqualTo(2));
                @SuppressWarnings("unchecked")
                KafkaSendStream<String> send = context.getBean("workSendStream", KafkaSendStream.class);
                send.send("fail");
                for (int i = 0; i < 10; i++) {
                    send.send("item-" + i);
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> Listeners.done.size() == 10);
                await().atMost(Duration.ofSeconds(30))
                    .until(() -> channels.channels().get("work").statistics().itemsDeadLettered() == 1);
                assertThat(Listeners.attempts.get("fail")).hasValue(2);
                assertThat(channels.describe().get("work")).containsEntry("topic", topic)
                    .containsEntry("partitions", 2).containsEntry("itemsSent", 11L);
                assertThat(channels.health().get("work").withStatus()).containsEntry("status", "UP")
                    .containsEntry("topic", topic);
            });
    }

    @Test
    void theEndpointHasAKafkaSectionAndHealthGoesDownWhenAConsumerStops() {
        String topic = EmbeddedBroker.uniqueName("reported");
        Listeners.attempts.clear();
        Listeners.done.clear();
        contextRunner()
            .withPropertyValues(EmbeddedBroker.properties("streams.kafka.channels.work.topic=" + topic,
                    "streams.kafka.channels.work.partitions=2", "streams.kafka.channels.work.group=billing"))
            .withUserConfiguration(Listeners.class)
            .run(context -> {
                KafkaChannels channels = context.getBean(KafkaChannels.class);
                @SuppressWarnings("unchecked")
                KafkaSendStream<String> send = context.getBean("workSendStream", KafkaSendStream.class);
                send.send("one");
                await().atMost(Duration.ofSeconds(60)).until(() -> Listeners.done.contains("one"));
                StreamsEndpoint endpoint = new StreamsEndpoint(() -> null, List::of, () -> List.of(channels));
                assertThat(endpoint.streams().kafka().get("work")).containsEntry("topic", topic)
                    .containsEntry("group", "billing").containsEntry("partitions", 2)
                    .containsEntry("itemsSent", 1L).containsEntry("itemsReceived", 1L)
                    .containsKeys("bufferUsed", "bufferCapacity", "lag");
                StreamsHealthIndicator health = new StreamsHealthIndicator(() -> null, List::of,
                        () -> List.of(channels));
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);

                channels.channels().get("work").listenerContainers().get(0).stop(); // not by the context
                Health down = health.health();
                assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                assertThat(down.getDetails()).containsKey("kafka");
            });
    }

    @Test
    void twoInstancesInOneGroupSplitTheItemsWithNoneTwice() throws Exception {
        String topic = EmbeddedBroker.uniqueName("shared");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        Listeners.done.clear();
        Listeners.attempts.clear();
        String[] properties = EmbeddedBroker.properties("streams.kafka.channels.work.topic=" + topic,
                "streams.kafka.channels.work.partitions=2", "spring.application.name=" + topic + "-app");
        contextRunner().withPropertyValues(properties).withUserConfiguration(Listeners.class).run(first -> {
            contextRunner().withPropertyValues(properties).withUserConfiguration(Listeners.class).run(second -> {
                try (Admin admin = EmbeddedBroker.admin()) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> admin
                        .describeConsumerGroups(List.of(topic + "-app")).all().get().get(topic + "-app")
                        .members().stream().filter(m -> !m.assignment().topicPartitions().isEmpty()).count() == 2);
                }
                @SuppressWarnings("unchecked")
                KafkaSendStream<String> send = first.getBean("workSendStream", KafkaSendStream.class);
                for (int i = 0; i < 20; i++) {
                    send.send("item-" + i);
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> Listeners.done.size() >= 20);
                for (String item : Listeners.done) {
                    if (!seen.add(item)) {
                        duplicates.add(item);
                    }
                }
                assertThat(seen).hasSize(20);
                assertThat(duplicates).isEmpty();
                long byFirst = first.getBean(KafkaChannels.class).channels().get("work").statistics().itemsReceived();
                long bySecond = second.getBean(KafkaChannels.class).channels().get("work").statistics().itemsReceived();
                assertThat(byFirst + bySecond).isEqualTo(20);
            });
        });
    }

    @Test
    void startupDoesNotWaitForAnUnreachableBrokerAndSendFailsWithinTheTimeout() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, StreamsMemoryAutoConfiguration.class,
                    StreamsKafkaAutoConfiguration.class))
            .withPropertyValues("spring.kafka.bootstrap-servers=127.0.0.1:" + port,
                    "spring.kafka.admin.operation-timeout=30s",
                    "streams.kafka.channels.orders.send-timeout=2s")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
                @SuppressWarnings("unchecked")
                KafkaSendStream<String> send = context.getBean("ordersSendStream", KafkaSendStream.class);
                long sendStart = System.nanoTime();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> send.send("x"))
                    .isInstanceOf(KafkaSendException.class).hasMessageContaining("channel 'orders'");
                // the wait for topic creation and the send each take at most the send timeout
                assertThat(Duration.ofNanos(System.nanoTime() - sendStart)).isLessThan(Duration.ofSeconds(20));
                KafkaChannels channels = context.getBean(KafkaChannels.class);
                assertThat(new StreamsHealthIndicator(() -> null, List::of, () -> List.of(channels)).health()
                    .getStatus()).isEqualTo(Status.DOWN);
                assertThat(channels.health().get("orders").down()).isTrue();
                assertThat(channels.health().get("orders").details()).containsKey("lastSendError");
            });
        // Closing the context ends the topic creation that was still waiting for the broker.
        assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch(thread -> thread.isAlive() && thread.getName().startsWith("streams-kafka-topics-"));
    }

    @Test
    void metersReportCountersBufferAndLag() {
        String topic = EmbeddedBroker.uniqueName("metered");
        contextRunner()
            .withPropertyValues(EmbeddedBroker.properties("streams.kafka.channels.metered.topic=" + topic,
                    "streams.kafka.channels.metered.buffer-size=4"))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .run(context -> {
                assertThat(context).hasNotFailed();
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                context.getBean(dev.streams.spring.kafka.KafkaChannelMetrics.class).bindTo(registry);
                @SuppressWarnings("unchecked")
                KafkaSendStream<String> send = context.getBean("meteredSendStream", KafkaSendStream.class);
                for (int i = 0; i < 10; i++) {
                    send.send("item-" + i);
                }
                @SuppressWarnings("unchecked")
                KafkaReceiveStream<String> receive = context.getBean("meteredReceiveStream", KafkaReceiveStream.class);
                assertThat(receive.receive()).isEqualTo("item-0");
                assertThat(registry.get("streams.kafka.items.sent").tag("channel", "metered").functionCounter().count())
                    .isEqualTo(10);
                assertThat(registry.get("streams.kafka.items.received").tag("channel", "metered").functionCounter()
                    .count()).isEqualTo(1);
                assertThat(registry.get("streams.kafka.buffer.capacity").tag("channel", "metered").gauge().value())
                    .isEqualTo(4);
                await().atMost(Duration.ofSeconds(30)).until(() -> registry.get("streams.kafka.buffer.used")
                    .tag("channel", "metered").gauge().value() == 4);
                await().atMost(Duration.ofSeconds(30)).until(() -> registry.get("streams.kafka.consumer.lag")
                    .tag("channel", "metered").gauge().value() == 10);
                assertThat(registry.get("streams.kafka.items.dead.lettered").tag("channel", "metered")
                    .functionCounter().count()).isZero();
            });
    }

    @Test
    void shutdownLeavesBufferedItemsToTheNextInstance() {
        String topic = EmbeddedBroker.uniqueName("handover");
        String[] properties = EmbeddedBroker.properties("streams.kafka.channels.jobs.topic=" + topic,
                "streams.kafka.channels.jobs.buffer-size=5", "streams.kafka.channels.jobs.group=" + topic + "-g");
        contextRunner().withPropertyValues(properties).run(context -> {
            @SuppressWarnings("unchecked")
            KafkaSendStream<String> send = context.getBean("jobsSendStream", KafkaSendStream.class);
            for (int i = 0; i < 12; i++) {
                send.send("job-" + i);
            }
            @SuppressWarnings("unchecked")
            KafkaReceiveStream<String> receive = context.getBean("jobsReceiveStream", KafkaReceiveStream.class);
            assertThat(receive.receive()).isEqualTo("job-0");
            assertThat(receive.receive()).isEqualTo("job-1");
            await().atMost(Duration.ofSeconds(30)).until(() -> receive.bufferUsed() == 5);
        }); // closing commits job-1 (in hand) but not the five buffered ones
        contextRunner().withPropertyValues(properties).run(context -> {
            @SuppressWarnings("unchecked")
            KafkaReceiveStream<String> receive = context.getBean("jobsReceiveStream", KafkaReceiveStream.class);
            for (int i = 2; i < 12; i++) {
                assertThat(receive.receive()).isEqualTo("job-" + i);
            }
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderClient {

        @Autowired
        @Qualifier("orders")
        KafkaSendStream<Order> send;

        @Autowired
        @Qualifier("orders")
        KafkaReceiveStream<Order> receive;
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {

        static final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        static final List<String> done = new CopyOnWriteArrayList<>();

        @ChannelListener(channel = "work", concurrency = 2)
        void on(String item) {
            attempts.computeIfAbsent(item, k -> new AtomicInteger()).incrementAndGet();
            if (item.equals("fail")) {
                throw new IllegalStateException("cannot do " + item);
            }
            done.add(item);
        }
    }
}
