/**
 * Channels beyond one JVM: {@link dev.streams.ObjectSendStream} and
 * {@link dev.streams.ObjectReceiveStream} over an Apache Kafka topic, built on spring-kafka.
 * Start at {@link dev.streams.kafka.KafkaChannel}.
 */
@NullMarked
package dev.streams.kafka;

import org.jspecify.annotations.NullMarked;
