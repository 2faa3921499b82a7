package dev.streams.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.kafka.test.EmbeddedBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RoundRobinPartitioner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Round trips, groups and the commit rule against the embedded broker. */
class KafkaChannelDeliveryTests {

    record Order(String id, int quantity) {
    }

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void closeAll() throws Exception {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private <T> KafkaChannel<T> open(KafkaChannel.Builder<T> builder) {
        KafkaChannel<T> channel = builder.build();
        toClose.add(channel);
        return channel;
    }

    private <T> KafkaReceiveStream<T> receiver(KafkaChannel<T> channel) {
        KafkaReceiveStream<T> stream = channel.receiveStream();
        toClose.add(stream);
        return stream;
    }

    @Test
    void typedJsonStringAndBytesItemsRoundTrip() throws Exception {
        KafkaChannel<Order> orders = open(EmbeddedBroker.channel(EmbeddedBroker.newTopic("json", 1), Order.class));
        KafkaChannel<String> texts = open(EmbeddedBroker.channel(EmbeddedBroker.newTopic("text", 1), String.class));
        KafkaChannel<byte[]> raw = open(EmbeddedBroker.channel(EmbeddedBroker.newTopic("raw", 1), byte[].class));

        orders.sendStream().send(new Order("o-1", 3));
        texts.sendStream().send("grüße ✓");
        raw.sendStream().send(new byte[] {0, -1, 42});

        assertThat(receiver(orders).receive()).isEqualTo(new Order("o-1", 3));
        assertThat(receiver(texts).receive()).isEqualTo("grüße ✓");
        assertThat(receiver(raw).receive()).containsExactly(0, -1, 42);
        assertThat(orders.statistics().itemsSent()).isEqualTo(1);
        assertThat(orders.statistics().itemsReceived()).isEqualTo(1);
    }

    @Test
    void everyRecordCarriesAUniqueMessageId() throws Exception {
        KafkaChannel<String> channel = open(EmbeddedBroker.channel(EmbeddedBroker.newTopic("ids", 1), String.class));
        KafkaSendStream<String> send = channel.sendStream();
        for (int i = 0; i < 20; i++) {
            send.send("item-" + i);
        }
        KafkaReceiveStream<String> receive = receiver(channel);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            KafkaDelivery<String> delivery = receive.receiveDelivery();
            assertThat(delivery.item()).isEqualTo("item-" + i); // one partition: in order
            assertThat(delivery.messageId()).isNotBlank();
            ids.add(delivery.messageId());
        }
        assertThat(ids).hasSize(20);
    }

    @Test
    void twoReceiversInOneGroupSplitTheItemsWithNoneTwice() throws Exception {
        String topic = EmbeddedBroker.newTopic("split", 2);
        KafkaChannel<String> channel = open(EmbeddedBroker.channel(topic, String.class)
                .group(topic + "-group")
                .producerProperties(Map.of(ProducerConfig.PARTITIONER_CLASS_CONFIG, RoundRobinPartitioner.class)));
        Map<String, String> receivedBy = new ConcurrentHashMap<>();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        int items = 40;
        List<Future<?>> receivers = new ArrayList<>();
        for (String who : List.of("a", "b")) {
            KafkaReceiveStream<String> stream = receiver(channel);
            receivers.add(threads.submit(() -> {
                while (true) {
                    String item = stream.receive();
                    if (receivedBy.putIfAbsent(item, who) != null) {
                        duplicates.add(item);
                    }
                }
            }));
        }
        awaitMembersWithPartitions(topic + "-group", 2);

        KafkaSendStream<String> send = channel.sendStream();
        for (int i = 0; i < items; i++) {
            send.send("item-" + i);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> receivedBy.size() == items);
        assertThat(duplicates).isEmpty();
        assertThat(receivedBy.values()).contains("a", "b");
        receivers.forEach(f -> assertThat(f).isNotDone()); // still receiving, no failure
    }

    @Test
    void twoGroupsEachGetEveryItem() throws Exception {
        String topic = EmbeddedBroker.newTopic("groups", 2);
        KafkaChannel<String> billing = open(EmbeddedBroker.channel(topic, String.class).group(topic + "-billing"));
        KafkaChannel<String> shipping = open(EmbeddedBroker.channel(topic, String.class).group(topic + "-shipping"));
        KafkaSendStream<String> send = billing.sendStream();
        for (int i = 0; i < 10; i++) {
            send.send("item-" + i);
        }
        for (KafkaChannel<String> channel : List.of(billing, shipping)) {
            KafkaReceiveStream<String> receive = receiver(channel);
            Set<String> got = new HashSet<>();
            while (got.size() < 10) {
                got.add(receive.receive());
            }
            assertThat(got).hasSize(10);
        }
    }

    @Test
    void aReceiverClosedMidStreamLosesNothing() throws Exception {
        String topic = EmbeddedBroker.newTopic("handover", 1);
        KafkaChannel<String> channel = open(EmbeddedBroker.channel(topic, String.class).group(topic + "-group")
                .bufferSize(8));
        KafkaSendStream<String> send = channel.sendStream();
        for (int i = 0; i < 30; i++) {
            send.send("item-" + i);
        }
        KafkaReceiveStream<String> first = channel.receiveStream();
        for (int i = 0; i < 5; i++) {
            assertThat(first.receive()).isEqualTo("item-" + i);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> first.bufferUsed() > 0); // items held locally
        first.close(); // item-4 in hand counts as processed; the buffered ones were not

        KafkaReceiveStream<String> successor = receiver(channel);
        for (int i = 5; i < 30; i++) {
            assertThat(successor.receive()).isEqualTo("item-" + i);
        }
    }

    @Test
    void aReceiveStreamJoinsTheGroupOnlyOnItsFirstReceive() throws Exception {
        String topic = EmbeddedBroker.newTopic("lazy", 1);
        String group = topic + "-group";
        KafkaChannel<String> channel = open(EmbeddedBroker.channel(topic, String.class).group(group));
        KafkaReceiveStream<String> receive = receiver(channel);
        try (Admin admin = EmbeddedBroker.admin()) {
            assertThat(admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS))
                    .noneMatch(listing -> listing.groupId().equals(group));
        }
        channel.sendStream().send("hello");
        assertThat(receive.receive()).isEqualTo("hello");
        awaitMembersWithPartitions(group, 1);
        receive.close();
        awaitMembersWithPartitions(group, 0);
    }

    static void awaitMembersWithPartitions(String group, int members) {
        try (Admin admin = EmbeddedBroker.admin()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups().get(group).get(10, TimeUnit.SECONDS);
                return description.members().size() == members
                        && description.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
            });
        }
    }
}
