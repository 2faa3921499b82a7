package dev.streams.reliability.faults;

import java.util.SplittableRandom;

/**
 * Where and how a {@link FaultyByteStream} misbehaves, reproducible from {@code seed}.
 *
 * @param fault what happens at byte offset {@code at}
 * @param at the byte offset (counted in the fault's direction) where the fault strikes
 * @param maxChunk receives return at most this many bytes and sends are split into pieces of at
 *     most this size (random sizes from 1, drawn from {@code seed})
 * @param delayOneIn one operation in this many sleeps for up to {@code maxDelayMicros}; 0 never
 * @param maxDelayMicros the longest injected delay
 * @param seed the seed of every random choice, printed in failure messages
 */
record FaultPlan(Fault fault, long at, int maxChunk, int delayOneIn, int maxDelayMicros, long seed) {

    FaultPlan {
        if (maxChunk < 1) {
            throw new IllegalArgumentException("maxChunk must be a positive integer");
        }
        if (at < 0) {
            throw new IllegalArgumentException("at cannot be negative");
        }
    }

    /** Splits and occasional short delays, no fault. */
    static FaultPlan clean(int maxChunk, long seed) {
        return new FaultPlan(Fault.NONE, 0, maxChunk, 16, 300, seed);
    }

    static FaultPlan of(Fault fault, long at, int maxChunk, long seed) {
        return new FaultPlan(fault, at, maxChunk, 16, 300, seed);
    }

    /** A random fault at a random offset below {@code length}. */
    static FaultPlan random(long length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Fault[] faults = Fault.values();
        return new FaultPlan(faults[random.nextInt(faults.length)], random.nextLong(Math.max(1, length)),
                1 + random.nextInt(64), 16, 300, seed);
    }
}
