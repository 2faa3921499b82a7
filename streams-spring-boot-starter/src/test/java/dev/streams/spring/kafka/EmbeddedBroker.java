package dev.streams.spring.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One embedded KRaft broker per test JVM (started on first use, stopped at exit), with settings
 * for fast groups; every test takes fresh topic names from {@link #uniqueName}.
 */
public final class EmbeddedBroker {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static EmbeddedKafkaKraftBroker broker;

    private EmbeddedBroker() {
    }

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
                    "group.min.session.timeout.ms", "1000"));
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

    public static void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    public static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    /** Boot and channel properties for an application instance on this broker, fast consumers. */
    public static String[] properties(String... more) {
        String[] base = {
                "spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "spring.kafka.consumer.properties.session.timeout.ms=6000",
                "spring.kafka.consumer.properties.heartbeat.interval.ms=300" };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
