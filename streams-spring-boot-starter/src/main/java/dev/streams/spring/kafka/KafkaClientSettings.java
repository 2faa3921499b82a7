package dev.streams.spring.kafka;

import java.util.Map;

/**
 * Boot's Kafka client settings, as its producer factory, consumer factory and admin hold them
 * ({@code spring.kafka.*} with connection details and SSL bundles applied): the one place a Kafka
 * channel's connection settings come from.
 *
 * @param producer producer properties
 * @param consumer consumer properties
 * @param admin admin client properties
 */
public record KafkaClientSettings(Map<String, Object> producer, Map<String, Object> consumer,
        Map<String, Object> admin) {
}
