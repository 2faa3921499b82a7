/**
 * Kafka channels in a Boot application: the registry of {@code streams.kafka.channels.*}, their
 * listener containers, metrics and endpoint/health sections.
 */
@NullMarked
package dev.streams.spring.kafka;

import org.jspecify.annotations.NullMarked;
