package dev.streams.kafka;

import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Where a receive stream puts a record it cannot read: spring-kafka's
 * {@link DeadLetterPublishingRecoverer} publishes the original bytes to the channel's dead-letter
 * topic with the exception class and message in headers; with no dead-letter topic the record is
 * logged (topic, partition, offset; never the payload) and skipped.
 */
final class DeadLetters implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeadLetters.class.getName());

    private final KafkaChannelSettings<?> settings;
    private final LongAdder counter;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable DefaultKafkaProducerFactory<byte[], byte[]> producerFactory; // guarded by lock
    private @Nullable DeadLetterPublishingRecoverer recoverer;                   // guarded by lock

    DeadLetters(KafkaChannelSettings<?> settings, LongAdder counter) {
        this.settings = settings;
        this.counter = counter;
    }

    /** Sends {@code record} to the dead-letter topic (or logs and skips it), then counts it. */
    void publish(ConsumerRecord<byte[], byte[]> record, Exception cause) {
        if (settings.deadLetterTopic().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Skipping unreadable record {0}-{1}@{2} of Kafka {3}: {4}",
                    record.topic(), record.partition(), record.offset(), settings.describe(),
                    cause.getClass().getName());
        } else {
            recoverer().accept(record, null, cause);
        }
        counter.increment();
    }

    /** Created on first use: most channels never see an unreadable record. */
    private DeadLetterPublishingRecoverer recoverer() {
        lock.lock();
        try {
            if (recoverer == null) {
                producerFactory = new DefaultKafkaProducerFactory<>(settings.producerProperties(),
                        new ByteArraySerializer(), new ByteArraySerializer());
                DeadLetterPublishingRecoverer created = new DeadLetterPublishingRecoverer(
                        new KafkaTemplate<>(producerFactory),
                        (record, exception) -> new TopicPartition(settings.deadLetterTopic(), -1));
                created.setWaitForSendResultTimeout(settings.sendTimeout());
                recoverer = created;
            }
            return recoverer;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (producerFactory != null) {
                producerFactory.reset();
            }
        } finally {
            lock.unlock();
        }
    }
}
