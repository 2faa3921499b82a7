package dev.streams.benchmarks.kafka;

import dev.streams.kafka.KafkaChannel;
import dev.streams.kafka.KafkaReceiveStream;
import dev.streams.kafka.KafkaSendStream;
import dev.streams.kafka.test.EmbeddedBroker;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A Kafka channel against the raw clients it is built on, on one embedded KRaft broker started in
 * the benchmark JVM: {@code ours*} use {@link KafkaSendStream} / {@link KafkaReceiveStream},
 * {@code raw*} a {@link KafkaTemplate} with the same producer settings ({@code acks=all},
 * idempotent) and a {@link KafkaConsumer} that commits after each poll.
 *
 * <ul>
 *   <li>{@code oursRoundTrip} / {@code rawRoundTrip} (throughput, one op = one item): send
 *       {@value #BATCH} items, each acknowledged, then receive and commit them.
 *   <li>{@code oursSend} / {@code rawSend} (average time): one acknowledged send.
 * </ul>
 *
 * <p>The channel's facade must cost at most 10 % of the raw throughput. JMH state shared by the
 * benchmark thread only.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KafkaChannelBenchmark {

    static final int BATCH = 100;
    private static final String PAYLOAD = "x".repeat(100);

    private String rawTopic;
    private KafkaChannel<String> channel;
    private KafkaSendStream<String> oursSend;
    private KafkaReceiveStream<String> oursReceive;
    private DefaultKafkaProducerFactory<byte[], String> producerFactory;
    private KafkaTemplate<byte[], String> template;
    private KafkaConsumer<byte[], String> consumer;

    @Setup
    public void setUp() throws Exception {
        String servers = EmbeddedBroker.bootstrapServers(); // one per JVM, stopped at exit
        String ours = EmbeddedBroker.newTopic("ours", 1);
        rawTopic = EmbeddedBroker.newTopic("raw", 1);
        channel = KafkaChannel.builder(ours, String.class).bootstrapServers(servers).group(EmbeddedBroker.uniqueName("ours-group"))
            .bufferSize(BATCH).build();
        oursSend = channel.sendStream();
        oursReceive = channel.receiveStream();

        Map<String, Object> producer = new HashMap<>();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerFactory = new DefaultKafkaProducerFactory<>(producer, new ByteArraySerializer(), new StringSerializer());
        template = new KafkaTemplate<>(producerFactory);
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, EmbeddedBroker.uniqueName("raw-group"), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH),
                new ByteArrayDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(rawTopic));
        // Both sides join their groups before measuring.
        rawRoundTrip();
        oursRoundTrip();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public int oursRoundTrip() throws Exception {
        for (int i = 0; i < BATCH; i++) {
            oursSend.send(PAYLOAD);
        }
        int length = 0;
        for (int i = 0; i < BATCH; i++) {
            length += oursReceive.receive().length();
        }
        check(length);
        return length;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public int rawRoundTrip() throws Exception {
        for (int i = 0; i < BATCH; i++) {
            template.send(rawTopic, PAYLOAD).get(30, TimeUnit.SECONDS);
        }
        int length = 0;
        int received = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (received < BATCH) {
            ConsumerRecords<byte[], String> records = consumer.poll(Duration.ofMillis(100));
            for (var record : records) {
                length += record.value().length();
                received++;
            }
            if (!records.isEmpty()) {
                consumer.commitSync();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("raw consumer got " + received + " of " + BATCH);
            }
        }
        check(length);
        return length;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void oursSend() throws Exception {
        oursSend.send(PAYLOAD);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void rawSend() throws Exception {
        template.send(rawTopic, PAYLOAD).get(30, TimeUnit.SECONDS);
    }

    private static void check(int length) {
        if (length != BATCH * PAYLOAD.length()) {
            throw new IllegalStateException("moved " + length + " characters, expected " + BATCH * PAYLOAD.length());
        }
    }

    @TearDown
    public void tearDown() {
        oursReceive.close();
        channel.close();
        consumer.close(Duration.ofSeconds(5));
        producerFactory.reset();
    }
}
