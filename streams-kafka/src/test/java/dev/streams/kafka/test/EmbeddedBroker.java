package dev.streams.kafka.test;

import dev.streams.kafka.KafkaChannel;
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
 * One embedded KRaft broker per JVM (started on first use, about 5 s; stopped at exit), with
 * settings for fast groups. The one home of the broker start-up for every module's tests (the
 * streams-kafka test-jar) and the Kafka benchmark; every test takes fresh topic and group names
 * from {@link #uniqueName} or {@link #newTopic}.
 *
 * <pre>{@code
 * String topic = EmbeddedBroker.newTopic("orders", 2);
 * new SpringApplicationBuilder(App.class).properties(EmbeddedBroker.properties("streams.kafka.channels.orders.topic=" + topic)).run();
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class EmbeddedBroker {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static EmbeddedKafkaKraftBroker broker; // guarded by the class

    private EmbeddedBroker() {
    }

    /** The broker's address, starting it on first use. */
    public static synchronized String bootstrapServers() {
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

    /** A name not used before in this JVM, for topics and groups. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    /** Creates a topic with {@code partitions} partitions. */
    public static void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    /** Creates a fresh topic with {@code partitions} partitions and returns its name. */
    public static String newTopic(String prefix, int partitions) throws Exception {
        String name = uniqueName(prefix);
        createTopic(name, partitions);
        return name;
    }

    /** An admin client of the broker; the caller closes it. */
    public static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    /** Consumer settings that make groups react within a second or two on a busy machine. */
    public static Map<String, Object> fastConsumer() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6000);
        properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 300);
        return properties;
    }

    /** A channel builder on this broker with fast consumer settings. */
    public static <T> KafkaChannel.Builder<T> channel(String topic, Class<T> type) {
        return KafkaChannel.builder(topic, type)
                .bootstrapServers(bootstrapServers())
                .sendTimeout(Duration.ofSeconds(20))
                .consumerProperties(fastConsumer());
    }

    /** Boot properties ({@code key=value}) for an application on this broker with fast consumers, then {@code more}. */
    public static String[] properties(String... more) {
        String[] base = {
                "spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "spring.kafka.consumer.properties." + ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG + "=6000",
                "spring.kafka.consumer.properties." + ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG + "=300" };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
