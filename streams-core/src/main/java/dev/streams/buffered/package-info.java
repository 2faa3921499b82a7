/**
 * Buffered byte streams for framing: {@link dev.streams.buffered.BufferedByteReceiveStream#receiveExactly exact
 * counts} and {@link dev.streams.buffered.BufferedByteReceiveStream#receiveUntil delimited records} over any byte
 * stream, or over an object stream of byte arrays.
 *
 * <p>Design: one growable array with read and write indices. Reads from the source go straight
 * into its free tail; the array is compacted only while the unread part is at most half of it,
 * and doubled otherwise, so every byte is copied O(1) times. {@code receiveUntil} remembers how
 * far it has scanned, so a long record arriving in many small chunks is scanned once.
 */
@NullMarked
package dev.streams.buffered;

import org.jspecify.annotations.NullMarked;
