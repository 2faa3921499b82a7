package dev.streams.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One embedded KRaft broker per test JVM (about 5 s to start), with settings for fast groups;
 * every test takes a fresh topic from {@link #newTopic}.
 */
final class TestBroker {

    private static final AtomicInteger TOPICS = new AtomicInteger();
    private static EmbeddedKafkaKraftBroker broker;

    private TestBroker() {
    }

    static synchronized String bootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 1);
            started.brokerProperties(Map.of(
                    "group.initial.rebalance.delay.ms", "0",
                    "offsets.topic.replication.factor", "1",
                    "offsets.topic.num.partitions", "1",
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "transaction.state.log.num.partitions", "1",
                    "group.min.session.timeout.ms", "1000",
                    "auto.create.topics.enable", "true"));
            started.afterPropertiesSet();
            broker = started;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "embedded-kafka-stop"));
        }
        return broker.getBrokersAsString();
    }

    /** Creates a fresh topic with {@code partitions} partitions and returns its name. */
    static String newTopic(String prefix, int partitions) throws Exception {
        String name = prefix + "-" + TOPICS.incrementAndGet();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return name;
    }

    static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    /** Consumer settings that make groups react within a second or two on a busy machine. */
    static Map<String, Object> fastConsumer() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6000);
        properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 300);
        return properties;
    }

    /** A channel builder on the shared broker with fast consumer settings. */
    static <T> KafkaChannel.Builder<T> channel(String topic, Class<T> type) {
        return KafkaChannel.builder(topic, type)
                .bootstrapServers(bootstrapServers())
                .sendTimeout(Duration.ofSeconds(20))
                .consumerProperties(fastConsumer());
    }
}
