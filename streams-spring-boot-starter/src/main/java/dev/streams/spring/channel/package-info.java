/**
 * Memory channels as beans: the channel registry, ChannelListener consumers and drain on shutdown.
 */
@NullMarked
package dev.streams.spring.channel;

import org.jspecify.annotations.NullMarked;
