/**
 * Combining streams and listeners: {@link dev.streams.stapled.StapledByteStream} and
 * {@link dev.streams.stapled.StapledObjectStream} join a send stream and a receive stream into one
 * two-way stream (AnyIO's {@code StapledByteStream}/{@code StapledObjectStream}), and
 * {@link dev.streams.stapled.MultiListener} accepts from several listeners at once (AnyIO's
 * {@code MultiListener}), for example an IPv4 and an IPv6 listener on the same port.
 *
 * <pre>{@code
 * MemoryObjectStream<String> requests = MemoryObjectStream.create(16);
 * MemoryObjectStream<String> replies = MemoryObjectStream.create(16);
 * var client = new StapledObjectStream<>(requests.sendStream(), replies.receiveStream());
 * }</pre>
 */
@NullMarked
package dev.streams.stapled;

import org.jspecify.annotations.NullMarked;
