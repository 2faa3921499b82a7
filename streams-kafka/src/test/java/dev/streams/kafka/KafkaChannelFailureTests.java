package dev.streams.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streams.ClosedResourceException;
import dev.streams.kafka.test.EmbeddedBroker;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

/** What a caller sees when the broker is gone, a record is unreadable or a stream is closed. */
class KafkaChannelFailureTests {

    record Order(String id, int quantity) {
    }

    @Test
    void anUnreachableBrokerGivesKafkaSendExceptionWithinTheTimeout() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        try (KafkaChannel<String> channel = KafkaChannel.builder("orders", String.class)
                .bootstrapServers("127.0.0.1:" + port)
                .topic("orders-topic")
                .sendTimeout(Duration.ofSeconds(2))
                .build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> channel.sendStream().send("lost"))
                    .isInstanceOf(KafkaSendException.class)
                    .hasMessageContaining("channel 'orders'")
                    .hasMessageContaining("topic 'orders-topic'")
                    .hasCauseInstanceOf(org.apache.kafka.common.KafkaException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void aFailedSendIsLoggedWithoutTheItem() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (CapturedLog log = CapturedLog.start();
                KafkaChannel<String> channel = KafkaChannel.builder("orders", String.class)
                        .bootstrapServers("127.0.0.1:" + port)
                        .topic("orders-topic")
                        .sendTimeout(Duration.ofSeconds(2))
                        .build()) {
            assertThatThrownBy(() -> channel.sendStream().send("card-4111-1111"))
                    .isInstanceOf(KafkaSendException.class);

            assertThat(log.lines()) // the failure is logged (so the capture works) ...
                    .anyMatch(line -> line.contains("LoggingProducerListener") && line.contains("orders-topic"));
            assertThat(log.lines()).noneMatch(line -> line.contains("card-4111-1111")); // ... the item is not
        }
    }

    @Test
    void anUnreachableBrokerAlsoBoundsTheMaxLagWait() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (KafkaChannel<String> channel = KafkaChannel.builder("orders", String.class)
                .bootstrapServers("127.0.0.1:" + port)
                .sendTimeout(Duration.ofSeconds(2))
                .maxLag(10)
                .build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> channel.sendStream().send("lost"))
                    .isInstanceOf(KafkaSendException.class)
                    .hasMessageContaining("channel 'orders'");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextItemIsReceived() throws Exception {
        String topic = EmbeddedBroker.newTopic("poison", 1);
        try (KafkaChannel<Order> orders = EmbeddedBroker.channel(topic, Order.class).build();
                KafkaChannel<byte[]> raw = EmbeddedBroker.channel(topic, byte[].class).build();
                KafkaReceiveStream<Order> receive = orders.receiveStream()) {
            raw.sendStream().send("{not json".getBytes(StandardCharsets.UTF_8));
            orders.sendStream().send(new Order("o-2", 1));

            assertThat(receive.receive()).isEqualTo(new Order("o-2", 1));
            assertThat(orders.statistics().itemsDeadLettered()).isEqualTo(1);

            ConsumerRecord<byte[], byte[]> dead = readOne(topic + ".DLT");
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotNull();
            assertThat(dead.headers().lastHeader(KafkaChannel.MESSAGE_ID_HEADER)).isNotNull();
        }
    }

    @Test
    void closingWakesABlockedReceiverWithClosedResourceException() throws Exception {
        String topic = EmbeddedBroker.newTopic("close", 1);
        try (KafkaChannel<String> channel = EmbeddedBroker.channel(topic, String.class).build()) {
            KafkaReceiveStream<String> receive = channel.receiveStream();
            Thread receiver = Thread.currentThread();
            Thread closer = new Thread(() -> {
                while (receiver.getState() != Thread.State.WAITING && receiver.getState() != Thread.State.TIMED_WAITING) {
                    Thread.onSpinWait();
                }
                receive.close();
            });
            closer.start();
            assertThatThrownBy(receive::receive).isInstanceOf(ClosedResourceException.class);
            closer.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(closer.isAlive()).isFalse();
            assertThatThrownBy(receive::receive).isInstanceOf(ClosedResourceException.class);
            assertThat(Thread.getAllStackTraces().keySet())
                    .noneMatch(t -> t.getName().equals("streams-kafka-" + topic) && t.isAlive());
        }
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> KafkaChannel.builder(" ", String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> KafkaChannel.builder("c", String.class).bufferSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bufferSize");
        assertThatThrownBy(() -> KafkaChannel.builder("c", String.class).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bootstrapServers");
        assertThatThrownBy(() -> KafkaChannel.builder("c", String.class).maxLag(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLag");
    }

    static ConsumerRecord<byte[], byte[]> readOne(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() - deadline < 0) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    return records.iterator().next();
                }
            }
            throw new AssertionError("nothing on " + topic + " within 60 s");
        }
    }
}
