/**
 * Implementation support shared by the stream packages: argument checks with the messages the API
 * promises ({@code Checks}), the one-caller-at-a-time guard behind "already reading from"
 * ({@code ResourceGuard}), and duration arithmetic ({@code Durations}). <strong>Not API:</strong>
 * anything here may change without notice; only {@code streams-core} itself uses it (the starter,
 * the sample app and the benchmarks must not).
 */
@NullMarked
package dev.streams.internal;

import org.jspecify.annotations.NullMarked;
