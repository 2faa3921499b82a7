/** Auto-configuration of Kafka channels ({@code streams.kafka.*}). */
@NullMarked
package dev.streams.spring.autoconfigure.kafka;

import org.jspecify.annotations.NullMarked;
