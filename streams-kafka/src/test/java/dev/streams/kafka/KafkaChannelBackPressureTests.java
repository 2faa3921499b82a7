package dev.streams.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.streams.kafka.test.EmbeddedBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local buffer bound and the max-lag bound against the embedded broker. */
class KafkaChannelBackPressureTests {

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T resource) {
        toClose.add(resource);
        return resource;
    }

    @Test
    void theBufferBoundHoldsUnderASlowReceiverWhileLagGrowsOnTheBroker() throws Exception {
        String topic = EmbeddedBroker.newTopic("buffer", 1);
        String group = topic + "-group";
        KafkaChannel<String> channel = closeLater(EmbeddedBroker.channel(topic, String.class)
                .group(group).bufferSize(5).build());
        KafkaSendStream<String> send = channel.sendStream();
        for (int i = 0; i < 60; i++) {
            send.send("item-" + i);
        }
        KafkaReceiveStream<String> receive = closeLater(channel.receiveStream());
        assertThat(receive.receive()).isEqualTo("item-0"); // the slow receiver holds its first item

        await().atMost(Duration.ofSeconds(30)).until(() -> receive.bufferUsed() == 5);
        // The poller keeps polling (paused) for a while: the bound must hold all along.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() - until < 0) {
            assertThat(receive.bufferUsed()).isLessThanOrEqualTo(5);
            assertThat(channel.statistics().bufferUsed()).isLessThanOrEqualTo(5);
            Thread.sleep(20);
        }
        assertThat(channel.statistics().bufferCapacity()).isEqualTo(5);
        await().atMost(Duration.ofSeconds(30)).until(() -> receive.lag() == 60);
        assertThat(brokerLag(topic, group)).isEqualTo(60); // nothing committed yet: all 60 behind

        for (int i = 1; i < 60; i++) {
            assertThat(receive.receive()).isEqualTo("item-" + i);
            assertThat(receive.bufferUsed()).isLessThanOrEqualTo(5);
        }
        receive.close(); // commits the last one
        assertThat(brokerLag(topic, group)).isZero();
    }

    @Test
    void maxLagBlocksSendersAndReleasesThemWhenTheGroupCatchesUp() throws Exception {
        String topic = EmbeddedBroker.newTopic("maxlag", 1);
        KafkaChannel<String> channel = closeLater(EmbeddedBroker.channel(topic, String.class)
                .group(topic + "-group").maxLag(5).build());
        KafkaSendStream<String> send = channel.sendStream();
        for (int i = 0; i < 5; i++) {
            assertThat(send.send("item-" + i, Duration.ofSeconds(10))).isTrue();
        }
        // The group (no member yet, nothing committed) is 5 behind: the next send must wait.
        assertThat(send.send("item-5", Duration.ofMillis(500))).isFalse();

        CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> {
            try {
                send.send("item-5");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300); // give the sender time to block, then check it still waits
        assertThat(blocked).isNotDone();

        KafkaReceiveStream<String> receive = closeLater(channel.receiveStream());
        assertThat(receive.receive()).isEqualTo("item-0");
        assertThat(receive.receive()).isEqualTo("item-1"); // commits item-0: lag drops to 4
        blocked.get(30, TimeUnit.SECONDS);
        assertThat(receive.receive()).isEqualTo("item-2");
        assertThat(channel.statistics().itemsSent()).isEqualTo(6);
    }

    /** The group's lag as the broker sees it: end offsets minus committed offsets. */
    static long brokerLag(String topic, String group) throws Exception {
        try (Admin admin = EmbeddedBroker.admin()) {
            TopicPartition partition = new TopicPartition(topic, 0);
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all()
                    .get(30, TimeUnit.SECONDS).get(partition).offset();
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS).get(partition);
            return end - (committed == null ? 0 : committed.offset());
        }
    }
}
