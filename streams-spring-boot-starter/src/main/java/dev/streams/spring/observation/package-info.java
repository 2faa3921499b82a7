/**
 * Micrometer Observations of the starter: one per {@code @ChannelListener} invocation and one per
 * served connection (needs {@code micrometer-observation} and an {@code ObservationRegistry} bean).
 */
@NullMarked
package dev.streams.spring.observation;

import org.jspecify.annotations.NullMarked;
