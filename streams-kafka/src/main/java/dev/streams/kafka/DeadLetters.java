package dev.streams.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * Where a channel puts a record it gives up on: spring-kafka's {@link DeadLetterPublishingRecoverer}
 * publishes it to the channel's dead-letter topic with the exception class and message in headers
 * (unreadable records as their original bytes, failed items as items); with no dead-letter topic
 * the record is logged (topic, partition, offset; never the payload) and skipped.
 */
final class DeadLetters implements ConsumerRecordRecoverer, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeadLetters.class.getName());

    private final KafkaChannelSettings<?> settings;
    private final KafkaOperations<byte[], ?> itemTemplate;
    private final LongAdder counter;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable DefaultKafkaProducerFactory<byte[], byte[]> producerFactory; // guarded by lock
    private @Nullable DeadLetterPublishingRecoverer recoverer;                   // guarded by lock

    DeadLetters(KafkaChannelSettings<?> settings, KafkaOperations<byte[], ?> itemTemplate, LongAdder counter) {
        this.settings = settings;
        this.itemTemplate = itemTemplate;
        this.counter = counter;
    }

    /** Sends {@code record} to the dead-letter topic (or logs and skips it), then counts it. */
    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception failure) {
        Exception cause = listenerCause(failure);
        if (settings.deadLetterTopic().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Skipping record {0}-{1}@{2} of Kafka {3} after {4}",
                    record.topic(), record.partition(), record.offset(), settings.describe(),
                    cause.getClass().getName());
        } else {
            recoverer().accept(record, null, cause);
        }
        counter.increment();
    }

    /** The listener's own exception, so the headers name it rather than spring-kafka's wrapper. */
    private static Exception listenerCause(Exception failure) {
        Throwable cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof ListenerFailedException)
                && cause.getCause() instanceof Exception inner) {
            cause = inner;
        }
        return (Exception) cause;
    }

    /** Created on first use: most channels never dead-letter a record. */
    private DeadLetterPublishingRecoverer recoverer() {
        lock.lock();
        try {
            if (recoverer == null) {
                producerFactory = new DefaultKafkaProducerFactory<>(settings.producerProperties(),
                        new ByteArraySerializer(), new ByteArraySerializer());
                Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
                templates.put(byte[].class, KafkaChannel.templateLoggingNoContents(producerFactory)); // unreadable: original bytes
                templates.put(Object.class, itemTemplate);
                DeadLetterPublishingRecoverer created = new DeadLetterPublishingRecoverer(templates,
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
