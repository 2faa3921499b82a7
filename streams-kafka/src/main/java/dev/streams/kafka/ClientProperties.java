package dev.streams.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Merges the user's client properties with what a channel's guarantees need. The settings the
 * guarantees rest on are forced; the timeouts are defaults the user may lower, never raise past
 * the send timeout where that would turn a bounded send into a hang.
 */
final class ClientProperties {

    private ClientProperties() {
    }

    static Map<String, Object> producer(Map<String, Object> common, Map<String, Object> own, Duration sendTimeout) {
        Map<String, Object> properties = merge(common, own);
        properties.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        properties.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        long timeout = Math.max(1, sendTimeout.toMillis());
        // max.block.ms bounds the wait for metadata: without it an unreachable broker blocks send()
        // for the client default of 60 s, past any send timeout.
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG,
                Math.min(timeout, longValue(properties, ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout)));
        long request = Math.min(timeout, longValue(properties, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 30_000));
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) request);
        long linger = longValue(properties, ProducerConfig.LINGER_MS_CONFIG, 5);
        // The producer gives up on a record about when send() does, so a timed-out send rarely
        // lands later; Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms.
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeout, request + linger));
        return properties;
    }

    static Map<String, Object> consumer(Map<String, Object> common, Map<String, Object> own, int bufferSize) {
        Map<String, Object> properties = merge(common, own);
        properties.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        properties.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG); // the channel's group wins, set per consumer
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(bufferSize, 500));
        return properties;
    }

    static Map<String, Object> admin(Map<String, Object> common, Map<String, Object> own, Duration sendTimeout) {
        Map<String, Object> properties = merge(common, own);
        int timeout = (int) Math.min(Integer.MAX_VALUE, Math.max(1, sendTimeout.toMillis()));
        properties.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        properties.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        return properties;
    }

    private static Map<String, Object> merge(Map<String, Object> common, Map<String, Object> own) {
        Map<String, Object> properties = new HashMap<>(common);
        properties.putAll(own);
        return properties;
    }

    private static long longValue(Map<String, Object> properties, String key, long defaultValue) {
        Object value = properties.get(key);
        if (value == null) {
            return defaultValue;
        }
        return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
    }
}
