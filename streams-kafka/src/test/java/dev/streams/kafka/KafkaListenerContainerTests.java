package dev.streams.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.kafka.test.EmbeddedBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;

/** Listener containers: retries, dead letters, unreadable records, no head-of-line stall. */
class KafkaListenerContainerTests {

    record Order(String id, int quantity) {
    }

    @Test
    void aFailingItemIsTriedMaxAttemptsTimesThenDeadLetteredAndTheNextOneIsProcessed() throws Exception {
        String topic = EmbeddedBroker.newTopic("retry", 1);
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        List<String> processed = new CopyOnWriteArrayList<>();
        try (KafkaChannel<String> channel = EmbeddedBroker.channel(topic, String.class)
                .retry(3, Duration.ofMillis(50)).build()) {
            ConcurrentMessageListenerContainer<byte[], String> container = channel.listenerContainer("test", 1,
                    item -> {
                        attempts.computeIfAbsent(item, k -> new AtomicInteger()).incrementAndGet();
                        if (item.equals("bad")) {
                            throw new IllegalStateException("cannot process " + item);
                        }
                        processed.add(item);
                    });
            container.start();
            KafkaSendStream<String> send = channel.sendStream();
            send.send("bad");
            send.send("good");
            await().atMost(Duration.ofSeconds(60)).until(() -> processed.contains("good"));
            assertThat(attempts.get("bad")).hasValue(3);
            assertThat(attempts.get("good")).hasValue(1);

            ConsumerRecord<byte[], byte[]> dead = KafkaChannelFailureTests.readOne(topic + ".DLT");
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("bad");
            assertThat(new String(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN).value(),
                    StandardCharsets.UTF_8)).contains("IllegalStateException");
            assertThat(channel.statistics().itemsDeadLettered()).isEqualTo(1);
            assertThat(channel.statistics().itemsReceived()).isEqualTo(1);
        }
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAtOnce() throws Exception {
        String topic = EmbeddedBroker.newTopic("listener-poison", 1);
        AtomicInteger calls = new AtomicInteger();
        List<Order> processed = new CopyOnWriteArrayList<>();
        try (KafkaChannel<Order> orders = EmbeddedBroker.channel(topic, Order.class)
                        .retry(3, Duration.ofSeconds(5)).build();
                KafkaChannel<byte[]> raw = EmbeddedBroker.channel(topic, byte[].class).build()) {
            orders.listenerContainer("test", 1, order -> {
                calls.incrementAndGet();
                processed.add(order);
            }).start();
            raw.sendStream().send("]]".getBytes(StandardCharsets.UTF_8));
            orders.sendStream().send(new Order("o-1", 1));
            // With a 5 s backoff, three tries of the poison record would take 10 s: it must not be retried.
            await().atMost(Duration.ofSeconds(8)).until(() -> processed.size() == 1);
            assertThat(calls).hasValue(1);
            ConsumerRecord<byte[], byte[]> dead = KafkaChannelFailureTests.readOne(topic + ".DLT");
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("]]");
        }
    }
}
