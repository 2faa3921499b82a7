package dev.streams.internal;

import java.time.Duration;

/** Durations as the nanosecond counts that {@code parkNanos} and {@code System.nanoTime()} use. */
public final class Durations {

    private Durations() {
    }

    /**
     * {@code duration.toNanos()}, saturated at {@link Long#MAX_VALUE} (about 292 years) or
     * {@link Long#MIN_VALUE} instead of overflowing, so that "wait a very long time" stays valid.
     */
    public static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
