/**
 * Text over byte streams: {@link dev.streams.text.TextReceiveStream} decodes incrementally (a
 * character split across chunks is held back), {@link dev.streams.text.TextSendStream} encodes, and
 * {@link dev.streams.text.TextStream} does both over one two-way transport. Any
 * {@link java.nio.charset.Charset}; errors follow a {@link java.nio.charset.CodingErrorAction}.
 */
@NullMarked
package dev.streams.text;

import org.jspecify.annotations.NullMarked;
